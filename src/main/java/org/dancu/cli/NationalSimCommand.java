package org.dancu.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.dancu.audit.SecretFile;
import org.dancu.locality.Localities;
import org.dancu.nationalsim.NationalSimulator;
import org.dancu.synth.ProvinceLayout;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * {@code dancu national-sim}: runs the reference National Population Database as its own process,
 * with its own embedded PostgreSQL under {@code --data-dir}/postgres, until stopped. A non-web application
 * context is started on that directory only to prepare the database and read the province's
 * communes; the simulator itself is a plain HTTP server.
 */
class NationalSimCommand implements Command {

    private static final Set<String> OPTIONS = Set.of("port", "people", "seed", "data-dir", "secrets-dir", "latency-ms",
            "failure-rate", "disagreement", "changes-per-minute", "key-id", "public-key", "public-key-file");
    /** Share of persons with a change in the feed from the first start. */
    private static final double SEEDED_CHANGES = 0.003;

    @Override
    public String name() {
        return "national-sim";
    }

    @Override
    public String summary() {
        return "run the reference national population database: --port --people --seed --failure-rate ...";
    }

    @Override
    public String usage() {
        return "[--port 8099] [--people 650000] [--seed 1] [--data-dir data/national-sim]\n"
                + "       [--secrets-dir secrets/national-sim] [--disagreement 0.03]\n"
                + "       [--changes-per-minute 6] [--latency-ms 0] [--failure-rate 0] [--key-id province-11]\n"
                + "       [--public-key KEY | --public-key-file FILE]\n"
                + "  keeps its own embedded database under --data-dir, apart from the demo's (docs/national.md),\n"
                + "  and its database passwords and demo key under --secrets-dir\n"
                + "  use the demo's --people and --seed; without a public key a demo key pair is created and printed";
    }

    @Override
    public int run(List<String> arguments) {
        start(arguments, line -> System.out.println("dancu national-sim: " + line));
        return ServeCommand.KEEP_RUNNING;
    }

    /** Checks the options, prepares the simulator's own database, loads the nation on first start and serves it. */
    NationalSimulator start(List<String> arguments, Consumer<String> console) {
        CommandOptions options = CommandOptions.parse(name(), arguments, Set.of(), OPTIONS);
        SimulatorOptions simulated = SimulatorOptions.of(options, name(), 8099);
        Path directory = simulated.directory();
        Path secrets = simulated.secrets();
        String keyId = options.has("key-id") ? options.get("key-id") : "province-11";
        long latency = options.number("latency-ms", 0, 0, 60_000);
        double failureRate = options.fraction("failure-rate", 0);
        double disagreement = options.fraction("disagreement", 0.03);
        int changesPerMinute = (int) options.number("changes-per-minute", 6, 0, 60_000);
        ProvinceKey key = key(options, directory, secrets);
        NationalSimulator.Settings settings = new NationalSimulator.Settings(simulated.port(), simulated.people(),
                simulated.seed(), directory, latency, failureRate, disagreement, SEEDED_CHANGES, changesPerMinute, keyId,
                key.publicKey());
        NationalSimulator.Database database;
        ProvinceLayout layout;
        try (ConfigurableApplicationContext context = SpringLauncher.start(ownDatabase(directory, secrets),
                WebApplicationType.NONE, Map.of("logging.level.root", "WARN", "spring.main.log-startup-info", "false"))) {
            Environment environment = context.getEnvironment();
            database = new NationalSimulator.Database(environment.getProperty("spring.datasource.url"),
                    environment.getProperty("spring.flyway.user"), environment.getProperty("spring.flyway.password"));
            Localities localities = context.getBean(Localities.class);
            layout = ProvinceLayout.of(localities, localities.deploymentProvince().code());
        }
        NationalSimulator simulator = NationalSimulator.start(settings, database, layout, console);
        console.accept(simulator.persons() + " persons, disagreements " + simulator.disagreements()
                + "; listening on " + simulator.baseUrl() + ", key id " + keyId);
        console.accept("connect the province with:");
        console.accept("  DANCU_NATIONAL_BASE_URL=" + simulator.baseUrl() + " DANCU_NATIONAL_KEY_ID=" + keyId
                + " DANCU_NATIONAL_PRIVATE_KEY=" + (key.privateKeyBase64() == null
                ? "<the province's private key>" : key.privateKeyBase64()) + " ./dancu demo");
        return simulator;
    }

    /**
     * Command-line properties, which win over application.yml and the environment: the simulator's
     * embedded PostgreSQL lives under its own directory on a free port of its own, never in the
     * province's database (which a demo restarted with the printed variables would stop under it), with its
     * passwords in a secrets directory of its own.
     */
    static List<String> ownDatabase(Path directory, Path secrets) {
        return List.of("--spring.datasource.url=", "--dancu.database.embedded=true",
                "--dancu.data-dir=" + directory, "--dancu.secrets-dir=" + secrets,
                "--dancu.database.embedded-directory=" + directory.resolve("postgres"),
                "--dancu.database.embedded-port=0");
    }

    /** The province's public key as given, or the demo key pair kept in the secrets directory. */
    static ProvinceKey key(CommandOptions options, Path directory, Path secrets) {
        try {
            if (options.has("public-key")) {
                return ProvinceKey.parse(options.get("public-key"));
            }
            if (options.has("public-key-file")) {
                return ProvinceKey.parse(Files.readString(Path.of(options.get("public-key-file"))));
            }
            // older versions kept the demo pair in the data directory
            Path file = secrets.resolve(ProvinceKey.DEMO_FILE);
            SecretFile.adopt(directory.resolve(ProvinceKey.DEMO_FILE), file);
            return ProvinceKey.demoPair(file);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot read or create the province key: " + e.getMessage());
        }
    }
}
