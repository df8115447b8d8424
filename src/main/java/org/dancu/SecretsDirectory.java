package org.dancu;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.dancu.audit.SecretFile;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * The secrets directory ({@code dancu.secrets-dir}) holds the embedded database's passwords, the register's keyset
 * and the ledger's signing key, apart from the data directory, so that a copy of the data never carries the keys
 * that open it. It must not lie inside the data directory. Keys an older version kept in {@code <data-dir>/keys}
 * are moved here on start, so the register still decrypts its contacts and the ledger's head still verifies.
 */
class SecretsDirectory implements EnvironmentPostProcessor {

    /** Where versions before the secrets directory kept their keys, under the data directory. */
    static final String LEGACY_KEYS = "keys";
    private static final List<String> KEY_FILE_SETTINGS = List.of("dancu.register.keyset-file",
            "dancu.audit.signing-key-file");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Optional<Path> secrets = of(environment);
        if (secrets.isEmpty()) {
            return;
        }
        Path data = Path.of(environment.getProperty("dancu.data-dir", "data"));
        if (absolute(secrets.get()).startsWith(absolute(data))) {
            throw new IllegalStateException("dancu.secrets-dir (" + secrets.get() + ") lies inside the data directory "
                    + data + ": keep the keys apart from the data they open (docs/configuration.md)");
        }
        for (String setting : KEY_FILE_SETTINGS) {
            String file = environment.getProperty(setting, "");
            if (StringUtils.hasText(file)) {
                moveLegacy(data.resolve(LEGACY_KEYS), Path.of(file), secrets.get());
            }
        }
    }

    /** The secrets directory, or empty when none is set (tests keep their keys in memory). */
    static Optional<Path> of(Environment environment) {
        String directory = environment.getProperty("dancu.secrets-dir", "");
        return StringUtils.hasText(directory) ? Optional.of(Path.of(directory)) : Optional.empty();
    }

    /** Moves the key (and its public half) from the old place when it is meant to live in the secrets directory. */
    private static void moveLegacy(Path legacy, Path file, Path secrets) {
        if (!absolute(file).getParent().equals(absolute(secrets)) || Files.exists(file)) {
            return;
        }
        String name = file.getFileName().toString();
        try {
            for (String each : List.of(name, name + ".pub")) {
                SecretFile.adopt(legacy.resolve(each), secrets.resolve(each));
            }
            if (Files.isDirectory(legacy)) {
                try (Stream<Path> left = Files.list(legacy)) {
                    if (left.findAny().isEmpty()) {
                        Files.delete(legacy);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the key " + name + " from " + legacy + " to " + secrets, e);
        }
    }

    private static Path absolute(Path path) {
        return path.toAbsolutePath().normalize();
    }
}
