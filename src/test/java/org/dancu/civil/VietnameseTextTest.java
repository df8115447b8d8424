package org.dancu.civil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.text.Normalizer;
import java.util.Locale;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseTextTest {

    private static String nfd(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD);
    }

    @Nested
    class Normalize {

        @Test
        void repairsDecomposedInput() {
            String decomposed = nfd("Nguyễn Thị Thủy");
            assertThat(decomposed).hasSizeGreaterThan("Nguyễn Thị Thủy".length());

            assertThat(VietnameseText.normalize(decomposed)).isEqualTo("Nguyễn Thị Thủy");
        }

        @Test
        void repairsDecomposedInputWithTheMarkOnTheOtherVowel() {
            assertThat(VietnameseText.normalize(nfd("Hoà"))).isEqualTo("Hòa");
        }

        @Test
        void trimsAndCollapsesEveryKindOfWhitespace() {
            assertThat(VietnameseText.normalize("  Lò \t Văn\u00A0\u00A0Hùng\n ")).isEqualTo("Lò Văn Hùng");
        }

        @Test
        void blankBecomesEmpty() {
            assertThat(VietnameseText.normalize(" \t\u00A0")).isEmpty();
            assertThat(VietnameseText.normalize("")).isEmpty();
        }

        @Test
        void rejectsNull() {
            assertThatNullPointerException().isThrownBy(() -> VietnameseText.normalize(null));
        }

        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource({
                // open syllables ending in oa / oe / uy take the mark on the first vowel (classic style)
                "Hoà, Hòa", "Hòa, Hòa", "hoá, hóa", "Thanh Hoá, Thanh Hóa", "hoả, hỏa", "toạ, tọa",
                "Khoẻ, Khỏe", "khoè, khòe", "Thuỷ, Thủy", "Thủy, Thủy", "tuý, túy", "Huỵ, Hụy", "luỹ, lũy",
                // the u of qu belongs to the consonant
                "quý, quý", "qúy, quý", "Quỳnh, Quỳnh", "quả, quả", "qủa, quả", "quốc, quốc",
                // the i of gi before another vowel belongs to the consonant
                "già, già", "gìa, già", "giữ, giữ", "gìn, gìn", "giếng, giếng",
                // a final consonant makes the syllable unambiguous: the last vowel
                "hoàng, hoàng", "hòang, hoàng", "toán, toán", "tóan, toán", "huỳnh, huỳnh", "hùynh, huỳnh",
                // a vowel with a shape mark always carries the tone
                "thuyết, thuyết", "thúyêt, thuyết", "người, người", "ngừơi, người", "rượu, rượu",
                "mười, mười", "cửa, cửa", "muốn, muốn", "múôn, muốn", "khuấy, khuấy", "thuở, thuở",
                // three open vowels: the middle one
                "ngoài, ngoài", "ngòai, ngoài", "xoáy, xoáy", "khuỷu, khuỷu", "khủyu, khuỷu",
                // two open vowels that are not oa/oe/uy: the first one, as everywhere
                "tài, tài", "màu, màu", "của, của", "mía, mía", "chịu, chịu", "túi, túi",
        })
        void placesTheToneMarkCanonically(String input, String expected) {
            assertThat(VietnameseText.normalize(input)).isEqualTo(expected);
        }

        @Test
        void keepsTheCaseOfEveryLetterWhileMovingTheMark() {
            assertThat(VietnameseText.normalize("HOÀ")).isEqualTo("HÒA");
            assertThat(VietnameseText.normalize("THUỶ")).isEqualTo("THỦY");
            assertThat(VietnameseText.normalize("hOà")).isEqualTo("hÒa");
            assertThat(VietnameseText.normalize("QÚY")).isEqualTo("QUÝ");
        }

        @Test
        void worksSyllableBySyllable() {
            assertThat(VietnameseText.normalize("Nguyễn Thị Thuỷ Hoà, Khánh Hoà (Thuỵ Khuê)"))
                    .isEqualTo("Nguyễn Thị Thủy Hòa, Khánh Hòa (Thụy Khuê)");
            assertThat(VietnameseText.normalize("Hoà-Bình")).isEqualTo("Hòa-Bình");
        }

        @Test
        void unifiesApostrophesAndTheLookAlikeEth() {
            assertThat(VietnameseText.normalize("Cư M’gar")).isEqualTo("Cư M'gar");
            assertThat(VietnameseText.normalize("H‘Mông")).isEqualTo("H'Mông");
            assertThat(VietnameseText.normalize("\u00D0iện Biên")).isEqualTo("Điện Biên");
        }

        @Test
        void leavesWordsThatAreNotOneVietnameseSyllableAlone() {
            assertThat(VietnameseText.normalize("José")).isEqualTo("José");
            assertThat(VietnameseText.normalize("Hoàngg")).isEqualTo("Hoàngg");
            assertThat(VietnameseText.normalize("Đắk Lắk")).isEqualTo("Đắk Lắk");
            assertThat(VietnameseText.normalize("H'Mông Ea H'Leo")).isEqualTo("H'Mông Ea H'Leo");
            assertThat(VietnameseText.normalize("Phường 12, TP. HCM")).isEqualTo("Phường 12, TP. HCM");
        }

        @Test
        void leavesTextWithoutMarksUntouched() {
            String ascii = "Dien Bien Phu 03127";
            assertThat(VietnameseText.normalize(ascii)).isEqualTo(ascii);
        }

        @Test
        void isIdempotent() {
            String once = VietnameseText.normalize(nfd("  Thuỷ   HOÀ  quý gìa Khoẻ "));
            assertThat(VietnameseText.normalize(once)).isEqualTo(once).isEqualTo("Thủy HÒA quý già Khỏe");
        }

        @Test
        void outputIsNfc() {
            String result = VietnameseText.normalize(nfd("Ngọc Hoà Thuỷ Điện Biên"));
            assertThat(Normalizer.isNormalized(result, Normalizer.Form.NFC)).isTrue();
        }
    }

    @Nested
    class Fold {

        @Test
        void equalsAcrossTonePlacementCaseAndEncoding() {
            String[] spellings = {"Hòa Bình", "Hoà Bình", "HOÀ BÌNH", nfd("hoà  bình"), " hòa bình "};
            for (String spelling : spellings) {
                assertThat(VietnameseText.fold(spelling)).as(spelling).isEqualTo("hòa bình");
            }
        }

        @Test
        void keepsDiacriticsApart() {
            assertThat(VietnameseText.fold("Hòa")).isNotEqualTo(VietnameseText.fold("Hóa"));
            assertThat(VietnameseText.fold("Đông")).isEqualTo("đông").isNotEqualTo(VietnameseText.fold("Dông"));
        }

        @Test
        void doesNotDependOnTheDefaultLocale() {
            Locale previous = Locale.getDefault();
            try {
                Locale.setDefault(Locale.forLanguageTag("tr"));
                assertThat(VietnameseText.fold("KIM ĐIỀN")).isEqualTo("kim điền");
            } finally {
                Locale.setDefault(previous);
            }
        }
    }

    @Nested
    class AsciiKey {

        @Test
        void stripsEveryDiacriticAndMapsDStrokeToD() {
            assertThat(VietnameseText.asciiKey("Điện Biên Phủ")).isEqualTo("dien bien phu");
            assertThat(VietnameseText.asciiKey("Đặng Thị Ửng")).isEqualTo("dang thi ung");
            assertThat(VietnameseText.asciiKey("\u00D0ỗ")).isEqualTo("do");
        }

        @Test
        void coversAllVowelsWithAllTones() {
            String all = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ";
            assertThat(VietnameseText.asciiKey(all)).isEqualTo(
                    "aaaaaaaaaaaaaaaaaaeeeeeeeeeeeeiiiiiioooooooooooooooooouuuuuuuuuuuuyyyyyyd");
            assertThat(VietnameseText.asciiKey(all.toUpperCase(Locale.ROOT)))
                    .isEqualTo(VietnameseText.asciiKey(all));
        }

        @Test
        void equalsAcrossAnySpelling() {
            assertThat(VietnameseText.asciiKey("Mường Thanh")).isEqualTo(VietnameseText.asciiKey("muong thanh"))
                    .isEqualTo(VietnameseText.asciiKey(nfd("MƯỜNG  THANH")));
        }

        @Test
        void dropsMarksOfOtherLatinLetters() {
            assertThat(VietnameseText.asciiKey("Françoise Müller")).isEqualTo("francoise muller");
        }

        @Test
        void keepsDigitsAndPunctuation() {
            assertThat(VietnameseText.asciiKey("Phường 1, H’Mông")).isEqualTo("phuong 1, h'mong");
        }
    }
}
