package org.dancu.locality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;

import org.dancu.civil.VietnameseText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class LocalitiesTests {

    static final LocalDate IN_2024 = LocalDate.of(2024, 6, 1);
    static final LocalDate IN_2026 = LocalDate.of(2026, 1, 15);

    @Autowired
    Localities localities;

    private static List<String> codes(List<AdministrativeUnit> units) {
        return units.stream().map(AdministrativeUnit::code).toList();
    }

    @Test
    void resolvesAnOldCommuneToItsCurrentSuccessor() {
        Resolution resolution = localities.resolve("03124").orElseThrow();

        assertThat(resolution.unit().fullName()).isEqualTo("Phường Noong Bua");
        assertThat(resolution.unit().isCurrent()).isFalse();
        assertThat(resolution.unit().validUntil()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(resolution.currentSuccessors()).singleElement().satisfies(successor -> {
            assertThat(successor.code()).isEqualTo("03334");
            assertThat(successor.fullName()).isEqualTo("Phường Mường Thanh");
            assertThat(successor.isCurrent()).isTrue();
        });
        assertThat(resolution.partial()).isFalse();
        assertThat(resolution.sameCodeElsewhereInTime()).isEmpty();
    }

    @Test
    void aReusedCodeAlsoNamesTheOldCommuneThatHadItWhichIsAPredecessorOfTheCurrentOne() {
        Resolution old = localities.formerCommune("03127").orElseThrow();

        assertThat(old.unit().fullName()).isEqualTo("Phường Him Lam");
        assertThat(old.unit().parentCode()).isEqualTo("094");
        assertThat(old.unit().isCurrent()).isFalse();
        assertThat(codes(old.currentSuccessors())).containsExactly("03127");
        assertThat(codes(localities.predecessors("03127"))).contains("03127");
        assertThat(localities.formerCommune("03124").orElseThrow().unit().fullName()).isEqualTo("Phường Noong Bua");
        assertThat(localities.formerCommune("094")).as("an old district is no commune").isEmpty();
        assertThat(localities.formerCommune("99999")).isEmpty();
    }

    @Test
    void aReusedCodeResolvesToTheCurrentUnitAndNotesTheEarlierOne() {
        Resolution resolution = localities.resolve("03127").orElseThrow();

        assertThat(resolution.unit().fullName()).isEqualTo("Phường Điện Biên Phủ");
        assertThat(resolution.unit().validFrom()).isEqualTo(Localities.REFORM_2025);
        assertThat(resolution.currentSuccessors()).containsExactly(resolution.unit());
        assertThat(resolution.sameCodeElsewhereInTime()).singleElement()
                .satisfies(earlier -> {
                    assertThat(earlier.fullName()).isEqualTo("Phường Him Lam");
                    assertThat(earlier.parentCode()).isEqualTo("094");
                });
    }

    @Test
    void aReusedCodeOnAnEarlierDateResolvesToTheUnitOfThatDate() {
        Resolution resolution = localities.resolve("03127", IN_2024).orElseThrow();

        assertThat(resolution.unit().fullName()).isEqualTo("Phường Him Lam");
        assertThat(codes(resolution.currentSuccessors())).containsExactly("03127");
        assertThat(resolution.sameCodeElsewhereInTime()).extracting(AdministrativeUnit::fullName)
                .containsExactly("Phường Điện Biên Phủ");
    }

    @Test
    void aCodeOnADateWhenNothingCarriedItResolvesToNothing() {
        assertThat(localities.resolve("094", IN_2026)).isEmpty();
        assertThat(localities.resolve("094", IN_2024)).isPresent();
    }

    @Test
    void anOldDistrictResolvesToTheCurrentCommunesItsCommunesWentTo() {
        Resolution resolution = localities.resolve("094").orElseThrow();

        assertThat(resolution.unit().level()).isEqualTo(UnitLevel.DISTRICT);
        assertThat(resolution.unit().fullName()).isEqualTo("Thành phố Điện Biên Phủ");
        assertThat(codes(resolution.currentSuccessors())).contains("03127", "03334").doesNotHaveDuplicates();
        assertThat(resolution.currentSuccessors()).allMatch(AdministrativeUnit::isCurrent);
    }

    @Test
    void anOldProvinceResolvesToTheProvinceItWasMergedInto() {
        Resolution resolution = localities.resolve("02").orElseThrow();

        assertThat(resolution.unit().fullName()).isEqualTo("Tỉnh Hà Giang");
        assertThat(resolution.currentSuccessors()).extracting(AdministrativeUnit::fullName)
                .containsExactly("Tỉnh Tuyên Quang");
    }

    @Test
    void aSplitCommuneIsPartial() {
        // Phường Cửa Nam (Hoàn Kiếm) went partly to the new Phường Ba Đình and partly to the new Phường Cửa Nam
        Resolution resolution = localities.resolve("00073", IN_2024).orElseThrow();

        assertThat(resolution.unit().fullName()).isEqualTo("Phường Cửa Nam");
        assertThat(codes(resolution.currentSuccessors())).contains("00004", "00082");
        assertThat(resolution.partial()).isTrue();
    }

    @Test
    void unknownAndMalformedCodesResolveToNothing() {
        assertThat(localities.resolve("99999")).isEmpty();
        assertThat(localities.resolve("abc")).isEmpty();
        assertThat(localities.resolve("")).isEmpty();
        assertThat(localities.resolve(null)).isEmpty();
    }

    @Test
    void aProvinceHadDistrictsBeforeTheReformAndCommunesAfter() {
        List<AdministrativeUnit> before = localities.children("11", IN_2024);
        List<AdministrativeUnit> after = localities.children("11", IN_2026);

        assertThat(before).hasSize(10).allMatch(u -> u.level() == UnitLevel.DISTRICT);
        assertThat(codes(before)).startsWith("094", "095").isSorted();
        assertThat(after).hasSize(45).allMatch(u -> u.level() == UnitLevel.COMMUNE && u.isCurrent());
        assertThat(localities.children("11", null)).isEqualTo(after);
    }

    @Test
    void aDistrictHasCommunesUntilTheReformAndNothingAfter() {
        assertThat(localities.children("094", IN_2024)).hasSize(12).extracting(AdministrativeUnit::fullName)
                .contains("Phường Noong Bua", "Phường Him Lam");
        assertThat(localities.children("094", null)).hasSize(12);
        assertThat(localities.children("094", IN_2026)).isEmpty();
    }

    @Test
    void childrenOfAnUnknownCodeIsAnError() {
        assertThatThrownBy(() -> localities.children("99999", IN_2026))
                .isInstanceOfSatisfying(UnknownLocalityException.class, e -> assertThat(e.code()).isEqualTo("99999"));
    }

    @Test
    void searchIgnoresDiacriticsAndCase() {
        List<AdministrativeUnit> found = localities.search("muong thanh", null, 10);

        assertThat(found).extracting(AdministrativeUnit::fullName).contains("Phường Mường Thanh");
        assertThat(found.get(0).code()).isEqualTo("03334");
        assertThat(found).anySatisfy(u -> {
            assertThat(u.code()).isEqualTo("03136");
            assertThat(u.isCurrent()).isFalse();
        });
    }

    @Test
    void searchAsOfADateFindsOnlyUnitsOfThatDate() {
        assertThat(localities.search("DIEN BIEN PHU", IN_2026, 5)).first()
                .satisfies(u -> assertThat(u.fullName()).isEqualTo("Phường Điện Biên Phủ"));
        assertThat(localities.search("dien bien phu", IN_2024, 5)).first()
                .satisfies(u -> assertThat(u.fullName()).isEqualTo("Thành phố Điện Biên Phủ"));
        assertThat(localities.search("Him Lam", IN_2026, 5)).noneMatch(u -> u.code().equals("03127"));
    }

    @Test
    void searchAgreesAcrossTonePlacementAndRanksAccentAwareMatchesFirst() {
        List<AdministrativeUnit> classic = localities.search("Thanh Hóa", IN_2026, 20);
        List<AdministrativeUnit> modern = localities.search("Thanh Hoá", IN_2026, 20);

        assertThat(modern).isEqualTo(classic).isNotEmpty();
        assertThat(classic.get(0).fullName()).isEqualTo("Tỉnh Thanh Hóa");
        List<Boolean> accentAware = classic.stream()
                .map(u -> VietnameseText.fold(u.fullName()).contains("thanh hóa")).toList();
        assertThat(accentAware).contains(true, false);
        assertThat(accentAware.indexOf(false)).isGreaterThan(accentAware.lastIndexOf(true));
    }

    @Test
    void searchFindsByCode() {
        assertThat(localities.search("03124", null, 5)).first()
                .satisfies(u -> assertThat(u.fullName()).isEqualTo("Phường Noong Bua"));
        assertThat(localities.search("0312", null, 50)).isNotEmpty().allMatch(u -> u.code().startsWith("0312"));
    }

    @Test
    void searchRespectsTheLimitAndRejectsANonPositiveOne() {
        assertThat(localities.search("xa", null, 7)).hasSize(7);
        assertThat(localities.search("   ", null, 7)).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> localities.search("xa", null, 0));
    }

    @Test
    void theDeploymentProvinceIsDienBien() {
        AdministrativeUnit province = localities.deploymentProvince();

        assertThat(province.code()).isEqualTo("11");
        assertThat(province.fullName()).isEqualTo("Tỉnh Điện Biên");
        assertThat(province.isCurrent()).isTrue();
    }

    @Test
    void withinDeploymentCoversOldAndNewUnits() {
        assertThat(localities.withinDeployment("11")).isTrue();
        assertThat(localities.withinDeployment("094")).isTrue();
        assertThat(localities.withinDeployment("03124")).isTrue();
        assertThat(localities.withinDeployment("03334")).isTrue();
        assertThat(localities.withinDeployment("12")).isFalse();
        assertThat(localities.withinDeployment("02")).isFalse();
        // 03121 was Xã Nậm Xây in Lào Cai and is now Xã Minh Lương, also outside Điện Biên
        assertThat(localities.withinDeployment("03121")).isFalse();
        assertThatThrownBy(() -> localities.withinDeployment("99999")).isInstanceOf(UnknownLocalityException.class);
    }

    @Test
    void predecessorsOfACurrentCommune() {
        assertThat(localities.predecessors("03334")).extracting(AdministrativeUnit::code, AdministrativeUnit::fullName)
                .containsExactly(
                        tuple("03124", "Phường Noong Bua"),
                        tuple("03139", "Phường Nam Thanh"),
                        tuple("03334", "Xã Thanh Xương"));
        assertThat(localities.predecessors("094")).isEmpty();
        assertThatThrownBy(() -> localities.predecessors("99999")).isInstanceOf(UnknownLocalityException.class);
    }
}
