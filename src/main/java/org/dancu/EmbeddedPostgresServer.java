package org.dancu;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.dancu.audit.SecretFile;
import org.postgresql.PGConnection;
import org.springframework.boot.SpringApplication;

/**
 * One embedded PostgreSQL per data directory in a JVM (and one throw-away server without a
 * directory), so that a command such as {@code dancu national-sim} keeps a database of its own
 * beside the province's. With a directory, its data survives restarts, and a second
 * process (say {@code dancu audit-verify} beside a running demo) attaches to the server that
 * already runs on that directory instead of starting a rival one. Without a directory it is a
 * throw-away server for tests.
 * <p>
 * Every role logs in with its password (SCRAM), over loopback only: the superuser can switch off the
 * ledger's triggers, so no one reaches it without the password kept in the secrets directory. A data
 * directory made by an older version, which trusted every local login, is given the passwords and the
 * rules on its first start here.
 */
final class EmbeddedPostgresServer {

    static final String SUPERUSER = "postgres";
    static final String DATABASE = "dancu";
    /** Who may log in: every role with its password, from loopback only; no trust, no Unix socket. */
    static final String HBA = """
            # dancu: every role logs in with its password (SCRAM), from loopback only
            host all all 127.0.0.1/32 scram-sha-256
            host all all ::1/128 scram-sha-256
            """;
    private static final String INVALID_PASSWORD = "28P01";
    private static final int RELOAD_CHECKS = 50;

    /** By absolute data directory; the empty string for the throw-away server. */
    private static final Map<String, EmbeddedPostgresServer> SERVERS = new HashMap<>();

    private final int port;
    private final DatabasePasswords passwords;

    private EmbeddedPostgresServer(int port, DatabasePasswords passwords) {
        this.port = port;
        this.passwords = passwords;
    }

    /**
     * The server on {@code directory} (null: the throw-away one), started or attached to, with its passwords
     * in {@code secrets} (unused without a directory: a throw-away server's passwords live in memory).
     */
    static synchronized EmbeddedPostgresServer obtain(Path directory, int port, Path secrets) {
        String key = directory == null ? "" : directory.toAbsolutePath().normalize().toString();
        EmbeddedPostgresServer server = SERVERS.get(key);
        if (server == null) {
            DatabasePasswords passwords = directory == null ? DatabasePasswords.generated()
                    : DatabasePasswords.in(secrets, !asksForPasswords(directory));
            server = start(directory, port, passwords);
            server.secure();
            SERVERS.put(key, server);
        }
        return server;
    }

    String jdbcUrl() {
        return url(port, DATABASE);
    }

    String superuserPassword() {
        return passwords.superuser();
    }

    String appPassword() {
        return passwords.app();
    }

