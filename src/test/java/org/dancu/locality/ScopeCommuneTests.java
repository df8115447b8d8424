package org.dancu.locality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The contract with the security module's SQL filters. */
@SpringBootTest
@AutoConfigureMockMvc
class ScopeCommuneTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Localities localities;

    private Set<String> scope(String code) {
        return new HashSet<>(jdbc.sql("SELECT commune_code FROM locality.scope_commune WHERE scope_code = ?")
                .param(code).query(String.class).list());
    }

    private static Set<String> codes(List<AdministrativeUnit> units) {
        Set<String> codes = new HashSet<>();
        units.forEach(u -> codes.add(u.code()));
        return codes;
    }

    @Test
    void theProvinceCoversItsNewCommunesAndAllItsOldOnes() {
        Set<String> current = codes(localities.children("11", LocalitiesTests.IN_2026));
        Set<String> old = oldCommunes("11");
        // every new commune of Điện Biên kept the code of one of the 129 it was formed from
        assertThat(current).hasSize(45);
        assertThat(old).hasSize(129).containsAll(current);

        assertThat(scope("11")).isEqualTo(old).contains("03124", "03127", "03334");
    }

    @Test
    void aCurrentCommuneCoversItselfAndItsPredecessors() {
        assertThat(scope("03334")).containsExactlyInAnyOrder("03334", "03124", "03139");
        assertThat(scope("03127")).containsExactlyInAnyOrder(
                "03127", "03130", "03133", "03136", "03142", "03145");
    }

    @Test
    void anOldDistrictCoversItsOldCommunes() {
        assertThat(scope("094")).isEqualTo(codes(localities.children("094", LocalitiesTests.IN_2024))).hasSize(12);
    }

    @Test
    void anOldCommuneWithoutCurrentNamesakeCoversOnlyItself() {
        assertThat(localities.resolve("03124").orElseThrow().unit().isCurrent()).isFalse();
        assertThat(scope("03124")).containsExactly("03124");
    }

    @Test
    void anOldProvinceCoversItsOldCommunesAndTheProvinceItJoinedCoversThemToo() {
        Set<String> haGiang = oldCommunes("02");
        Set<String> tuyenQuang = oldCommunes("08");
        assertThat(haGiang).isNotEmpty();

        assertThat(scope("02")).isEqualTo(haGiang);
        assertThat(scope("08")).containsAll(haGiang).containsAll(tuyenQuang)
                .containsAll(codes(localities.children("08", LocalitiesTests.IN_2026)));
    }

    @Test
    void aCurrentProvinceCoversNothingOutsideIt() {
        assertThat(scope("11")).doesNotContainAnyElementsOf(oldCommunes("12"));
        assertThat(scope("12")).doesNotContainAnyElementsOf(scope("11"));
    }

    private Set<String> oldCommunes(String oldProvince) {
        Set<String> communes = new HashSet<>();
        for (AdministrativeUnit district : localities.children(oldProvince, LocalitiesTests.IN_2024)) {
            communes.addAll(codes(localities.children(district.code(), LocalitiesTests.IN_2024)));
        }
        return communes;
    }

    @Test
    void theApplicationRoleCanReadIt() {
        assertThat(jdbc.sql("SELECT has_table_privilege(current_user, 'locality.scope_commune', 'SELECT')")
                .query(Boolean.class).single()).isTrue();
    }
}
