package org.dancu.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Key material on disk: the ledger's signing key, the register's keyset and the embedded database's passwords. A
 * file is written whole or not at all (through a temporary file moved into place) and readable by its owner only
 * (0600, in directories of mode 0700) where the file system allows it.
 */
public final class SecretFile {

    private SecretFile() {
    }

    /** Writes the text to a new file; fails when the file exists, so a key is never silently replaced. */
    public static void create(Path file, String text) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        createDirectories(parent);
        Path temporary = Files.createTempFile(parent, "secret", ".tmp");
        try {
            restrict(temporary);
            Files.writeString(temporary, text);
            Files.move(temporary, file);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Moves a key an older version kept elsewhere ({@code old}) to where it belongs now, readable by its owner
     * only, unless a key is there already; does nothing when there is no old key.
     */
    public static void adopt(Path old, Path file) throws IOException {
        if (Files.exists(file) || !Files.isRegularFile(old)) {
            return;
        }
        createDirectories(file.toAbsolutePath().getParent());
        Files.move(old, file);
        restrict(file);
    }

    /** Creates the directory and its missing parents, each open to its owner only (0700). */
    public static void createDirectories(Path directory) throws IOException {
        if (Files.isDirectory(directory)) {
            return;
        }
        try {
            Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rwx------")));
        } catch (UnsupportedOperationException e) {
            Files.createDirectories(directory);
        }
    }

    private static void restrict(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the directory's protection applies
        }
    }
}
