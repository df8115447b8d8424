package org.dancu.register;

import java.nio.file.Path;

/**
 * Fills an empty register from {@code persons.csv}, {@code households.csv} and {@code events.csv}
 * in the layout the synth module writes (docs/synth.md), in one transaction: either every row is
 * loaded or none.
 */
public interface RegisterLoader {

    /** Whether the register holds no person yet, so that a load may run. */
    boolean registerEmpty();

    /**
     * @throws IllegalStateException    when the register already holds persons
     * @throws IllegalArgumentException when a file is missing or a row is malformed; nothing is loaded
     */
    LoadSummary load(Path directory);
}
