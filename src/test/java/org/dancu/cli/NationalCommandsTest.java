package org.dancu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import org.dancu.nationalsim.NationalSimulator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code dancu national-sim} and {@code dancu reconcile} refuse what they cannot do, clearly and without side effects. */
@SpringBootTest
@AutoConfigureMockMvc
class NationalCommandsTest {

    @TempDir Path temp;
    @Autowired Environment province;
    @Autowired JdbcClient jdbc;

    private final CommandConsole console = new CommandConsole();

    @Test
    void badSimulatorOptionsAreRefusedBeforeAnythingIsCreated() {
        Path directory = temp.resolve("nation");
        assertThat(console.dancu("national-sim", "--data-dir", directory.toString(), "--failure-rate", "1.5"))
                .isEqualTo(2);
        assertThat(console.dancu("national-sim", "--data-dir", directory.toString(), "--people", "many")).isEqualTo(2);
        assertThat(console.dancu("national-sim", "--data-dir", directory.toString(), "--public-key", "abc"))
                .isEqualTo(2);
        assertThat(console.dancu("national-sim", "--colour", "red")).isEqualTo(2);
        assertThat(directory).doesNotExist();
        assertThat(console.errors()).contains("--failure-rate must be a fraction", "--people must be a whole number",
                "not an Ed25519 key", "unknown option --colour");
    }

    @Test
    void theSimulatorRunsOnADatabaseOfItsOwnBesideTheProvinces() throws Exception {
        Path directory = temp.resolve("nation");
        Path secrets = temp.resolve("nation-secrets");
        List<String> lines = new ArrayList<>();
        try (NationalSimulator simulator = new NationalSimCommand().start(List.of("--data-dir", directory.toString(),
                "--secrets-dir", secrets.toString(), "--people", "200", "--port", "0", "--changes-per-minute", "0",
                // no deliberate disagreements: the nation then knows every generated person, none left out as unknown
                "--disagreement", "0"),
                lines::add)) {
            Path lock = directory.resolve("postgres").resolve("postmaster.pid");
            assertThat(lock).exists();
            int simulatorPort = Integer.parseInt(Files.readAllLines(lock).get(3).strip());
            assertThat(province.getProperty("spring.datasource.url")).doesNotContain(":" + simulatorPort + "/");
            try (Connection nation = DriverManager.getConnection(
                    "jdbc:postgresql://localhost:" + simulatorPort + "/dancu", "postgres",
                    Files.readString(secrets.resolve("postgres-superuser-password")));
                 ResultSet persons = nation.createStatement().executeQuery("SELECT count(*) FROM national_sim.person")) {
                persons.next();
                assertThat(persons.getLong(1)).isEqualTo(simulator.persons()).isEqualTo(200);
            }
            assertThat(jdbc.sql("SELECT 1").query(Integer.class).single()).isEqualTo(1);
            assertThat(lines).anyMatch(line -> line.contains("DANCU_NATIONAL_BASE_URL=" + simulator.baseUrl()));
            assertThat(secrets.resolve("province-key.properties")).as("the demo key pair lies with the secrets")
                    .exists();
            assertThat(directory.resolve("province-key.properties")).doesNotExist();
        }
    }

    @Test
    void reconcileWithoutAConnectorSaysWhatToConfigure() {
        assertThat(console.dancu("reconcile")).isEqualTo(ReconcileCommand.NOT_CONFIGURED);
        assertThat(console.errors()).contains("DANCU_NATIONAL_BASE_URL");
    }
}
