package org.dancu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Tests respect the module boundaries the code does: a test reaches another module only through its
 * API and the test support in its root test package ({@code RegisterTestData}, {@code StaffFixtures},
 * {@code SteeringFixtures} …), never through its {@code internal} packages, and it writes no table of
 * another module: the test support of the module that owns the table does that for it. A plain scan of
 * the test sources, so that a class name or SQL in a string counts as well.
 */
class TestBoundariesTests {

    private static final Path MAIN = Path.of("src/main/java/org/dancu");
    private static final Path TESTS = Path.of("src/test/java/org/dancu");
    private static final Pattern INTERNAL = Pattern.compile("org\\.dancu\\.([a-z]+)\\.internal\\b");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    /** A migration names the module that owns what it creates: {@code V<n>__<module>_<what>.sql}. */
    private static final Pattern MIGRATION = Pattern.compile("V\\d+__([a-z]+)_.*\\.sql");
    private static final Pattern CREATE_TABLE = Pattern.compile(
            "(?i)\\bCREATE\\s+(?:UNLOGGED\\s+)?TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?([a-z_]+(?:\\.[a-z_]+)?)");
    private static final String TABLE = "[a-z_]+(?:\\.[a-z_]+)?";
    private static final Pattern WRITE = Pattern.compile("(?i)\\b(?:INSERT\\s+INTO|UPDATE|DELETE\\s+FROM|COPY"
            + "|TRUNCATE(?:\\s+TABLE)?)\\s+(?:ONLY\\s+)?(" + TABLE + "(?:\\s*,\\s*" + TABLE + ")*)");

    /**
     * Tables any module's tests may write although a module's migration created them, each with its reason.
     * Keep it small: a table of one module belongs to that module's test support.
     */
    private static final Map<String, String> SHARED_TABLES = Map.of(
            "event_publication", "Spring Modulith's registry of every module's event publications; the register's"
                    + " migration created it only because the register published the first events");

