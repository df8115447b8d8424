package org.dancu.cli;

import java.nio.file.Path;

/**
 * The options every simulator command shares: its own data and secrets directories (apart from the demo's),
 * its port, and the demo's size and seed, so that it knows the same synthetic people as {@code dancu demo}.
 */
record SimulatorOptions(Path directory, Path secrets, int port, int people, long seed) {

    /** Read from the command's options, defaulting to {@code data/<command>}, {@code secrets/<command>} and its port. */
    static SimulatorOptions of(CommandOptions options, String command, int defaultPort) {
        return new SimulatorOptions(
                Path.of(options.has("data-dir") ? options.get("data-dir") : "data/" + command),
                Path.of(options.has("secrets-dir") ? options.get("secrets-dir") : "secrets/" + command),
                (int) options.number("port", defaultPort, 0, 65_535),
                (int) options.number("people", 650_000, 1, 20_000_000),
                options.number("seed", 1, Long.MIN_VALUE, Long.MAX_VALUE));
    }
}
