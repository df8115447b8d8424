package org.dancu.cluster;

import java.util.function.Consumer;

/**
 * Reference data shipped in the jar (a catalogue, a list of programmes) loaded into the shared database once
 * per version of its file, whichever instances start together: the file's SHA-256 tells its versions apart.
 */
public interface BundledFiles {

    /**
     * Reads the classpath file and, unless {@code digestTable} holds its SHA-256 already, hands its bytes to
     * {@code load} in one transaction under an advisory lock named by the table, recording the digest in the
     * same transaction; what {@code load} throws rolls everything back.
     *
     * @param location    the file on the classpath ({@code services/procedures.json})
     * @param digestTable the caller's table of one row ({@code digest text, loaded_at timestamptz}), qualified
     *                    by its schema; never user input
     * @return true when the file was loaded, false when this version was loaded before
     */
    boolean loadWhenChanged(String location, String digestTable, Consumer<byte[]> load);
}
