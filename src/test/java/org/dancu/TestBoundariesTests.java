package org.dancu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Tests respect the module boundaries the code does: a test reaches another module only through its
 * API and the test support in its root test package ({@code RegisterTestData}, {@code StaffFixtures},
 * {@code SteeringFixtures} …), never through its {@code internal} packages. A plain scan of the test
 * sources, so that a class name in a string counts as well.
 */
class TestBoundariesTests {

    private static final Path MAIN = Path.of("src/main/java/org/dancu");
    private static final Path TESTS = Path.of("src/test/java/org/dancu");
    private static final Pattern INTERNAL = Pattern.compile("org\\.dancu\\.([a-z]+)\\.internal\\b");

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
