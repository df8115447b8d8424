package org.dancu.locality.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.dancu.locality.AdministrativeUnit;
import org.dancu.locality.UnitLevel;
import org.dancu.locality.internal.CommuneSuccession.Link;
import org.dancu.locality.internal.CommuneSuccession.Method;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;

/** The national old → new commune mapping derived from the bundled reference data. */
class CommuneSuccessionTest {

    static ReferenceData data;
    static CommuneSuccession succession;
    static Map<String, List<Link>> byOld;

    @BeforeAll
    static void derive() {
        data = ReferenceData.load(new DefaultResourceLoader(), LocalityDataLoader.BUNDLED_DATA);
        succession = CommuneSuccession.derive(data);
        byOld = succession.links().stream().collect(Collectors.groupingBy(Link::oldCode));
    }

    private static List<String> successors(String oldCode) {
        return byOld.getOrDefault(oldCode, List.of()).stream().map(Link::newCode).toList();
    }

    @Test
    void givesNearlyEveryOldCommuneASuccessor() {
        CommuneSuccession.Coverage coverage = succession.coverage();

        assertThat(coverage.oldCommunes()).isEqualTo(10_035);
        assertThat(coverage.withSuccessor()).isBetween(9_950, 10_035);
        assertThat(coverage.linksByMethod().get(Method.TYPE_AND_NAME)).isGreaterThan(10_000);
        assertThat(coverage.unmatchedReferences() + coverage.ambiguousReferences()).isLessThan(100);
    }

    @Test
    void theTextAloneAgreesWithTheHandCheckedDienBienList() {
        Map<String, String> curated = new HashMap<>();
        data.curatedLinks().forEach(link -> curated.put(link.oldCode(), link.newCode()));
        List<Link> fromText = CommuneSuccession.derive(data, List.of()).links().stream()
                .filter(link -> curated.containsKey(link.oldCode()))
                .toList();

        assertThat(fromText).hasSizeGreaterThanOrEqualTo(120)
                .allSatisfy(link -> assertThat(link.newCode()).isEqualTo(curated.get(link.oldCode())));
    }

    @Test
    void theHandCheckedListDecidesForDienBien() {
        assertThat(data.curatedLinks()).hasSize(129);
        for (ReferenceData.CuratedLink link : data.curatedLinks()) {
            assertThat(byOld.get(link.oldCode())).singleElement().satisfies(l -> {
                assertThat(l.newCode()).isEqualTo(link.newCode());
                assertThat(l.method()).isEqualTo(Method.CURATED);
                assertThat(l.partial()).isFalse();
            });
        }
        // Xã Sáng Nhè is spelled Xá Nhè in the merger text: only the curated list links it
        assertThat(successors("03244")).containsExactly("03244");
    }

    @Test
    void aWholeCommuneMergedIntoOneIsNotPartial() {
        // Phường Quán Thánh → Phường Ba Đình (Hà Nội)
        assertThat(byOld.get("00013")).singleElement()
                .satisfies(link -> {
                    assertThat(link.newCode()).isEqualTo("00004");
                    assertThat(link.partial()).isFalse();
                });
    }

    @Test
    void aSplitCommuneIsPartialInEveryDirection() {
        // Phường Cửa Nam (Hoàn Kiếm) went partly to Ba Đình and partly to the new Cửa Nam
        assertThat(byOld.get("00073")).extracting(Link::newCode).contains("00004", "00082");
        assertThat(byOld.get("00073")).allMatch(Link::partial);
    }

    @Test
    void anUnchangedCommuneKeepsItsCode() {
        // Xã Sảng Mộc (Thái Nguyên) is "giữ nguyên"
        assertThat(byOld.get("05719")).singleElement().satisfies(link -> {
            assertThat(link.newCode()).isEqualTo("05719");
            assertThat(link.method()).isEqualTo(Method.UNCHANGED);
        });
    }

    @Test
    void aDistrictNamedAsAWholeBringsAllItsCommunes() {
        // Huyện Kiên Hải became Đặc khu Kiên Hải
        assertThat(succession.links()).filteredOn(link -> link.newCode().equals("31108"))
                .extracting(Link::oldCode)
                .containsExactlyInAnyOrder("31108", "31111", "31114", "31115");
    }

    @Test
    void sameNamedCommunesAreToldApartByTheDistrictInBrackets() {
        // "Phường 1 (thành phố Đông Hà)" is 19333, not one of the other wards called Phường 1
        assertThat(successors("19333")).containsExactly("19333");
    }

    @Test
    void anOldCommuneWhoseCodeWasReusedIsAPredecessorOfTheCommuneReusingIt() {
        Set<String> oldCommunes = new HashSet<>();
        data.threeLevelUnits().stream().filter(u -> u.level() == UnitLevel.COMMUNE)
                .forEach(u -> oldCommunes.add(u.code()));
        List<String> reused = data.twoLevelUnits().stream()
                .filter(u -> u.level() == UnitLevel.COMMUNE && oldCommunes.contains(u.code()))
                .map(AdministrativeUnit::code)
                .toList();

        assertThat(reused).hasSize(3_315).allSatisfy(code -> assertThat(successors(code)).contains(code));
    }

    @Test
    void linksOnlyToCommunesOfTheSuccessorProvince() {
        Map<String, String> newProvince = new HashMap<>();
        data.twoLevelUnits().forEach(u -> newProvince.put(u.code(), u.parentCode()));
        Map<String, String> oldDistrictProvince = new HashMap<>();
        Map<String, String> oldCommuneDistrict = new HashMap<>();
        data.threeLevelUnits().forEach(u -> {
            switch (u.level()) {
                case DISTRICT -> oldDistrictProvince.put(u.code(), u.parentCode());
                case COMMUNE -> oldCommuneDistrict.put(u.code(), u.parentCode());
                default -> { }
            }
        });
        assertThat(succession.links()).allSatisfy(link -> {
            String oldProvince = oldDistrictProvince.get(oldCommuneDistrict.get(link.oldCode()));
            assertThat(newProvince.get(link.newCode())).isEqualTo(data.provinceSuccession().get(oldProvince));
        });
    }
}
