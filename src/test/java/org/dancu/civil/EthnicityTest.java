package org.dancu.civil;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.dancu.civil.Ethnicity.Invalid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EthnicityTest {

    private static String codeOf(String text) {
        return Ethnicity.parse(text).value().code();
    }

    @Test
    void listsTheFiftyFourGroupsAndTheTwoExtraCodes() {
        assertThat(Ethnicity.all()).hasSize(56);
        assertThat(Ethnicity.all().stream().filter(Ethnicity::isEthnicGroup)).hasSize(54)
                .extracting(Ethnicity::code).first().isEqualTo("01");
        assertThat(Ethnicity.all()).extracting(Ethnicity::code).endsWith("54", "55", "99");
        assertThat(Ethnicity.byCode("55").orElseThrow().isEthnicGroup()).isFalse();
        assertThat(Ethnicity.unknown().code()).isEqualTo(Ethnicity.UNKNOWN_CODE);
        assertThat(Ethnicity.unknown().isEthnicGroup()).isFalse();
    }

    @Test
    void everyNameFindsItsOwnGroup() {
        for (Ethnicity ethnicity : Ethnicity.all()) {
            assertThat(Ethnicity.parse(ethnicity.name()).value()).isEqualTo(ethnicity);
            assertThat(Ethnicity.parse(ethnicity.officialName()).value()).isEqualTo(ethnicity);
        }
    }

    @Test
    void usesTheNineteenSeventyNineCoding() {
        assertThat(Ethnicity.byCode("04").orElseThrow().name()).isEqualTo("Hoa");
        assertThat(Ethnicity.byCode("05").orElseThrow().name()).isEqualTo("Khmer");
        assertThat(Ethnicity.byCode("06").orElseThrow().name()).isEqualTo("Mường");
        assertThat(Ethnicity.byCode("53").orElseThrow().name()).isEqualTo("Ơ Đu");
        assertThat(Ethnicity.byCode("54").orElseThrow().name()).isEqualTo("Rơ Măm");
    }

    @Test
    void keepsTheOfficialSpellingBesideTheModernOne() {
        Ethnicity mong = Ethnicity.byCode("08").orElseThrow();

        assertThat(mong.officialName()).isEqualTo("HMông");
        assertThat(mong.name()).isEqualTo("Mông");
        assertThat(mong.otherNames()).contains("Mèo", "Mèo Xanh");
        assertThat(Ethnicity.byCode("03").orElseThrow().name()).isEqualTo("Thái");
        assertThat(mong).hasToString("08 Mông");
    }

    @Test
    void splitsOtherNamesOnCommasAndTheStrayFullStop() {
        assertThat(Ethnicity.byCode("13").orElseThrow().otherNames()).startsWith("Giơ-lar", "Tơ-lô", "Giơ-lâng");
        assertThat(Ethnicity.byCode("47").orElseThrow().otherNames()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"08, 08", "8, 08", " 03 , 03", "99, 99"})
    void findsByCode(String code, String expected) {
        assertThat(Ethnicity.byCode(code).orElseThrow().code()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"00", "56", "100", "", "Thái"})
    void unknownCodesFindNothing(String code) {
        assertThat(Ethnicity.byCode(code)).isEmpty();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"Mông, 08", "H'Mông, 08", "H’mông, 08", "HMông, 08", "hmong, 08", "MONG, 08", "Mèo, 08",
            "Thái, 03", "thai, 03", "Dân tộc Thái, 03", "dan toc thai, 03", "Tày Đăm, 03", "Khmer, 05", "Khơ-me, 05",
            "Khơ me, 05", "Ê Đê, 12", "Êđê, 12", "ede, 12", "Ba na, 13", "Bana, 13", "Kinh, 01", "Việt, 01",
            "Gia-rai, 10", "Jarai, UNKNOWN", "Xinh-mun, 34", "Rơ măm, 54", "ro mam, 54", "Không rõ, 99",
            "người nước ngoài, 55", "Khơ-mú, 29", "Khơ Mú, 29", "Hà Nhì, 35", "Thái Lan, UNKNOWN"})
    void findsByAnySpelling(String text, String code) {
        ParseResult<Ethnicity, Invalid> result = Ethnicity.parse(text);

        if (code.equals("UNKNOWN")) {
            assertThat(result.reason()).isEqualTo(Invalid.UNKNOWN_NAME);
        } else {
            assertThat(result.value().code()).isEqualTo(code);
        }
    }

    @Test
    void readsDecomposedInput() {
        assertThat(codeOf(Normalizer.normalize("Mường", Normalizer.Form.NFD))).isEqualTo("06");
    }

    @Test
    void aGroupsOwnNameWinsOverAnotherGroupsOtherName() {
        assertThat(codeOf("Thổ")).isEqualTo("24");
        assertThat(codeOf("Hoa")).isEqualTo("04");
        assertThat(codeOf("Lào")).isEqualTo("37");
    }

    @Test
    void anOtherNameSharedByGroupsIsAmbiguous() {
        ParseResult<Ethnicity, Invalid> result = Ethnicity.parse("Xá Lá Vàng");

        assertThat(result.reason()).isEqualTo(Invalid.AMBIGUOUS);
        assertThat(result.alternatives()).extracting(Ethnicity::code).containsExactly("24", "44", "45");
        assertThat(Ethnicity.parse("Mán").alternatives()).extracting(Ethnicity::code).containsExactly("09", "18");
    }

    @Test
    void refusals() {
        assertThat(Ethnicity.parse("  ").reason()).isEqualTo(Invalid.EMPTY);
        assertThat(Ethnicity.parse("08").reason()).isEqualTo(Invalid.NUMERIC_CODE);
        assertThat(Ethnicity.parse("Klingon").reason()).isEqualTo(Invalid.UNKNOWN_NAME);
        assertThat(Ethnicity.parse("dân tộc").reason()).isEqualTo(Invalid.UNKNOWN_NAME);
    }
}
