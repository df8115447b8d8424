package org.dancu.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Key material on disk: the ledger's signing key and the register's keyset. A file is written whole or not at
 * all (through a temporary file moved into place) and readable by its owner only where the file system allows it.
 */
public final class SecretFile {

    private SecretFile() {
    }

    /** Writes the text to a new file; fails when the file exists, so a key is never silently replaced. */
    public static void create(Path file, String text) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temporary = Files.createTempFile(parent, "secret", ".tmp");
        try {
            try {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the directory's protection applies
            }
            Files.writeString(temporary, text);
            Files.move(temporary, file);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
