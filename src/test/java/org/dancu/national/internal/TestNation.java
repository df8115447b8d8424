package org.dancu.national.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import org.dancu.locality.Localities;
import org.dancu.register.RegisterTestData;
import org.dancu.nationalsim.NationalSimulator;
import org.dancu.synth.ProvinceLayout;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The simulated nation of the test register (3,000 synthetic persons, seed 1), in schema
 * {@code national_sim} of the shared test database, loaded once per JVM. Each failure rate gets its
 * own simulator in front of the same data. No change is in its feed from the start: tests that read
 * the feed write their own changes for persons of their own.
 */
public final class TestNation {

    static final String KEY_ID = "province-11";
    static final double DISAGREEMENT = 0.03;
    private static final KeyPair KEYS = keys();
    private static final Map<Double, NationalSimulator> SIMULATORS = new HashMap<>();

    private TestNation() {
    }

    public static synchronized NationalSimulator simulator(ApplicationContext context, double failureRate) throws IOException {
        RegisterTestData.ensureLoaded(context);
        NationalSimulator simulator = SIMULATORS.get(failureRate);
        if (simulator == null) {
            Environment environment = context.getEnvironment();
            NationalSimulator.Database database = new NationalSimulator.Database(
                    environment.getProperty("spring.datasource.url"), environment.getProperty("spring.flyway.user"),
                    environment.getProperty("spring.flyway.password"));
            NationalSimulator.Settings settings = new NationalSimulator.Settings(0, 3_000, 1,
                    Files.createTempDirectory("dancu-national-sim"), 0, failureRate, DISAGREEMENT, 0, 0, KEY_ID,
                    KEYS.getPublic());
            simulator = NationalSimulator.start(settings, database,
                    ProvinceLayout.of(context.getBean(Localities.class), "11"), line -> { });
            SIMULATORS.put(failureRate, simulator);
        }
        return simulator;
    }

    /** Stops the simulators (their data stays loaded), so none outlives the test class that used it. */
    public static synchronized void closeAll() {
        SIMULATORS.values().forEach(NationalSimulator::close);
        SIMULATORS.clear();
    }

    /** The simulator's tables are its own: tests look into them as the database owner. */
    public static JdbcClient owner(ApplicationContext context) {
        Environment environment = context.getEnvironment();
        return JdbcClient.create(new DriverManagerDataSource(environment.getProperty("spring.datasource.url"),
                environment.getProperty("spring.flyway.user"), environment.getProperty("spring.flyway.password")));
    }

    /** A connector to the simulator: {@code attempts} per call, short timeouts and back-off, a lenient breaker. */
    public static HttpNationalDatabase connector(NationalSimulator simulator, int attempts, int batchSize) {
        return NationalConfiguration.connector(properties(simulator, KEYS, attempts, batchSize),
                JsonMapper.builder().build());
    }

    static NationalProperties properties(NationalSimulator simulator, KeyPair keys, int attempts, int batchSize) {
        return properties(simulator.baseUrl().toString(), keys, attempts, batchSize);
    }

    static NationalProperties properties(String baseUrl, KeyPair keys, int attempts, int batchSize) {
        return new NationalProperties(baseUrl, KEY_ID,
                Base64.getEncoder().encodeToString(keys.getPrivate().getEncoded()), Duration.ofSeconds(1),
                Duration.ofSeconds(1), attempts, Duration.ofMillis(5), 1_000, Duration.ofSeconds(1), batchSize);
    }

    static KeyPair provinceKeys() {
        return KEYS;
    }

    static KeyPair keys() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