    /** Does the data directory already refuse logins without a password (so its passwords cannot be new)? */
    private static boolean asksForPasswords(Path directory) {
        Path hba = directory.resolve("pg_hba.conf");
        try {
            return Files.isRegularFile(hba) && Files.readAllLines(hba).stream()
                    .anyMatch(line -> !line.startsWith("#") && line.contains("scram-sha-256"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + hba, e);
        }
    }

    private static EmbeddedPostgresServer start(Path directory, int port, DatabasePasswords passwords) {
        Path passwordFile = null;
        try {
            if (directory != null) {
                Integer running = runningPort(directory, passwords);
                if (running != null) {
                    return new EmbeddedPostgresServer(running, passwords);
                }
                Files.createDirectories(directory);
            }
            // initdb takes the superuser's password from a file: a private one, gone once the server runs
            passwordFile = SecretFile.temporary("dancu-initdb", ".password");
            Files.writeString(passwordFile, passwords.superuser());
            // no shutdown hook of its own: JVM hooks run at the same time, and it would stop the server
            // while the application contexts are still closing (and their closing beans wait 30 s for
            // a connection); Spring's shutdown handler below stops it after them
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setRegisterShutdownHook(false)
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("unix_socket_directories", "")
                    .setServerConfig("password_encryption", "scram-sha-256")
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("shared_buffers", "256MB")
                    // a bulk load of a province writes a few GB of WAL; fewer checkpoints on the way
                    .setServerConfig("max_wal_size", "4GB")
                    // initdb's own options travel as the builder's locale settings (--auth, --pwfile): a new
                    // cluster asks for passwords from its first start
                    .setLocaleConfig("auth", "scram-sha-256")
                    .setLocaleConfig("pwfile", passwordFile.toString())
                    .setConnectConfig("password", passwords.superuser());
            if (port > 0) {
                builder.setPort(port);
            }
            if (directory != null) {
                // data that must survive restarts is committed durably; throw-away test servers keep
                // the embedded default of asynchronous commit
                builder.setDataDirectory(directory.toAbsolutePath()).setCleanDataDirectory(false)
                        .setServerConfig("synchronous_commit", "on");
            }
            EmbeddedPostgres postgres = builder.start();
            SpringApplication.getShutdownHandlers().add(() -> close(postgres));
            return new EmbeddedPostgresServer(postgres.getPort(), passwords);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        } finally {
            SecretFile.discard(passwordFile);
        }
    }

    /** The port of a live server already running on this directory, read from its lock file. */
    private static Integer runningPort(Path directory, DatabasePasswords passwords) throws IOException {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return null;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.size() < 4) {
            return null;
        }
        int candidate = Integer.parseInt(lines.get(3).trim());
        try (Connection ignored = DriverManager.getConnection(url(candidate, "postgres"), SUPERUSER,
                passwords.superuser())) {
            return candidate;
        } catch (SQLException notRunning) {
            if (notRunning.getSQLState() != null && notRunning.getSQLState().startsWith("28")) {
                throw new IllegalStateException("the embedded PostgreSQL running on " + directory
                        + " refuses the superuser's password from the secrets directory", notRunning);
            }
            return null;
        }
    }

    /**
     * Gives both roles their passwords (an older data directory had none), makes the login rules password-only
     * and loopback-only, creates the application's role and database when missing, and checks that a wrong
     * password is refused before anyone connects.
     */
    private void secure() {
        try (Connection connection = superuser();
             Statement statement = connection.createStatement()) {
            PGConnection postgres = connection.unwrap(PGConnection.class);
            postgres.alterUserPassword(SUPERUSER, passwords.superuser().toCharArray(), "scram-sha-256");
            statement.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '"
                    + DatabaseEnvironment.APP_ROLE + "') THEN CREATE ROLE " + DatabaseEnvironment.APP_ROLE
                    + " LOGIN; END IF; END $$");
            postgres.alterUserPassword(DatabaseEnvironment.APP_ROLE, passwords.app().toCharArray(), "scram-sha-256");
            try (ResultSet result = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                if (!result.next()) {
                    statement.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8' TEMPLATE template0");
                }
            }
            Path hba;
            try (ResultSet result = statement.executeQuery("SHOW hba_file")) {
                result.next();
                hba = Path.of(result.getString(1));
            }
            if (!HBA.equals(Files.readString(hba))) {
                Files.writeString(hba, HBA);
                statement.execute("SELECT pg_reload_conf()");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the embedded database", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the embedded database's login rules", e);
        }
        awaitPasswordsRequired();
    }

    /** The reload is asynchronous: waits until the server refuses a wrong password, and stops the start if it never does. */
    private void awaitPasswordsRequired() {
        String wrong = DatabasePasswords.generated().superuser();
        for (int check = 0; check < RELOAD_CHECKS; check++) {
            try (Connection ignored = DriverManager.getConnection(url(port, "postgres"), SUPERUSER, wrong)) {
                Thread.sleep(100);
            } catch (SQLException refused) {
                if (INVALID_PASSWORD.equals(refused.getSQLState())) {
                    return;
                }
                throw new IllegalStateException("Could not check the embedded database's login rules", refused);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new IllegalStateException("the embedded PostgreSQL still accepts a wrong password");
    }

    private Connection superuser() throws SQLException {
        return DriverManager.getConnection(url(port, "postgres"), SUPERUSER, passwords.superuser());
    }

    private static String url(int port, String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }


    private static void close(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            // the process is ending; PostgreSQL recovers from an unclean stop on the next start
        }
    }
}
