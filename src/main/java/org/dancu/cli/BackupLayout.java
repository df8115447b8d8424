package org.dancu.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import org.dancu.audit.SecretFile;

/**
 * A backup's directory: {@code database.dump} (pg_dump's custom format), {@code secrets/} (the key files, by the
 * names of {@link Deployment}), {@code imports/} (uploaded files) and {@link BackupManifest#FILE}.
 */
final class BackupLayout {

    static final String DATABASE = "database.dump";
    static final String SECRETS = "secrets";
    static final String IMPORTS = "imports";

    private BackupLayout() {
    }

    /** Copies every file under {@code from} to the same place under {@code to}; returns how many. */
    static int copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return 0;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(from)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path file : files) {
            Path target = to.resolve(from.relativize(file).toString());
            // uploads hold personal data: owner-only directories, and the files keep their mode (0600)
            SecretFile.privateDirectory(target.getParent());
            Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
        }
        return files.size();
    }

    /** Missing, or a directory without entries. */
    static boolean isEmpty(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return true;
        }
        if (!Files.isDirectory(directory)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        }
    }
}
