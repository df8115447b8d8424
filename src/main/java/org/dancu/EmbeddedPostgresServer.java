package org.dancu;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.SpringApplication;

/**
 * One embedded PostgreSQL per data directory in a JVM (and one throw-away server without a
 * directory), so that a command such as {@code dancu national-sim} keeps a database of its own
 * beside the province's. With a directory, its data survives restarts, and a second
 * process (say {@code dancu audit-verify} beside a running demo) attaches to the server that
 * already runs on that directory instead of starting a rival one. Without a directory it is a
 * throw-away server for tests.
 */
final class EmbeddedPostgresServer {

    static final String SUPERUSER = "postgres";
    static final String DATABASE = "dancu";

    /** By absolute data directory; the empty string for the throw-away server. */
    private static final Map<String, EmbeddedPostgresServer> SERVERS = new HashMap<>();

    private final int port;

    private EmbeddedPostgresServer(int port) {
        this.port = port;
    }

    static synchronized EmbeddedPostgresServer obtain(Path directory, int port) {
        String key = directory == null ? "" : directory.toAbsolutePath().normalize().toString();
        EmbeddedPostgresServer server = SERVERS.get(key);
        if (server == null) {
            server = start(directory, port);
            server.prepareDatabase();
            SERVERS.put(key, server);
        }
        return server;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/" + DATABASE;
    }

    private static EmbeddedPostgresServer start(Path directory, int port) {
        try {
            if (directory != null) {
                Integer running = runningPort(directory);
                if (running != null) {
                    return new EmbeddedPostgresServer(running);
                }
                Files.createDirectories(directory);
            }
            // no shutdown hook of its own: JVM hooks run at the same time, and it would stop the server
            // while the application contexts are still closing (and their closing beans wait 30 s for
            // a connection); Spring's shutdown handler below stops it after them
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setRegisterShutdownHook(false)
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("shared_buffers", "256MB")
                    // a bulk load of a province writes a few GB of WAL; fewer checkpoints on the way
                    .setServerConfig("max_wal_size", "4GB");
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
            return new EmbeddedPostgresServer(postgres.getPort());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }

    /** The port of a live server already running on this directory, read from its lock file. */
    private static Integer runningPort(Path directory) throws IOException {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return null;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.size() < 4) {
            return null;
        }
        int candidate = Integer.parseInt(lines.get(3).trim());
        try (Connection ignored = DriverManager.getConnection(url(candidate, "postgres"), SUPERUSER, "")) {
            return candidate;
        } catch (SQLException notRunning) {
            return null;
        }
    }

    private void prepareDatabase() {
        try (Connection connection = DriverManager.getConnection(url(port, "postgres"), SUPERUSER, "");
             Statement statement = connection.createStatement()) {
            statement.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '"
                    + DatabaseEnvironment.APP_ROLE + "') THEN CREATE ROLE " + DatabaseEnvironment.APP_ROLE
                    + " LOGIN; END IF; END $$");
            try (var result = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                if (!result.next()) {
                    statement.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8' TEMPLATE template0");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the embedded database", e);
        }
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
