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

    /**
     * A land dataset of the agency with one record linked to the person, as a linking run leaves it:
     * the person becomes reachable by the agency's officers. Delete it with {@link #removeDataset}.
     */
    public static long linkToAgency(JdbcClient jdbc, String agency, long personId) {
        long dataset = jdbc.sql("""
                        INSERT INTO cleansing.dataset (sector, agency_code, title, period, file_name, header, status,
                                                       rows_total, created_by)
                        VALUES ('LAND', :agency, 'agency scope test', '2026', 'scope.csv', '{}', 'LOADED', 1, 'test')
                        RETURNING dataset_id""").param("agency", agency).query(Long.class).single();
        jdbc.sql("""
                        INSERT INTO cleansing.record (dataset_id, line, full_name, person_id, link_source)
                        SELECT :dataset, 2, full_name, person_id, 'AUTOMATIC' FROM register.person
                        WHERE person_id = :person""")
                .param("dataset", dataset).param("person", personId).update();
        return dataset;
    }

    public static void removeDataset(JdbcClient jdbc, long dataset) {
        jdbc.sql("DELETE FROM cleansing.dataset WHERE dataset_id = :id").param("id", dataset).update();
    }
}
