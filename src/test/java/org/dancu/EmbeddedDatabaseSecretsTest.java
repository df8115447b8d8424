package org.dancu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL with a data directory, as the demo runs it: every role needs its generated password,
 * which lies in the secrets directory outside the data directory, readable by its owner only; a data directory
 * of an older version, which trusted every login, is given passwords on start and keeps its data.
 */
class EmbeddedDatabaseSecretsTest {

    @TempDir Path temp;

    @Test
    void everyRoleNeedsItsPasswordWhichLiesOutsideTheDataDirectoryForItsOwnerOnly() throws Exception {
        Path data = temp.resolve("data");
        Path secrets = temp.resolve("secrets");
        EmbeddedPostgresServer server = EmbeddedPostgresServer.obtain(data.resolve("postgres"), 0, secrets);

        assertLoginsNeedTheirPasswords(server);
        for (String name : new String[] {DatabasePasswords.SUPERUSER_FILE, DatabasePasswords.APP_FILE}) {
            Path file = secrets.resolve(name);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            assertThat(file.toAbsolutePath().startsWith(data.toAbsolutePath())).as(name + " outside the data").isFalse();
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secrets))).isEqualTo("rwx------");
        assertThat(Files.readString(secrets.resolve(DatabasePasswords.SUPERUSER_FILE)))
                .isEqualTo(server.superuserPassword()).hasSizeGreaterThanOrEqualTo(40);
        try (Connection owner = DriverManager.getConnection(server.jdbcUrl(), "postgres", server.superuserPassword());
             Statement statement = owner.createStatement()) {
            assertThat(single(statement, "SHOW listen_addresses")).isEqualTo("localhost");
            assertThat(single(statement, "SELECT string_agg(DISTINCT auth_method, ',') FROM pg_hba_file_rules"))
                    .isEqualTo("scram-sha-256");
            assertThat(single(statement, "SELECT string_agg(DISTINCT type, ',') FROM pg_hba_file_rules"))
                    .as("no Unix-socket logins").isEqualTo("host");
        }
    }

    @Test
    void aDataDirectoryOfAnOlderVersionGetsPasswordsAndKeepsItsData() throws Exception {
        Path directory = temp.resolve("old").resolve("postgres");
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(directory)
                .setCleanDataDirectory(false).start();
             Connection owner = old.getPostgresDatabase().getConnection();
             Statement statement = owner.createStatement()) {
            statement.execute("CREATE ROLE dancu_app LOGIN");
            statement.execute("CREATE DATABASE dancu");
            try (Connection dancu = old.getDatabase("postgres", "dancu").getConnection();
                 Statement write = dancu.createStatement()) {
                write.execute("CREATE TABLE kept (note text)");
                write.execute("INSERT INTO kept VALUES ('made yesterday')");
            }
        }
        assertThat(Files.readString(directory.resolve("pg_hba.conf"))).containsPattern("(?m)^host.*trust");

        EmbeddedPostgresServer server = EmbeddedPostgresServer.obtain(directory, 0, temp.resolve("old-secrets"));

        assertLoginsNeedTheirPasswords(server);
        assertThat(Files.readString(directory.resolve("pg_hba.conf"))).doesNotContain("trust");
        try (Connection owner = DriverManager.getConnection(server.jdbcUrl(), "postgres", server.superuserPassword());
             Statement statement = owner.createStatement()) {
            assertThat(single(statement, "SELECT note FROM kept")).isEqualTo("made yesterday");
        }
    }

    @Test
    void aDataDirectoryThatAsksForPasswordsIsNotOpenedWithoutTheSecrets() throws IOException {
        Path directory = temp.resolve("lost").resolve("postgres");
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("pg_hba.conf"), EmbeddedPostgresServer.HBA);

        assertThatThrownBy(() -> EmbeddedPostgresServer.obtain(directory, 0, temp.resolve("lost-secrets")))
                .hasMessageContaining("passwords kept in").hasMessageContaining("which are missing");
        assertThat(temp.resolve("lost-secrets")).doesNotExist();
    }

    private static void assertLoginsNeedTheirPasswords(EmbeddedPostgresServer server) throws SQLException {
        String url = server.jdbcUrl();
        String[][] roles = {{"postgres", server.superuserPassword()}, {"dancu_app", server.appPassword()}};
        for (String[] role : roles) {
            assertThatThrownBy(() -> DriverManager.getConnection(url, role[0], null).close())
                    .as(role[0] + " without a password").isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> DriverManager.getConnection(url, role[0], "wrong-" + role[1]).close())
                    .as(role[0] + " with a wrong password").isInstanceOf(SQLException.class)
                    .hasMessageContaining("password authentication failed");
            try (Connection accepted = DriverManager.getConnection(url, role[0], role[1])) {
                assertThat(accepted.isValid(1)).isTrue();
            }
        }
    }

    private static String single(Statement statement, String sql) throws SQLException {
        try (ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }
}
