package org.dancu.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Runs {@code dancu} commands in the test JVM and keeps what they print. Commands that write to
 * {@code System.out} directly are captured too, since the jar's console is the process's.
 */
final class CommandConsole {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int dancu(String... args) {
        PrintStream console = System.out;
        PrintStream errors = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            return Main.run(List.of(args), System.out, System.err);
        } finally {
            System.setOut(console);
            System.setErr(errors);
        }
    }

    String printed() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    void clear() {
        out.reset();
        err.reset();
    }
}
