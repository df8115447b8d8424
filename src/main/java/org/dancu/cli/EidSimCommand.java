package org.dancu.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.dancu.eidsim.EidSimSettings;
import org.dancu.eidsim.EidSimulator;
import org.dancu.eidsim.SyntheticIdentities;

/**
 * {@code dancu eid-sim}: the simulated national e-ID provider as its own process, for a deployment under
 * test, until stopped; its discovery document at {@code http://127.0.0.1:<port>/.well-known/openid-configuration}.
 * It knows the demo's synthetic persons with the same {@code --people} and {@code --seed}: generated once
 * under {@code --data-dir} (a context on an embedded database of its own reads the province's communes for
 * that, as {@code national-sim} does), read into memory on each start. The provider itself keeps nothing.
 */
class EidSimCommand implements Command {

    static final String DEMO_CLIENT_ID = "dancu-citizen-portal";
    static final String DEMO_CLIENT_SECRET = "simulated-eid-client-secret";
    static final String DEMO_PASSWORD = "vneid-demo";
    static final String DEMO_REDIRECT_URIS = "http://127.0.0.1:8080/citizen/login/oauth2/code/vneid,"
            + "http://localhost:8080/citizen/login/oauth2/code/vneid";

    private static final Set<String> OPTIONS = Set.of("port", "people", "seed", "data-dir", "secrets-dir",
            "client-id", "client-secret", "redirect-uris", "password");

    @Override
    public String name() {
        return "eid-sim";
    }

    @Override
    public String summary() {
        return "run the simulated national e-ID provider (OpenID Connect): --port --people --seed ...";
    }

    @Override
    public String usage() {
        return "[--port 8089] [--people 650000] [--seed 1] [--data-dir data/eid-sim] [--secrets-dir secrets/eid-sim]\n"
                + "       [--client-id " + DEMO_CLIENT_ID + "] [--client-secret " + DEMO_CLIENT_SECRET + "]\n"
                + "       [--redirect-uris " + DEMO_REDIRECT_URIS + "] [--password " + DEMO_PASSWORD + "]\n"
                + "  discovery at http://127.0.0.1:PORT/.well-known/openid-configuration (docs/eidsim.md)\n"
                + "  use the demo's --people and --seed to sign in as the demo's persons; the client options\n"
                + "  must match the province's DANCU_CITIZEN_EID_* settings (the defaults match the demo's)";
    }

    @Override
    public int run(List<String> arguments) {
        start(arguments, line -> System.out.println("dancu eid-sim: " + line));
        return ServeCommand.KEEP_RUNNING;
    }

    /** Checks the options, generates the persons on first start, reads them and serves the provider. */
    EidSimulator start(List<String> arguments, Consumer<String> console) {
        CommandOptions options = CommandOptions.parse(name(), arguments, Set.of(), OPTIONS);
        SimulatorOptions simulated = SimulatorOptions.of(options, name(), 8089);
        List<String> redirectUris = Arrays.stream(option(options, "redirect-uris", DEMO_REDIRECT_URIS).split(","))
                .map(String::strip).filter(uri -> !uri.isEmpty()).toList();
        EidSimSettings settings = new EidSimSettings(simulated.port(), option(options, "client-id", DEMO_CLIENT_ID),
                option(options, "client-secret", DEMO_CLIENT_SECRET), () -> redirectUris,
                option(options, "password", DEMO_PASSWORD), EidSimSettings.CODE_LIFETIME);
        Path persons = simulated.syntheticPersons(console);
        SyntheticIdentities identities = SyntheticIdentities.read(persons);
        EidSimulator simulator = EidSimulator.start(settings, identities);
        console.accept(identities.size() + " persons can sign in (password " + settings.password() + "); discovery at "
                + simulator.issuer() + "/.well-known/openid-configuration");
        console.accept("connect the province with:");
        console.accept("  DANCU_EID_SIM_ENABLED=false DANCU_CITIZEN_EID_ISSUER=" + simulator.issuer()
                + " DANCU_CITIZEN_EID_CLIENT_ID=" + settings.clientId() + " DANCU_CITIZEN_EID_CLIENT_SECRET="
                + settings.clientSecret() + " ./dancu demo");
        return simulator;
    }

    private static String option(CommandOptions options, String name, String otherwise) {
        return options.has(name) ? options.get(name) : otherwise;
    }
}