    /** The modules: the packages below org.dancu with a package-info. */
    private static Set<String> modules() {
        try (Stream<Path> packages = Files.list(MAIN)) {
            return packages.filter(p -> Files.isRegularFile(p.resolve("package-info.java")))
                    .map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> testSources() {
        try (Stream<Path> files = Files.walk(TESTS)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The module a test source belongs to, by its directory; "" for tests of no module. */
    private static String moduleOf(Path source, Set<String> modules) {
        Path relative = TESTS.relativize(source);
        String first = relative.getNameCount() > 1 ? relative.getName(0).toString() : "";
        return modules.contains(first) ? first : "";
    }

    /** Every reference of a test source to another module's internal package. */
    static List<String> foreignInternals(String owner, String source) {
        Matcher matcher = INTERNAL.matcher(source);
        return matcher.results().filter(m -> !m.group(1).equals(owner)).map(m -> m.group()).distinct().toList();
    }

    /** The module that owns each table: the one whose migration, or whose own code, creates it. */
    static Map<String, String> tableOwners(Set<String> modules) throws IOException {
        Map<String, String> owners = new HashMap<>();
        try (Stream<Path> migrations = Files.list(MIGRATIONS)) {
            for (Path migration : migrations.toList()) {
                Matcher name = MIGRATION.matcher(migration.getFileName().toString());
                if (name.matches() && modules.contains(name.group(1))) {
                    createdTables(Files.readString(migration)).forEach(table -> owners.put(table, name.group(1)));
                }
            }
        }
        for (String module : modules) {
            try (Stream<Path> sources = Files.walk(MAIN.resolve(module))) {
                for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                    createdTables(Files.readString(source)).forEach(table -> owners.put(table, module));
                }
            }
        }
        return owners;
    }

    private static List<String> createdTables(String sql) {
        return CREATE_TABLE.matcher(sql).results().map(m -> m.group(1).toLowerCase()).toList();
    }

    /** Every table a test source writes that another module owns, as "table (owner)". */
    static List<String> foreignWrites(String module, String source, Map<String, String> owners) {
        return WRITE.matcher(source).results()
                .flatMap(m -> Stream.of(m.group(1).split("\\s*,\\s*")))
                .map(String::toLowerCase)
                .filter(table -> owners.containsKey(table) && !owners.get(table).equals(module))
                .filter(table -> !SHARED_TABLES.containsKey(table))
                .map(table -> table + " (" + owners.get(table) + ")")
                .distinct().toList();
    }

    @Test
    void noTestWritesAnotherModulesTables() throws IOException {
        Set<String> modules = modules();
        Map<String, String> owners = tableOwners(modules);
        List<String> violations = new ArrayList<>();
        for (Path source : testSources()) {
            foreignWrites(moduleOf(source, modules), Files.readString(source), owners)
                    .forEach(table -> violations.add(TESTS.relativize(source) + " writes " + table));
        }

        assertThat(owners).containsEntry("register.person", "register").containsEntry("audit.ledger", "audit")
                .containsEntry("national_sim.change", "nationalsim").containsKey("event_publication");
        assertThat(violations).isEmpty();
    }

    /** Over made-up modules, so that the real scan does not find this test's own SQL. */
    @Test
    void theWriteScanSeesEachKindOfWriteToAnotherModulesTableButNotReadsNorItsOwn() {
        Map<String, String> owners = Map.of("census.person", "census", "census.life_event", "census",
                "ledger.entry", "ledger", "event_publication", "census");
        assertThat(foreignWrites("steering", "jdbc.sql(\"UPDATE census.person SET alive = false\")", owners))
                .containsExactly("census.person (census)");
        assertThat(foreignWrites("web", "insert into census.person (pin) VALUES (:pin)", owners)).hasSize(1);
        assertThat(foreignWrites("cli", "DELETE\n   FROM census.life_event WHERE true", owners))
                .containsExactly("census.life_event (census)");
        assertThat(foreignWrites("", "TRUNCATE TABLE ledger.entry, census.person", owners))
                .containsExactly("ledger.entry (ledger)", "census.person (census)");
        assertThat(foreignWrites("cli", "COPY census.person FROM STDIN", owners)).hasSize(1);
        assertThat(foreignWrites("census", "UPDATE census.person SET alive = false", owners)).isEmpty();
        assertThat(foreignWrites("ledger", "SELECT * FROM census.person; UPDATE ledger.entry SET x = 1", owners))
                .isEmpty();
        assertThat(foreignWrites("cleansing", "DELETE FROM event_publication WHERE completion_date IS NOT NULL",
                owners)).isEmpty();
    }

    @Test
    void noTestReachesIntoAnotherModulesInternals() throws IOException {
        Set<String> modules = modules();
        List<String> violations = new ArrayList<>();
        for (Path source : testSources()) {
            String owner = moduleOf(source, modules);
            foreignInternals(owner, Files.readString(source))
                    .forEach(internal -> violations.add(TESTS.relativize(source) + " uses " + internal));
        }

        assertThat(modules).contains("register", "steering", "security", "locality");
        assertThat(violations).isEmpty();
    }

    @Test
    void theScanSeesAnImportAFullyQualifiedNameAndAStringButNotTheModulesOwn() {
        String internal = ".internal";
        assertThat(foreignInternals("steering", "import org.dancu.register" + internal + ".Loader;"))
                .containsExactly("org.dancu.register" + internal);
        assertThat(foreignInternals("web", "Class.forName(\"org.dancu.audit" + internal + ".X\")"))
                .containsExactly("org.dancu.audit" + internal);
        assertThat(foreignInternals("", "new org.dancu.security" + internal + ".Y()")).hasSize(1);
        assertThat(foreignInternals("register", "import org.dancu.register" + internal + ".Loader;")).isEmpty();
        assertThat(foreignInternals("steering", "import org.dancu.register.RegisterTestData;")).isEmpty();
    }
}
