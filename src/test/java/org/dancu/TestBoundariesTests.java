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
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.JavaPackage;
import org.springframework.modulith.core.NamedInterface;

/**
 * Tests respect the module boundaries the code does: a test reaches another module only through its
 * API as Spring Modulith sees it (the module's base package and its named interfaces) and the test
 * support in its root test package ({@code RegisterTestData}, {@code StaffFixtures},
 * {@code SteeringFixtures} …), never through its {@code internal} or feature packages, and it writes no
 * table of another module: the test support of the module that owns the table does that for it. A plain
 * scan of the test sources, so that a class name or SQL in a string counts as well.
 */
class TestBoundariesTests {

    private static final String ROOT = "org.dancu";
    private static final Path TESTS = Path.of("src/test/java/org/dancu");
    /** A name below a module: the module, the sub-packages if any, the type if any. */
    private static final Pattern REFERENCE =
            Pattern.compile("\\borg\\.dancu\\.([a-z][a-z0-9]*)((?:\\.[a-z][a-z0-9]*)*)(?:\\.([A-Z]\\w*))?");
    private static final ApplicationModules MODULES = ApplicationModules.of(DancuApplication.class);
    private static final Path MAIN = Path.of("src/main/java/org/dancu");
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

    /** What other modules may name of a module: its base package and the types of its named interfaces. */
    record ModuleApi(String basePackage, Set<String> types) {

        static ModuleApi of(ApplicationModule module) {
            return new ModuleApi(module.getBasePackage().getName(), module.getNamedInterfaces().stream()
                    .flatMap(NamedInterface::asJavaClasses).map(JavaClass::getName).collect(Collectors.toSet()));
        }

        /** Whether the package, or the type in it when one is named, belongs to the API. */
        boolean publishes(String packageName, String type) {
            if (packageName.equals(basePackage)) {
                return true;
            }
            return type == null
                    ? types.stream().anyMatch(published -> published.startsWith(packageName + ".")
                            && published.lastIndexOf('.') == packageName.length())
                    : types.contains(packageName + "." + type);
        }
    }

    /** Every module's API, by the module's name (its package below org.dancu). */
    private static Map<String, ModuleApi> apis() {
        return MODULES.stream().collect(Collectors.toMap(
                module -> module.getBasePackage().getName().substring(ROOT.length() + 1), ModuleApi::of));
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

    /** Every name in a test source of another module's package or type that is not in that module's API. */
    static List<String> foreignInternals(String owner, String source, Map<String, ModuleApi> apis) {
        return REFERENCE.matcher(source).results()
                .filter(m -> !m.group(1).equals(owner) && apis.containsKey(m.group(1)))
                .filter(m -> !apis.get(m.group(1)).publishes(ROOT + "." + m.group(1) + m.group(2), m.group(3)))
                .map(MatchResult::group).distinct().toList();
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
        Set<String> modules = apis().keySet();
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
        Map<String, ModuleApi> apis = apis();
        List<String> violations = new ArrayList<>();
        for (Path source : testSources()) {
            String owner = moduleOf(source, apis.keySet());
            foreignInternals(owner, Files.readString(source), apis)
                    .forEach(internal -> violations.add(TESTS.relativize(source) + " uses " + internal));
        }

        assertThat(apis).containsKeys("register", "steering", "security", "locality", "exchange");
        assertThat(violations).isEmpty();
    }

    @Test
    void aModulesFeaturePackagesAreNotItsApi() {
        Map<String, ModuleApi> apis = apis();
        Function<String, Stream<String>> subPackages = name -> MODULES.getModuleByName(name).orElseThrow()
                .getBasePackage().getDirectSubPackages().stream().map(JavaPackage::getName);

        assertThat(subPackages.apply("register")).contains(ROOT + ".register" + ".importing", ROOT + ".register"
                + ".lifeevents", ROOT + ".register" + ".search").allSatisfy(feature ->
                assertThat(apis.get("register").publishes(feature, null)).as(feature).isFalse());
        assertThat(subPackages.apply("exchange")).contains(ROOT + ".exchange" + ".partners").allSatisfy(feature ->
                assertThat(apis.get("exchange").publishes(feature, null)).as(feature).isFalse());
        assertThat(apis.get("register").publishes(ROOT + ".register", "PersonSearch")).isTrue();
    }

    @Test
    void theScanSeesAnImportAFullyQualifiedNameAndAStringButNotTheModulesOwnOrItsApi() {
        String register = ROOT + ".register";
        Map<String, ModuleApi> apis = Map.of(
                "register", new ModuleApi(register, Set.of(register + ".PersonSearch", register + ".spi.Hook")),
                "audit", new ModuleApi(ROOT + ".audit", Set.of()),
                "security", new ModuleApi(ROOT + ".security", Set.of()));
        String importJob = register + ".importing" + ".ImportJob";

        assertThat(foreignInternals("steering", "import " + importJob + ";", apis)).containsExactly(importJob);
        assertThat(foreignInternals("web", "Class.forName(\"" + ROOT + ".audit" + ".internal.X\")", apis))
                .containsExactly(ROOT + ".audit" + ".internal.X");
        assertThat(foreignInternals("", "new " + ROOT + ".security" + ".internal.Y()", apis)).hasSize(1);
        assertThat(foreignInternals("steering", "see " + register + ".lifeevents" + " for it", apis))
                .containsExactly(register + ".lifeevents");
        assertThat(foreignInternals("steering", "import " + register + ".spi" + ".Other;", apis)).hasSize(1);
        assertThat(foreignInternals("register", "import " + importJob + ";", apis)).isEmpty();
        assertThat(foreignInternals("steering", "import " + register + ".RegisterTestData;", apis)).isEmpty();
        assertThat(foreignInternals("steering", "import " + register + ".spi" + ".Hook;", apis)).isEmpty();
        assertThat(foreignInternals("steering", "import " + register + ".spi" + ".*;", apis)).isEmpty();
        assertThat(foreignInternals("steering", "import " + ROOT + ".unknown.internal.Z;", apis)).isEmpty();
    }
}
