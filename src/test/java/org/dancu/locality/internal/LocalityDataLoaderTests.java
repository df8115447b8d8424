package org.dancu.locality.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

@SpringBootTest
@AutoConfigureMockMvc
class LocalityDataLoaderTests {

    @Autowired
    LocalityDataLoader loader;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    ResourceLoader resources;

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    @Test
    void loadsTheLastThreeLevelSetValidUntilTheReform() {
        Map<String, Long> levels = levels("valid_from IS NULL AND valid_until = DATE '2025-06-30'");
        assertThat(levels).containsExactlyInAnyOrderEntriesOf(Map.of("PROVINCE", 63L, "DISTRICT", 696L, "COMMUNE", 10_035L));
    }

    @Test
    void loadsTheTwoLevelSetValidFromTheReform() {
        Map<String, Long> levels = levels("valid_from = DATE '2025-07-01' AND valid_until IS NULL");
        assertThat(levels).containsExactlyInAnyOrderEntriesOf(Map.of("PROVINCE", 34L, "COMMUNE", 3_321L));
        assertThat(count("SELECT count(*) FROM locality.unit")).isEqualTo(63 + 696 + 10_035 + 34 + 3_321);
    }

    private Map<String, Long> levels(String validity) {
        return jdbc.sql("SELECT level, count(*) FROM locality.unit WHERE " + validity + " GROUP BY level")
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Test
    void dienBienHasTenDistrictsAnd129CommunesBeforeAnd45After() {
        assertThat(count("SELECT count(*) FROM locality.unit WHERE level = 'DISTRICT' AND parent_code = '11'"))
                .isEqualTo(10);
        assertThat(count(OLD_DIEN_BIEN_COMMUNES.replace("c.code", "count(*)"))).isEqualTo(129);
        assertThat(count("SELECT count(*) FROM locality.unit WHERE level = 'COMMUNE' AND parent_code = '11' "
                + "AND valid_until IS NULL")).isEqualTo(45);
    }

    private static final String OLD_DIEN_BIEN_COMMUNES = """
            SELECT c.code FROM locality.unit c
            JOIN locality.unit d ON d.code = c.parent_code AND d.valid_until = c.valid_until
            WHERE c.level = 'COMMUNE' AND c.valid_until IS NOT NULL AND d.parent_code = '11'""";

    @Test
    void everyOldDienBienCommuneGoesWhollyToExactlyOneOfThe45() {
        List<Map.Entry<String, String>> links = jdbc.sql("""
                        SELECT s.old_code, s.new_code FROM locality.commune_succession s
                        JOIN locality.unit n ON n.code = s.new_code AND n.valid_until IS NULL
                        WHERE n.parent_code = '11' AND NOT s.partial AND s.old_code IN (%s)""".formatted(OLD_DIEN_BIEN_COMMUNES))
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2))).list();
        assertThat(links).hasSize(129);
        assertThat(links.stream().map(Map.Entry::getKey).distinct()).hasSize(129);
        assertThat(links.stream().map(Map.Entry::getValue).distinct()).hasSize(45);
        assertThat(links).contains(Map.entry("03124", "03334"), Map.entry("03127", "03127"), Map.entry("03136", "03127"));
    }

    @Test
    void mapsOldProvincesToNewOnes() {
        assertThat(count("SELECT count(*) FROM locality.province_succession")).isEqualTo(63);
        assertThat(jdbc.sql("SELECT new_code FROM locality.province_succession WHERE old_code = ?").param("11")
                .query(String.class).single()).isEqualTo("11");
        assertThat(jdbc.sql("SELECT new_code FROM locality.province_succession WHERE old_code = ?").param("02")
                .query(String.class).single()).isEqualTo("08");
    }

    @Test
    void mapsAlmostEveryOldCommuneNationally() {
        long mapped = count("SELECT count(DISTINCT old_code) FROM locality.commune_succession");
        assertThat(mapped).isGreaterThan(9_950).isLessThanOrEqualTo(10_035);
        assertThat(count("SELECT count(*) FROM locality.commune_succession WHERE partial")).isPositive();
    }

    @Test
    void recordsTheLoadedVersionAndDoesNotLoadTwice() {
        String bundled = ReferenceData.load(resources, LocalityDataLoader.BUNDLED_DATA).version();
        assertThat(jdbc.sql("SELECT version FROM locality.dataset").query(String.class).list()).containsExactly(bundled);

        assertThat(loader.loadIfChanged()).isFalse();
    }

    @Test
    void reloadsWhenTheStoredVersionDiffers() {
        jdbc.sql("UPDATE locality.dataset SET version = 'an older release'").update();

        assertThat(loader.loadIfChanged()).isTrue();

        String bundled = ReferenceData.load(resources, LocalityDataLoader.BUNDLED_DATA).version();
        assertThat(jdbc.sql("SELECT version FROM locality.dataset").query(String.class).list()).containsExactly(bundled);
        assertThat(count("SELECT count(*) FROM locality.unit")).isEqualTo(14_149);
        assertThat(count("SELECT count(*) FROM locality.scope_commune WHERE scope_code = '03334'")).isEqualTo(3);
    }

    @Test
    void aFailedLoadChangesNothing(@TempDir Path directory) throws IOException {
        copyBundledFiles(directory);
        Path twoLevel = directory.resolve(ReferenceData.TWO_LEVEL_UNITS);
        // a duplicate unit passes the file checks and fails in the database, after the old rows were deleted
        Files.writeString(twoLevel, "11,Điện Biên,Dien Bien,Tỉnh,province,,Tỉnh Điện Biên,Province\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        String versionBefore = jdbc.sql("SELECT version FROM locality.dataset").query(String.class).single();
        long scopesBefore = count("SELECT count(*) FROM locality.scope_commune");
        LocalityDataLoader broken = new LocalityDataLoader(dataSource, transactions, resources,
                directory.toUri().toString());

        assertThatThrownBy(broken::loadIfChanged).isInstanceOf(RuntimeException.class);

        assertThat(jdbc.sql("SELECT version FROM locality.dataset").query(String.class).single()).isEqualTo(versionBefore);
        assertThat(count("SELECT count(*) FROM locality.unit")).isEqualTo(14_149);
        assertThat(count("SELECT count(*) FROM locality.scope_commune")).isEqualTo(scopesBefore);
    }

    @Test
    void aMalformedFileIsRejectedWithItsNameAndLine(@TempDir Path directory) throws IOException {
        copyBundledFiles(directory);
        Path mapping = directory.resolve(ReferenceData.PROVINCE_MAPPING);
        Files.writeString(mapping, Files.readString(mapping).replace("\n11,", "\nEB,"));
        LocalityDataLoader broken = new LocalityDataLoader(dataSource, transactions, resources,
                directory.toUri().toString());

        assertThatThrownBy(broken::loadIfChanged)
                .isInstanceOf(ReferenceData.InvalidReferenceDataException.class)
                .hasMessageContaining(ReferenceData.PROVINCE_MAPPING)
                .hasMessageContaining("'EB'");
        assertThat(count("SELECT count(*) FROM locality.province_succession WHERE old_code = '11'")).isEqualTo(1);
    }

    private static void copyBundledFiles(Path directory) throws IOException {
        List<String> names = new ArrayList<>(List.of(ReferenceData.THREE_LEVEL_UNITS,
                ReferenceData.TWO_LEVEL_UNITS, ReferenceData.PROVINCE_MAPPING, ReferenceData.MERGER_SOURCES));
        names.addAll(ReferenceData.CURATED_COMMUNE_LISTS);
        for (String name : names) {
            try (var in = new ClassPathResource("locality/" + name).getInputStream()) {
                Files.copy(in, directory.resolve(name));
            }
        }
    }
}
