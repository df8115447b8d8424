package org.dancu.register.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.dancu.register.BulkImport;
import org.dancu.register.PersonsImported;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * An applied import is published once, as {@link PersonsImported}, naming how many persons it added and the current
 * communes they live in (old codes in the file resolved to today's communes), so that the figures of exactly those
 * communes can follow.
 */
@SpringBootTest
@EnableScenarios
class PersonsImportedScenarioTests {

    @Autowired ApplicationContext context;
    @Autowired BulkImport bulkImport;
    @Autowired JdbcClient jdbc;
    @TempDir Path directory;
    private ImportFixtures fixtures;

    @BeforeEach
    void load() throws Exception {
        RegisterTestData.ensureLoaded(context);
        fixtures = new ImportFixtures(jdbc);
    }

    @AfterEach
    void cleanUp() {
        fixtures.removeImported();
    }

    @Test
    void anAppliedImportNamesTheCurrentCommunesOfThePersonsItAdded(Scenario scenario) throws Exception {
        List<String> pins = List.of(fixtures.pin(1984, 'M'), fixtures.pin(1990, 'F'));
        String elsewhere = fixtures.communeOutsideMuongThanh();
        Path file = directory.resolve("dan-cu.csv");
        Files.writeString(file, "Số định danh,Họ và tên,Ngày sinh,Giới tính,Mã xã\n"
                + pins.get(0) + ",Lò Văn Pánh,12/03/1984,Nam," + ImportFixtures.MUONG_THANH + "\n"
                + pins.get(1) + ",Quàng Thị Ún,05/06/1990,Nữ," + elsewhere + "\n", StandardCharsets.UTF_8);

        scenario.stimulate(() -> bulkImport.run(file, Map.of(), false))
                .andWaitForEventOfType(PersonsImported.class)
                .matching(event -> event.added() == pins.size())
                .toArriveAndVerify(event -> {
                    var stored = new HashSet<>(jdbc.sql("SELECT DISTINCT current_commune_code FROM register.person"
                            + " WHERE pin IN (:pins)").param("pins", pins).query(String.class).list());
                    assertThat(stored).hasSize(2).doesNotContainNull();
                    assertThat(event.communes()).isEqualTo(stored);
                });
    }
}
