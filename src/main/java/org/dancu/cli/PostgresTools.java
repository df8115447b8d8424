package org.dancu.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.dancu.audit.SecretFile;

/**
 * PostgreSQL's own {@code pg_dump} and {@code pg_restore} on the deployment's database, as its owner. The password
 * reaches them in a private password file for the run, never on the command line or in the environment.
 */
final class PostgresTools {

    private final Deployment deployment;

    PostgresTools(Deployment deployment) {
        this.deployment = deployment;
    }

    /**
     * The whole database in the custom format, from one snapshot: what was committed when the dump began, and
     * nothing of a transaction (an import) still running then.
     */
    void dump(Path file) {
        run("pg_dump", List.of("--format=custom", "--file=" + file, "--dbname=" + deployment.libpqUrl()));
    }

    /**
     * Restores a dump into an empty database in one transaction: all of it or nothing. Objects belong to the
     * restoring owner; the privileges of the application's role are restored by its name, so that role must exist.
     */
    void restore(Path file) {
        run("pg_restore", List.of("--no-owner", "--exit-on-error", "--single-transaction",
                "--dbname=" + deployment.libpqUrl(), file.toString()));
    }

    private void run(String tool, List<String> arguments) {
        Path passwordFile = null;
        try {
            passwordFile = SecretFile.temporary("dancu-pgpass", "");
            Files.writeString(passwordFile, "*:*:*:" + escaped(deployment.owner()) + ":"
                    + escaped(deployment.ownerPassword()) + "\n");
            List<String> command = new ArrayList<>(List.of(executable(tool), "--username=" + deployment.owner(),
                    "--no-password"));
            command.addAll(arguments);
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().remove("PGPASSWORD");
            builder.environment().put("PGPASSFILE", passwordFile.toString());
            Process process = startOrExplain(builder, tool);
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            int exit = process.waitFor();
            if (exit != 0) {
                throw new IllegalStateException(tool + " failed (exit " + exit + "): " + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException(tool + " could not be run: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(tool + " was interrupted", e);
        } finally {
            SecretFile.discard(passwordFile);
        }
    }


    private static Process startOrExplain(ProcessBuilder builder, String tool) {
        try {
            return builder.start();
        } catch (IOException e) {
            throw new IllegalStateException(tool + " was not found: install PostgreSQL's client programs (Debian: "
                    + "postgresql-client, version 15 or newer) or name their directory with "
                    + "DANCU_BACKUP_TOOLS_DIRECTORY", e);
        }
    }

    private String executable(String tool) {
        return deployment.toolsDirectory().isBlank() ? tool : Path.of(deployment.toolsDirectory(), tool).toString();
    }

    /** A password file's field: backslash and colon escaped. */
    private static String escaped(String field) {
        return field.replace("\\", "\\\\").replace(":", "\\:");
    }
}
