package org.dancu.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Files only their owner may read: key material (the ledger's signing key, the register's keyset, the embedded
 * database's passwords) and the files officers upload. Files get mode 0600 and their directories 0700 where the file system has POSIX modes; elsewhere
 * the directory's own protection applies. A key is written whole or not at all (through a temporary file moved into
 * place).
 */
public final class SecretFile {

    private static final String FILE_MODE = "rw-------";
    private static final String DIRECTORY_MODE = "rwx------";

    private SecretFile() {
    }

    /** Writes the text to a new file; fails when the file exists, so a key is never silently replaced. */
    public static void create(Path file, String text) throws IOException {
        Path temporary = temporary(file.toAbsolutePath().getParent(), "secret", ".tmp");
        try {
            Files.writeString(temporary, text);
            Files.move(temporary, file);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * A new empty file of mode 0600 in a directory of the application's own, which is created if need be and, whether new or not, left
     * with mode 0700 (a directory made by an earlier version keeps no wider mode).
     */
    public static Path temporary(Path directory, String prefix, String suffix) throws IOException {
        privateDirectory(directory);
        Path file = Files.createTempFile(directory, prefix, suffix);
        restrict(file, FILE_MODE);
        return file;
    }

    /**
     * A new empty file of mode 0600 in the system's directory for temporary files, for a copy that lives no longer
     * than one request (that directory is shared, so it is left as it is).
     */
    public static Path temporary(String prefix, String suffix) throws IOException {
        Path file = Files.createTempFile(prefix, suffix);
        restrict(file, FILE_MODE);
        return file;
    }

    /**
     * Moves a key an older version kept elsewhere ({@code old}) to where it belongs now, readable by its owner
     * only, unless a key is there already; does nothing when there is no old key.
     */
    public static void adopt(Path old, Path file) throws IOException {
        if (Files.exists(file) || !Files.isRegularFile(old)) {
            return;
        }
        privateDirectory(file.toAbsolutePath().getParent());
        Files.move(old, file);
        restrict(file, FILE_MODE);
    }

    /**
     * Deletes a temporary file made by {@link #temporary(String, String)}, if it is still there; a failure leaves it
     * to the system's cleaning of temporary files, readable by its owner only.
     */
    public static void discard(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // owner-only, in the temporary directory: the system's cleaning removes it
        }
    }

    /** Creates the directory and its missing parents, and gives the directory itself mode 0700. */
    public static void privateDirectory(Path directory) throws IOException {
        Files.createDirectories(directory);
        restrict(directory, DIRECTORY_MODE);
    }

    private static void restrict(Path path, String mode) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(mode));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the directory's protection applies
        }
    }
}
