package org.dancu.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * What a backup holds, as the settings name it: the database (reached as its owner, who runs the migrations), the
 * key files of the secrets directory, and the uploaded import files.
 *
 * @param jdbcUrl         the database
 * @param owner           the owner role (the embedded database's superuser)
 * @param ownerPassword   its password
 * @param keyFiles        the register's keyset, the results keyset and the ledger's signing key with its public half, where files hold
 *                        them, by their names in a backup; a key given only by a variable (DANCU_REGISTER_KEYSET)
 *                        is not among them
 * @param importDirectory uploaded files waiting to be applied
 * @param toolsDirectory  where {@code pg_dump} and {@code pg_restore} are; empty means the PATH
 */
record Deployment(String jdbcUrl, String owner, String ownerPassword, Map<String, Path> keyFiles,
                  Path importDirectory, String toolsDirectory) {

    static final String KEYSET = "register-keyset.json";
    static final String RESULTS_KEYSET = "results-keyset.json";
    static final String SIGNING_KEY = "audit-signing-key";
    static final String SIGNING_KEY_PUBLIC = "audit-signing-key.pub";

    static Deployment of(Environment environment) {
        Map<String, Path> keys = new LinkedHashMap<>();
        String keyset = environment.getProperty("dancu.register.keyset-file", "");
        if (StringUtils.hasText(keyset) && !StringUtils.hasText(environment.getProperty("dancu.register.keyset"))) {
            keys.put(KEYSET, Path.of(keyset));
        }
        String resultsKeyset = environment.getProperty("dancu.results.seal.keyset-file", "");
        if (StringUtils.hasText(resultsKeyset)
                && !StringUtils.hasText(environment.getProperty("dancu.results.seal.keyset"))) {
            keys.put(RESULTS_KEYSET, Path.of(resultsKeyset));
        }
        String signingKey = environment.getProperty("dancu.audit.signing-key-file", "");
        if (StringUtils.hasText(signingKey)) {
            Path file = Path.of(signingKey);
            keys.put(SIGNING_KEY, file);
            keys.put(SIGNING_KEY_PUBLIC, file.resolveSibling(file.getFileName() + ".pub"));
        }
        Path imports = Path.of(environment.getRequiredProperty("dancu.register.import-directory"));
        return new Deployment(environment.getRequiredProperty("spring.datasource.url"),
                environment.getRequiredProperty("spring.flyway.user"),
                environment.getProperty("spring.flyway.password", ""), keys, imports,
                environment.getProperty("dancu.backup.tools-directory", ""));
    }

    /** The database's name: the last segment of the URL's path. */
    String databaseName() {
        String path = jdbcUrl.replaceFirst("\\?.*$", "");
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** The same server's maintenance database, from which the deployment's database can be dropped and created. */
    String maintenanceJdbcUrl() {
        int query = jdbcUrl.indexOf('?');
        String path = query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
        return path.substring(0, path.lastIndexOf('/') + 1) + "postgres" + (query < 0 ? "" : jdbcUrl.substring(query));
    }

    /** The database as PostgreSQL's own tools name it: the JDBC URL without its prefix and driver-only parameters. */
    String libpqUrl() {
        String url = jdbcUrl.replaceFirst("^jdbc:", "");
        int query = url.indexOf('?');
        if (query < 0) {
            return url;
        }
        List<String> kept = new ArrayList<>();
        for (String parameter : url.substring(query + 1).split("&")) {
            if (parameter.startsWith("sslmode=")) {
                kept.add(parameter);
            }
        }
        return url.substring(0, query) + (kept.isEmpty() ? "" : "?" + String.join("&", kept));
    }

    @Override
    public String toString() {
        return "Deployment[" + jdbcUrl + " as " + owner + "]";
    }
}
