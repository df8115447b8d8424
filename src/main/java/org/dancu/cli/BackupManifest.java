package org.dancu.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The SHA-256 of every file of a backup, in {@code manifest.sha256} at its top, in the format of
 * {@code sha256sum} (so {@code sha256sum -c manifest.sha256} checks it too). A restore reads it before anything
 * else: a file changed, missing or added makes the backup damaged.
 */
final class BackupManifest {

    static final String FILE = "manifest.sha256";

    private BackupManifest() {
    }

    /** Lists every file under the backup directory. */
    static void write(Path backup) throws IOException {
        StringBuilder manifest = new StringBuilder();
        for (Map.Entry<String, String> file : digests(backup).entrySet()) {
            manifest.append(file.getValue()).append("  ").append(file.getKey()).append('\n');
        }
        Files.writeString(backup.resolve(FILE), manifest);
    }

    /** What does not match the manifest, one line per file; empty when the backup is whole. */
    static List<String> problems(Path backup) throws IOException {
        Path manifestFile = backup.resolve(FILE);
        if (!Files.isRegularFile(manifestFile)) {
            return List.of(FILE + " is missing");
        }
        Map<String, String> listed = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (String line : Files.readAllLines(manifestFile)) {
            int gap = line.indexOf("  ");
            if (gap != 64) {
                problems.add(FILE + " has a line that is not a SHA-256 and a file name: '" + line + "'");
            } else {
                listed.put(line.substring(gap + 2), line.substring(0, gap));
            }
        }
        Map<String, String> present = digests(backup);
        listed.forEach((file, digest) -> {
            if (!present.containsKey(file)) {
                problems.add(file + " is missing");
            } else if (!present.get(file).equals(digest)) {
                problems.add(file + " does not match its SHA-256 in " + FILE);
            }
        });
        present.keySet().stream().filter(file -> !listed.containsKey(file))
                .forEach(file -> problems.add(file + " is not in " + FILE));
        return problems;
    }

    /** Relative path (with forward slashes) → SHA-256 of every file but the manifest. */
    private static Map<String, String> digests(Path backup) throws IOException {
        Map<String, String> digests = new TreeMap<>();
        try (Stream<Path> files = Files.walk(backup)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = backup.relativize(file).toString().replace('\\', '/');
                if (!name.equals(FILE)) {
                    digests.put(name, sha256(file));
                }
            }
        }
        return digests;
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
