package org.dancu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.dancu.DancuApplication;
import org.dancu.audit.AuditVerifier;
import org.dancu.audit.VerificationReport;
import org.dancu.locality.Localities;
import org.dancu.register.BulkImport;
import org.dancu.register.ImportOutcome;
import org.dancu.register.PersonRecords;
import org.dancu.register.RegisterLoader;
import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.dancu.security.StaffPrincipal;
import org.dancu.synth.ProvinceLayout;
import org.dancu.synth.SyntheticPopulation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * {@code dancu backup} and {@code dancu restore} on real embedded PostgreSQL servers with data and secrets on disk,
 * as a demo keeps them: a small register is backed up, restored into a fresh data and secrets directory, and the
 * application started there serves the same persons, decrypts the same contacts and verifies the ledger.
 */
class BackupRestoreTest {

    private static final String ORIGIN = "198.51.100.20";

    @TempDir static Path temp;
    private static ConfigurableApplicationContext original;
    private final CommandConsole console = new CommandConsole();

    @BeforeAll
    static void startWithASmallRegister() throws IOException {
        original = start(temp.resolve("original"));
        Path generated = Files.createDirectories(temp.resolve("synth"));
        SyntheticPopulation.generate(ProvinceLayout.of(original.getBean(Localities.class), "11"), 300, 20, generated,
                written -> { });
        original.getBean(RegisterLoader.class).load(generated);
    }

    @AfterAll
    static void stop() {
        original.close();
    }

    /** A deployment's settings with its data and secrets apart, under {@code root}, as a fresh machine has them. */
    private static List<String> settings(Path root) {
        return List.of("--dancu.data-dir=" + root.resolve("data"),
                "--dancu.secrets-dir=" + root.resolve("secrets"),
                "--dancu.database.embedded-directory=" + root.resolve("data").resolve("postgres"),
                "--dancu.register.keyset-file=" + root.resolve("secrets").resolve("register-keyset.json"),
                "--dancu.audit.signing-key-file=" + root.resolve("secrets").resolve("audit-signing-key"),
                "--dancu.register.import-directory=" + root.resolve("data").resolve("imports"));
    }

