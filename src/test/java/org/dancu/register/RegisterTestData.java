package org.dancu.register;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.dancu.locality.Localities;
import org.dancu.synth.ProvinceLayout;
import org.dancu.synth.SyntheticPopulation;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

/**
 * A small synthetic Điện Biên loaded once into the JVM's shared test database; tests read it and
 * never change it (a test that records events registers newborns of its own). Any test that writes
 * into the register loads it first, since the loader fills only an empty register.
 */
public final class RegisterTestData {

    public static final int PEOPLE = 3_000;
    private static Path directory;

    private RegisterTestData() {
    }

    public static synchronized Path ensureLoaded(ApplicationContext context) throws IOException {
        if (directory == null) {
            Path generated = Files.createTempDirectory("dancu-register-test");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> FileSystemUtils.deleteRecursively(generated.toFile())));
            SyntheticPopulation.generate(ProvinceLayout.of(context.getBean(Localities.class), "11"), PEOPLE, 1,
                    generated, written -> { });
            context.getBean(RegisterLoader.class).load(generated);
            directory = generated;
        }
        return directory;
    }

    /** A person living (by the recorded commune code) inside, or outside, the scope of a unit. */
    public static Map<String, Object> personInScope(JdbcClient jdbc, String scope, boolean inside) {
        return jdbc.sql("""
                        SELECT person_id, pin, full_name, birth_year FROM register.person p
                        WHERE p.commune_code""" + (inside ? "" : " NOT") + """
                         IN (SELECT commune_code FROM locality.scope_commune WHERE scope_code = :scope)
                        ORDER BY person_id LIMIT 1""")
                .param("scope", scope)
                .query()
                .singleRow();
    }
}
