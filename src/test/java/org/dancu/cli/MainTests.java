package org.dancu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class MainTests {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void helpListsEveryCommand() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("Usage: dancu")
                .contains("serve")
                .contains("demo")
                .contains("--server.port=9090");
    }

    @Test
    void everyCommandPrintsItsUsageOnHelpAndStartsNothing() {
        for (Command command : Main.COMMANDS) {
            out.reset();
            assertThat(run(command.name(), "--help")).as(command.name()).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).as(command.name())
                    .startsWith("Usage: dancu " + command.name() + " ")
                    .contains(command.summary());
        }
        assertThat(run("national-sim", "--port", "9000", "-h")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--data-dir", "--failure-rate");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void anUnknownCommandIsRefusedWithAPointerToHelp() {
        assertThat(run("serv")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown command 'serv'").contains("--help");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void aStrayArgumentAfterTheCommandIsRefusedBeforeAnythingStarts() {
        assertThat(run("serve", "now")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unexpected argument 'now'");
    }
}
