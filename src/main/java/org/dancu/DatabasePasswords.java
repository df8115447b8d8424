package org.dancu;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

import org.dancu.audit.SecretFile;

/**
 * The embedded PostgreSQL's passwords for its superuser and for the application's role: 256 random bits each,
 * generated on the first start and kept as files of the secrets directory (never in the database's data
 * directory), or only in memory for a throw-away server.
 */
record DatabasePasswords(String superuser, String app) {

    static final String SUPERUSER_FILE = "postgres-superuser-password";
    static final String APP_FILE = "postgres-app-password";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** New passwords, kept nowhere but in this object. */
    static DatabasePasswords generated() {
        return new DatabasePasswords(random(), random());
    }

    /**
     * The passwords stored in the secrets directory, created there when absent and {@code mayCreate}; a database
     * that already asks for passwords cannot be opened with new ones, so then their absence stops the start.
     */
    static DatabasePasswords in(Path secrets, boolean mayCreate) {
        Path superuserFile = secrets.resolve(SUPERUSER_FILE);
        Path appFile = secrets.resolve(APP_FILE);
        try {
            if (!Files.isRegularFile(superuserFile) || !Files.isRegularFile(appFile)) {
                if (!mayCreate) {
                    throw new IllegalStateException("the embedded database asks for the passwords kept in "
                            + secrets.toAbsolutePath() + ", which are missing: restore that secrets directory or set "
                            + "dancu.secrets-dir (DANCU_SECRETS_DIR) to where it is (docs/operations.md)");
                }
                createIfAbsent(superuserFile);
                createIfAbsent(appFile);
            }
            return new DatabasePasswords(Files.readString(superuserFile).strip(), Files.readString(appFile).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the database passwords in " + secrets, e);
        }
    }

    private static void createIfAbsent(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            SecretFile.create(file, random());
        }
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public String toString() {
        return "DatabasePasswords[hidden]";
    }
}
