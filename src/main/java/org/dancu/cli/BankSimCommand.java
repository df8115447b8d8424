package org.dancu.cli;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.dancu.banksim.BankSimulator;
import org.dancu.banksim.SyntheticHolders;
import org.dancu.httpsig.VerificationKey;

/**
 * {@code dancu bank-sim}: the simulated paying banks as their own process, for a deployment under test, until
 * stopped; their protocol at {@code http://127.0.0.1:<port>/bank/v1/} (docs/payments.md, "The bank simulator").
 * They hold accounts for the demo's synthetic persons with the same {@code --people} and {@code --seed}
 * (generated once under {@code --data-dir}, as {@code eid-sim} does) and keep the files they receive and the
 * messages they send under {@code --data-dir}/ledger.
 */
class BankSimCommand implements Command {

    private static final Set<String> OPTIONS = Set.of("port", "people", "seed", "data-dir", "secrets-dir", "key-id",
            "public-key", "public-key-file", "closed-accounts", "blocked-accounts", "wrong-account", "masked-names");

    @Override
    public String name() {
        return "bank-sim";
    }

    @Override
    public String summary() {
        return "run the simulated paying banks (name checks, pain.001 in, pain.002 and camt out): --port ...";
    }

    @Override
    public String usage() {
        return "[--port 8098] [--people 650000] [--seed 1] [--data-dir data/bank-sim] [--secrets-dir secrets/bank-sim]\n"
                + "       [--key-id province-11] [--public-key KEY | --public-key-file FILE]\n"
                + "       [--closed-accounts 0.02] [--blocked-accounts 0.01] [--wrong-account 0.01] [--masked-names 0.6]\n"
                + "  the banks' protocol at http://127.0.0.1:PORT/bank/v1/ (docs/payments.md, \"The bank simulator\")\n"
                + "  use the demo's --people and --seed to hold the demo's persons' accounts; without a public key\n"
                + "  a demo key pair is created and printed";
    }

    @Override
    public int run(List<String> arguments) {
        start(arguments, line -> System.out.println("dancu bank-sim: " + line));
        return ServeCommand.KEEP_RUNNING;
    }

    /** Checks the options, generates the persons on first start, reads them and serves the banks. */
    BankSimulator start(List<String> arguments, Consumer<String> console) {
        CommandOptions options = CommandOptions.parse(name(), arguments, Set.of(), OPTIONS);
        SimulatorOptions simulated = SimulatorOptions.of(options, name(), 8098);
        String keyId = options.has("key-id") ? options.get("key-id") : "province-11";
        BankSimulator.Rates defaults = BankSimulator.Rates.DEFAULT;
        BankSimulator.Rates rates = new BankSimulator.Rates(
                options.fraction("closed-accounts", defaults.closedAccounts()),
                options.fraction("blocked-accounts", defaults.blockedAccounts()),
                options.fraction("wrong-account", defaults.wrongAccount()),
                options.fraction("masked-names", defaults.maskedNames()));
        ProvinceKey key = NationalSimCommand.key(options, simulated.directory(), simulated.secrets());
        SyntheticHolders holders = SyntheticHolders.read(simulated.syntheticPersons(console));
        BankSimulator simulator = BankSimulator.start(new BankSimulator.Settings(simulated.port(), keyId,
                VerificationKey.of(key.publicKey()), simulated.seed(), rates, simulated.directory().resolve("ledger")),
                holders);
        console.accept(holders.size() + " persons hold accounts; listening on " + simulator.baseUrl() + "/bank/v1/, key id "
                + keyId);
        console.accept("connect the province with:");
        console.accept("  DANCU_BANK_SIM_ENABLED=false DANCU_PAYMENTS_BANK_BASE_URL=" + simulator.baseUrl()
                + " DANCU_PAYMENTS_BANK_KEY_ID=" + keyId + " DANCU_PAYMENTS_BANK_PRIVATE_KEY="
                + (key.privateKeyBase64() == null ? "<the province's private key>" : key.privateKeyBase64()) + " ./dancu demo");
        return simulator;
    }
}
