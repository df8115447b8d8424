package org.dancu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** Keys live in the secrets directory, never in the data directory; an older version's keys are moved there on start. */
class SecretsDirectoryTest {

    @TempDir Path temp;

    private final SecretsDirectory secretsDirectory = new SecretsDirectory();

    private StandardEnvironment environment(Path data, Path secrets) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", Map.of(
                "dancu.data-dir", data.toString(),
                "dancu.secrets-dir", secrets.toString(),
                "dancu.register.keyset-file", secrets.resolve("register-keyset.json").toString(),
                "dancu.audit.signing-key-file", secrets.resolve("audit-signing-key").toString())));
        return environment;
    }

    @Test
    void keysOfAnOlderVersionMoveFromTheDataDirectoryToTheSecretsDirectoryWhole() throws IOException {
        Path data = temp.resolve("data");
        Path secrets = temp.resolve("secrets");
        Path legacy = Files.createDirectories(data.resolve("keys"));
        Files.writeString(legacy.resolve("register-keyset.json"), "{\"primaryKeyId\":1}");
        Files.writeString(legacy.resolve("audit-signing-key"), "private");
        Files.writeString(legacy.resolve("audit-signing-key.pub"), "public");

        secretsDirectory.postProcessEnvironment(environment(data, secrets), new SpringApplication());

        assertThat(secrets.resolve("register-keyset.json")).hasContent("{\"primaryKeyId\":1}");
        assertThat(secrets.resolve("audit-signing-key")).hasContent("private");
        assertThat(secrets.resolve("audit-signing-key.pub")).hasContent("public");
        assertThat(legacy).doesNotExist();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secrets))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secrets.resolve("register-keyset.json"))))
                .isEqualTo("rw-------");
    }

    @Test
    void aKeyAlreadyInTheSecretsDirectoryIsNeverReplaced() throws IOException {
        Path data = temp.resolve("data");
        Path secrets = Files.createDirectories(temp.resolve("secrets"));
        Files.writeString(Files.createDirectories(data.resolve("keys")).resolve("register-keyset.json"), "old");
        Files.writeString(secrets.resolve("register-keyset.json"), "current");

        secretsDirectory.postProcessEnvironment(environment(data, secrets), new SpringApplication());

        assertThat(secrets.resolve("register-keyset.json")).hasContent("current");
        assertThat(data.resolve("keys").resolve("register-keyset.json")).hasContent("old");
    }

    @Test
    void aSecretsDirectoryInsideTheDataDirectoryIsRefused() {
        Path data = temp.resolve("data");
        assertThatThrownBy(() -> secretsDirectory.postProcessEnvironment(environment(data, data.resolve("secrets")),
                new SpringApplication())).hasMessageContaining("lies inside the data directory");
    }
}
