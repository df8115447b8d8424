package org.dancu.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dancu.audit.SecretFile;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * {@code dancu backup --to DIR}: the database (one consistent snapshot by pg_dump, so an import running meanwhile
 * is in it whole or not at all), the key files and the uploaded import files, with the SHA-256 of each in a
 * manifest. Runs beside a serving instance. Exit 0 when written, 1 when the copy failed (nothing is left in DIR),
 * 2 for bad arguments.
 */
class BackupCommand implements Command {

    static final int FAILED = 1;

    @Override
    public String name() {
        return "backup";
    }

    @Override
    public String summary() {
        return "copy the database, keys and uploaded files to a new directory: --to DIR";
    }

    @Override
    public String usage() {
        return "--to DIR [--property=value ...]\n"
                + "  --to   a new or empty directory; it will hold keys, so keep it as safe as the secrets directory\n"
                + "  needs pg_dump (postgresql-client 15 or newer) on the PATH or in DANCU_BACKUP_TOOLS_DIRECTORY\n"
                + "  exit 0: written; 1: failed, nothing kept; 2: bad arguments (docs/operations.md)";
    }

    @Override
    public int run(List<String> arguments) {
        List<String> settings = new ArrayList<>();
        CommandOptions options = CommandOptions.parseAmongSettings(arguments, Set.of("to"), Set.of(), Set.of(),
                settings);
        Path target = Path.of(options.get("to"));
        try {
            if (!BackupLayout.isEmpty(target)) {
                throw new IllegalArgumentException("--to " + target + " is not empty: a backup goes to a new directory");
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("--to " + target + " cannot be read: " + e.getMessage());
        }
        try (ConfigurableApplicationContext context = SpringLauncher.settingsOnly(settings, SpringLauncher.QUIET)) {
            Deployment deployment = Deployment.of(context.getEnvironment());
            SecretFile.privateDirectory(target);
            new PostgresTools(deployment).dump(target.resolve(BackupLayout.DATABASE));
            int keys = copyKeys(deployment.keyFiles(), target.resolve(BackupLayout.SECRETS));
            int uploads = BackupLayout.copyTree(deployment.importDirectory(), target.resolve(BackupLayout.IMPORTS));
            BackupManifest.write(target);
            System.out.printf("Backup written to %s: the database (%,d bytes), %d key files, %d uploaded files;%n"
                            + "%s lists the SHA-256 of each. It holds the keys: keep it as safe as the secrets.%n",
                    target, Files.size(target.resolve(BackupLayout.DATABASE)), keys, uploads, BackupManifest.FILE);
            return 0;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            FileSystemUtils.deleteRecursively(target.toFile());
            System.err.println("dancu: the backup failed and nothing was kept: " + e.getMessage());
            return FAILED;
        }
    }

    private static int copyKeys(Map<String, Path> keyFiles, Path secrets) throws IOException {
        int copied = 0;
        for (Map.Entry<String, Path> key : keyFiles.entrySet()) {
            if (Files.isRegularFile(key.getValue())) {
                SecretFile.create(secrets.resolve(key.getKey()), Files.readString(key.getValue()));
                copied++;
            } else {
                System.err.println("dancu: warning: no key file at " + key.getValue() + "; the backup goes without it");
            }
        }
        return copied;
    }
}
