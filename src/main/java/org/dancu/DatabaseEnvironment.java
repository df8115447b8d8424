package org.dancu;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Chooses the database before anything connects: the external PostgreSQL named by
 * {@code DANCU_DB_URL}, or, when none is given and the embedded one is allowed, an embedded
 * PostgreSQL whose data lives under {@code dancu.database.embedded-directory}. The production
 * profile forbids the embedded one, so a missing URL there stops the start instead of silently
 * serving an empty demo database. The embedded one's passwords are generated and kept in the
 * secrets directory ({@code dancu.secrets-dir}), outside its data directory.
 */
class DatabaseEnvironment implements EnvironmentPostProcessor {

    static final String APP_ROLE = "dancu_app";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
            return;
        }
        if (!environment.getProperty("dancu.database.embedded", Boolean.class, true)) {
            throw new MissingDatabaseException();
        }
        String directory = environment.getProperty("dancu.database.embedded-directory", "data/postgres");
        int port = environment.getProperty("dancu.database.embedded-port", Integer.class, 0);
        EmbeddedPostgresServer server = StringUtils.hasText(directory)
                ? EmbeddedPostgresServer.obtain(Path.of(directory), port, SecretsDirectory.of(environment)
                        .orElseThrow(() -> new IllegalStateException("the embedded database in " + directory
                                + " keeps its passwords in a secrets directory: set dancu.secrets-dir (DANCU_SECRETS_DIR)")))
                : EmbeddedPostgresServer.obtain(null, port, null);
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", server.jdbcUrl());
        properties.put("spring.datasource.username", APP_ROLE);
        properties.put("spring.datasource.password", server.appPassword());
        properties.put("spring.flyway.user", EmbeddedPostgresServer.SUPERUSER);
        properties.put("spring.flyway.password", server.superuserPassword());
        environment.getPropertySources().addFirst(new MapPropertySource("dancu-embedded-database", properties));
    }

    /** Thrown when no external database is configured and the embedded one is not allowed. */
    static final class MissingDatabaseException extends IllegalStateException {
        MissingDatabaseException() {
            super("No database configured: set DANCU_DB_URL, DANCU_DB_USER and DANCU_DB_PASSWORD "
                    + "(and DANCU_DB_OWNER_USER / DANCU_DB_OWNER_PASSWORD for migrations). "
                    + "The production profile never starts the embedded PostgreSQL.");
        }
    }
}
