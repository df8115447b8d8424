package org.dancu.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dancu.audit.SecretFile;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code dancu restore --from DIR}: checks the backup against its manifest before anything else, then restores the
 * database (one transaction), the key files and the uploaded files into the deployment the settings name, which
 * must be empty unless {@code --replace} is given (the database is then dropped and created anew, so nothing of
 * the old one, its default privileges included, outlives the restore). Roles are not in a backup: the embedded
 * database's roles get fresh passwords in the new secrets directory. Exit 0 when restored, 1 when the restore failed, 2 for bad
 * arguments, a damaged backup or an occupied target (nothing changed then).
 */
class RestoreCommand implements Command {

    static final int FAILED = 1;
    static final int REFUSED = 2;

    @Override
    public String name() {
        return "restore";
    }

    @Override
    public String summary() {
        return "restore a backup into an empty deployment: --from DIR [--replace]";
    }

    @Override
    public String usage() {
        return "--from DIR [--replace] [--property=value ...]\n"
                + "  --from      a directory written by 'dancu backup'; it is checked against its manifest first\n"
                + "  --replace   drop and create the database anew, overwrite keys and uploaded files already there;\n"
                + "              stop the application first\n"
                + "  needs pg_restore (postgresql-client 15 or newer) on the PATH or in DANCU_BACKUP_TOOLS_DIRECTORY\n"
                + "  exit 0: restored, check with 'dancu audit-verify'; 1: failed; 2: refused, nothing changed"
                + " (docs/operations.md)";
    }

    @Override
    public int run(List<String> arguments) {
        List<String> settings = new ArrayList<>();
        CommandOptions options = CommandOptions.parseAmongSettings(arguments, Set.of("from"), Set.of(),
                Set.of("replace"), settings);
        Path source = Path.of(options.get("from"));
        boolean replace = options.has("replace");
        if (!Files.isDirectory(source)) {
            throw new IllegalArgumentException("--from " + source + " is not a directory");
        }
        List<String> damage;
        try {
            damage = BackupManifest.problems(source);
        } catch (IOException e) {
            damage = List.of("it cannot be read: " + e.getMessage());
        }
        if (!damage.isEmpty()) {
            System.err.println("dancu: the backup in " + source + " is damaged; nothing was restored:");
            damage.forEach(problem -> System.err.println("  " + problem));
            return REFUSED;
        }
        try (ConfigurableApplicationContext context = SpringLauncher.settingsOnly(settings, SpringLauncher.QUIET)) {
            Deployment deployment = Deployment.of(context.getEnvironment());
            boolean tables = hasTables(deployment);
            List<String> occupied = occupied(deployment, tables);
            if (!occupied.isEmpty() && !replace) {
                System.err.println("dancu: the target is not empty; nothing was restored (--replace overwrites it):");
                occupied.forEach(place -> System.err.println("  " + place));
                return REFUSED;
            }
            if (tables) {
                recreate(deployment);
            }
            new PostgresTools(deployment).restore(source.resolve(BackupLayout.DATABASE));
            int keys = restoreKeys(source.resolve(BackupLayout.SECRETS), deployment.keyFiles());
            int uploads = BackupLayout.copyTree(source.resolve(BackupLayout.IMPORTS), deployment.importDirectory());
            System.out.printf("Restored from %s: the database, %d key files, %d uploaded files.%n"
                    + "Check the ledger with: dancu audit-verify%n", source, keys, uploads);
            return 0;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            System.err.println("dancu: the restore failed: " + e.getMessage());
            return FAILED;
        }
    }

    /** What the restore would overwrite: the database's tables, key files and uploaded files already there. */
    private static List<String> occupied(Deployment deployment, boolean tables) throws IOException {
        List<String> occupied = new ArrayList<>();
        if (tables) {
            occupied.add("the database " + deployment.jdbcUrl() + " holds tables");
        }
        for (Path key : deployment.keyFiles().values()) {
            if (Files.exists(key)) {
                occupied.add("the key file " + key + " exists");
            }
        }
        if (!BackupLayout.isEmpty(deployment.importDirectory())) {
            occupied.add("the import directory " + deployment.importDirectory() + " holds files");
        }
        return occupied;
    }

    private static boolean hasTables(Deployment deployment) {
        try (Connection connection = DriverManager.getConnection(deployment.jdbcUrl(), deployment.owner(),
                deployment.ownerPassword());
             Statement statement = connection.createStatement();
             ResultSet tables = statement.executeQuery("""
                     SELECT EXISTS (SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                     WHERE c.relkind IN ('r', 'p') AND n.nspname <> 'information_schema'
                       AND n.nspname NOT LIKE 'pg\\_%')""")) {
            tables.next();
            return tables.getBoolean(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database " + deployment.jdbcUrl() + ": " + e.getMessage(), e);
        }
    }

    /** Drops the database, ending its sessions, and creates it empty, owned by the owner role. */
    private static void recreate(Deployment deployment) {
        String database = "\"" + deployment.databaseName().replace("\"", "\"\"") + "\"";
        try (Connection connection = DriverManager.getConnection(deployment.maintenanceJdbcUrl(), deployment.owner(),
                deployment.ownerPassword());
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE " + database + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + database + " ENCODING 'UTF8' TEMPLATE template0");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop and create the database " + deployment.databaseName()
                    + " as " + deployment.owner() + " (--replace needs an owner that may; otherwise drop and create it"
                    + " by hand and restore without --replace): " + e.getMessage(), e);
        }
    }

    private static int restoreKeys(Path secrets, Map<String, Path> keyFiles) throws IOException {
        int restored = 0;
        for (Map.Entry<String, Path> key : keyFiles.entrySet()) {
            Path saved = secrets.resolve(key.getKey());
            if (Files.isRegularFile(saved)) {
                Files.deleteIfExists(key.getValue());
                SecretFile.create(key.getValue(), Files.readString(saved));
                restored++;
            }
        }
        return restored;
    }
}
