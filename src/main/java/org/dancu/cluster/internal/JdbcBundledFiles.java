package org.dancu.cluster.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.dancu.cluster.BundledFiles;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** {@link BundledFiles} on the shared database: a transaction-scoped advisory lock, then the digest compared. */
@Component
class JdbcBundledFiles implements BundledFiles {

    private static final Pattern TABLE = Pattern.compile("[a-z_]+\\.[a-z_]+");

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    JdbcBundledFiles(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Override
    public boolean loadWhenChanged(String location, String digestTable, Consumer<byte[]> load) {
        if (!TABLE.matcher(digestTable).matches()) {
            throw new IllegalArgumentException("not a qualified table name: " + digestTable);
        }
        byte[] bytes = read(location);
        String digest = sha256(bytes);
        Boolean loaded = transactions.execute(status -> {
            jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(hashtext(?))").param(digestTable).query(Integer.class).single();
            List<String> held = jdbc.sql("SELECT digest FROM " + digestTable).query(String.class).list();
            if (held.equals(List.of(digest))) {
                return false;
            }
            load.accept(bytes);
            jdbc.sql("DELETE FROM " + digestTable).update();
            jdbc.sql("INSERT INTO " + digestTable + " (digest, loaded_at) VALUES (?, ?)")
                    .params(digest, OffsetDateTime.now(ZoneOffset.UTC)).update();
            return true;
        });
        return Boolean.TRUE.equals(loaded);
    }

    private static byte[] read(String location) {
        try (InputStream in = new ClassPathResource(location).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled file " + location + " cannot be read", e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
