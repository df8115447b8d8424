package org.dancu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/** {@code dancu national-sim} and {@code dancu reconcile} refuse what they cannot do, clearly and without side effects. */
@SpringBootTest
@AutoConfigureMockMvc
class NationalCommandsTest {

    @TempDir Path temp;

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
    void reconcileWithoutAConnectorSaysWhatToConfigure() {
        assertThat(console.dancu("reconcile")).isEqualTo(ReconcileCommand.NOT_CONFIGURED);
        assertThat(console.errors()).contains("DANCU_NATIONAL_BASE_URL");
    }
}