    private static ConfigurableApplicationContext start(Path root) {
        SpringApplication application = new SpringApplication(DancuApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        return application.run(settings(root).toArray(String[]::new));
    }

    private int dancu(String command, String option, Path directory, Path root, String... more) {
        List<String> arguments = new ArrayList<>(List.of(command, option, directory.toString()));
        arguments.addAll(List.of(more));
        arguments.addAll(settings(root));
        return console.dancu(arguments.toArray(String[]::new));
    }

    private static long persons(ConfigurableApplicationContext context) {
        return context.getBean(JdbcClient.class).sql("SELECT count(*) FROM register.person").query(Long.class).single();
    }

    private static String phone(ConfigurableApplicationContext context, long personId) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                new StaffPrincipal(0, "province-backup", "Province backup", Role.PROVINCE_OFFICER,
                        new Scope("11", null), false),
                null, AuthorityUtils.createAuthorityList(Role.PROVINCE_OFFICER.authority())));
        try {
            return context.getBean(PersonRecords.class).read(personId, ORIGIN).orElseThrow().phone();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** The restored deployment's own database, as its superuser, with the password restore generated for it. */
    private static JdbcClient restoredDatabase(Path root) throws IOException, SQLException {
        Path postgres = root.resolve("data").resolve("postgres");
        int port = Integer.parseInt(Files.readAllLines(postgres.resolve("postmaster.pid")).get(3).strip());
        String password = Files.readString(root.resolve("secrets").resolve("postgres-superuser-password"));
        Connection connection = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/dancu",
                "postgres", password);
        return JdbcClient.create(new SingleConnectionDataSource(connection, true));
    }

    @Test
    void aRestoreOnAFreshMachineServesTheSamePersonsContactsAndLedger() throws Exception {
        long personId = original.getBean(JdbcClient.class)
                .sql("SELECT min(person_id) FROM register.person WHERE phone_cipher IS NOT NULL")
                .query(Long.class).single();
        String phone = phone(original, personId);
        assertThat(phone).isNotBlank();
        Path uploaded = temp.resolve("original").resolve("data").resolve("imports").resolve("waiting.csv");
        Files.createDirectories(uploaded.getParent());
        Files.writeString(uploaded, "pin,full_name\n");
        VerificationReport before = original.getBean(AuditVerifier.class).verify();
        long count = persons(original);

        Path backup = temp.resolve("backup-whole");
        assertThat(dancu("backup", "--to", backup, temp.resolve("original"))).as(console.errors()).isZero();
        assertThat(backup.resolve("manifest.sha256")).content().contains("  database.dump", "  secrets/register-keyset.json",
                "  secrets/audit-signing-key", "  imports/waiting.csv");
        Path fresh = temp.resolve("fresh");
        assertThat(dancu("restore", "--from", backup, fresh)).as(console.errors()).isZero();
        assertThat(console.printed()).contains("dancu audit-verify");
        assertThat(fresh.resolve("data").resolve("imports").resolve("waiting.csv")).hasContent("pin,full_name\n");
        assertThat(Files.readString(fresh.resolve("secrets").resolve("postgres-app-password"))).as("fresh passwords")
                .isNotEqualTo(Files.readString(temp.resolve("original/secrets/postgres-app-password")));

        try (ConfigurableApplicationContext restored = start(fresh)) {
            assertThat(persons(restored)).isEqualTo(count);
            VerificationReport after = restored.getBean(AuditVerifier.class).verify();
            assertThat(after.intact()).as(String.valueOf(after.firstBreak())).isTrue();
            assertThat(after.entries()).isGreaterThanOrEqualTo(before.entries());
            assertThat(phone(restored, personId)).isEqualTo(phone);
            assertThat(restored.getBean(AuditVerifier.class).verify().intact()).as("a read written after the restore")
                    .isTrue();
        }
    }

    @Test
    void aBackupTakenDuringAnImportHoldsEveryCommittedPersonAndNothingOfTheImport() throws Exception {
        long before = persons(original);
        Path file = temp.resolve("during.csv");
        Files.writeString(file, "pin,full_name,birth_date,sex,commune_code\n"
                + "011085900001,Lò Văn Hùng,12/03/1985,M,03334\n"
                + "011085900002,Quàng Văn Sơn,1985,M,03334\n"
                + "011185900003,Lường Thị Mai,02/02/1985,F,03334\n");
        Path backup = temp.resolve("backup-during");
        CompletableFuture<ImportOutcome> importing;
        // the import's transaction waits, its persons written but not committed, on a lock this test holds
        try (Connection owner = DriverManager.getConnection(original.getEnvironment().getProperty("spring.datasource.url"),
                "postgres", original.getEnvironment().getProperty("spring.flyway.password"));
             Statement statement = owner.createStatement()) {
            statement.execute("""
                    CREATE FUNCTION register.backup_test_hold() RETURNS trigger LANGUAGE plpgsql AS
                    $$ BEGIN PERFORM pg_advisory_xact_lock(2026120701); RETURN NEW; END $$""");
            statement.execute("""
                    CREATE TRIGGER backup_test_hold BEFORE UPDATE ON register.import_job FOR EACH ROW
                    WHEN (NEW.status = 'APPLIED') EXECUTE FUNCTION register.backup_test_hold()""");
            statement.execute("SELECT pg_advisory_lock(2026120701)");
            try {
                importing = CompletableFuture.supplyAsync(() ->
                        original.getBean(BulkImport.class).run(file, Map.of(), false));
                awaitImportWaiting(statement);

                assertThat(dancu("backup", "--to", backup, temp.resolve("original"))).as(console.errors()).isZero();
            } finally {
                statement.execute("SELECT pg_advisory_unlock(2026120701)");
            }
            assertThat(importing.get(60, TimeUnit.SECONDS).added()).isEqualTo(3);
            statement.execute("DROP TRIGGER backup_test_hold ON register.import_job");
            statement.execute("DROP FUNCTION register.backup_test_hold()");
        }
        assertThat(persons(original)).isEqualTo(before + 3);

        Path fresh = temp.resolve("fresh-during");
        assertThat(dancu("restore", "--from", backup, fresh)).as(console.errors()).isZero();
        JdbcClient restored = restoredDatabase(fresh);
        assertThat(restored.sql("SELECT count(*) FROM register.person").query(Long.class).single()).isEqualTo(before);
        assertThat(restored.sql("SELECT count(*) FROM register.person WHERE pin LIKE '01_0859000__'")
                .query(Long.class).single()).isZero();
        assertThat(restored.sql("SELECT count(*) FROM register.import_job WHERE status = 'APPLIED'")
                .query(Long.class).single()).isZero();
    }

    /** Until the import's transaction waits on the test's lock: a state of the database, not a time. */
    private static void awaitImportWaiting(Statement statement) throws SQLException, InterruptedException {
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(1));
        while (Instant.now().isBefore(giveUp)) {
            try (var waiting = statement.executeQuery(
                    "SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND NOT granted)")) {
                waiting.next();
                if (waiting.getBoolean(1)) {
                    return;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the import never reached its commit");
    }

    @Test
    void aDamagedBackupAndAnOccupiedTargetAreRefusedAndNothingChanges() throws Exception {
        Path backup = temp.resolve("backup-damaged");
        assertThat(dancu("backup", "--to", backup, temp.resolve("original"))).as(console.errors()).isZero();
        Path occupied = temp.resolve("occupied");
        Files.createDirectories(occupied);
        Files.writeString(occupied.resolve("note"), "kept");
        console.clear();
        assertThat(dancu("backup", "--to", occupied, temp.resolve("original"))).isEqualTo(2);
        assertThat(console.errors()).contains("is not empty");

        long count = persons(original);
        console.clear();
        assertThat(dancu("restore", "--from", backup, temp.resolve("original"))).isEqualTo(RestoreCommand.REFUSED);
        assertThat(console.errors()).contains("the target is not empty", "holds tables", "--replace");
        assertThat(persons(original)).isEqualTo(count);

        byte[] dump = Files.readAllBytes(backup.resolve("database.dump"));
        dump[dump.length / 2] ^= 1;
        Files.write(backup.resolve("database.dump"), dump);
        Path fresh = temp.resolve("fresh-damaged");
        console.clear();
        assertThat(dancu("restore", "--from", backup, fresh)).isEqualTo(RestoreCommand.REFUSED);
        assertThat(console.errors()).contains("is damaged; nothing was restored",
                "database.dump does not match its SHA-256 in manifest.sha256");
        assertThat(fresh).doesNotExist();
    }

    @Test
    void replacingARestoredDeploymentLeavesTheLedgerAppendOnlyForTheApplication() throws Exception {
        Path backup = temp.resolve("backup-replace");
        assertThat(dancu("backup", "--to", backup, temp.resolve("original"))).as(console.errors()).isZero();
        Path target = temp.resolve("replaced");
        assertThat(dancu("restore", "--from", backup, target)).as(console.errors()).isZero();

        assertThat(dancu("restore", "--from", backup, target, "--replace")).as(console.errors()).isZero();

        JdbcClient restored = restoredDatabase(target);
        assertThat(restored.sql("SELECT count(*) FROM register.person").query(Long.class).single())
                .isEqualTo(persons(original));
        assertThat(restored.sql("""
                SELECT has_table_privilege('dancu_app', 'audit.ledger', 'UPDATE')
                    OR has_table_privilege('dancu_app', 'audit.ledger', 'DELETE')""").query(Boolean.class).single())
                .as("the application's role may only append to the ledger").isFalse();
    }

    @Test
    void helpListsTheCommands() {
        assertThat(console.dancu("--help")).isZero();
        assertThat(console.printed()).contains("backup", "restore");
        console.clear();
        assertThat(console.dancu("restore", "--help")).isZero();
        assertThat(console.printed()).contains("--from DIR", "--replace");
    }
}
