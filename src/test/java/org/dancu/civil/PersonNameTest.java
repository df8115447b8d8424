package org.dancu.civil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.text.Normalizer;

import org.dancu.civil.PersonName.Invalid;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonNameTest {

    private static PersonName name(String fullName) {
        return PersonName.parse(fullName).value();
    }

    @Nested
    class Parsing {

        @Test
        void familyFirstGivenLast() {
            PersonName name = name("Lò Văn Hùng");

            assertThat(name.family()).isEqualTo("Lò");
            assertThat(name.middle()).isEqualTo("Văn");
            assertThat(name.middleWords()).containsExactly("Văn");
            assertThat(name.given()).isEqualTo("Hùng");
            assertThat(name.fullName()).isEqualTo("Lò Văn Hùng");
        }

        @Test
        void severalMiddleWords() {
            PersonName name = name("Nguyễn Thị Minh Khai");

            assertThat(name.middleWords()).containsExactly("Thị", "Minh");
            assertThat(name.middle()).isEqualTo("Thị Minh");
        }

        @Test
        void hmongNames() {
            PersonName name = name("Giàng A Dình");

            assertThat(name.family()).isEqualTo("Giàng");
            assertThat(name.middle()).isEqualTo("A");
            assertThat(name.given()).isEqualTo("Dình");
            assertThat(name("sùng thị mai").fullName()).isEqualTo("Sùng Thị Mai");
        }

        @Test
        void twoWordsAreFamilyAndGiven() {
            PersonName name = name("Vàng Dình");

            assertThat(name.family()).isEqualTo("Vàng");
            assertThat(name.middleWords()).isEmpty();
            assertThat(name.middle()).isEmpty();
            assertThat(name.given()).isEqualTo("Dình");
        }

        @Test
        void oneWordIsAGivenNameAlone() {
            PersonName name = name("Dình");

            assertThat(name.family()).isEmpty();
            assertThat(name.given()).isEqualTo("Dình");
            assertThat(name.fullName()).isEqualTo("Dình");
        }

        @Test
        void normalisesEncodingToneMarksSpacesAndCase() {
            String messy = "  " + Normalizer.normalize("NGUYỄN  thị   thuỷ", Normalizer.Form.NFD) + "\t";

            PersonName name = name(messy);

            assertThat(name.fullName()).isEqualTo("Nguyễn Thị Thủy");
            assertThat(name).isEqualTo(name("Nguyễn Thị Thủy"));
        }

        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource({"h'hen niê, H'Hen Niê", "H’HEN NIÊ, H'Hen Niê", "y-bih niê, Y-Bih Niê", "lò văn hùng, Lò Văn Hùng",
                "đinh thị đào, Đinh Thị Đào"})
        void titleCasesEachWordAndEachPartOfAWord(String text, String expected) {
            assertThat(name(text).fullName()).isEqualTo(expected);
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "  ", "\t"})
        void blankIsEmpty(String text) {
            assertThat(PersonName.parse(text).reason()).isEqualTo(Invalid.EMPTY);
        }

        @ParameterizedTest
        @ValueSource(strings = {"Nguyễn Văn 2", "Lò Văn Hùng (con)", "Nguyễn V. Anh", "Lò_Văn", "Trần@Anh"})
        void refusesDigitsAndSymbols(String text) {
            assertThat(PersonName.parse(text).reason()).isEqualTo(Invalid.INVALID_CHARACTERS);
        }
    }

    @Nested
    class FromParts {

        @Test
        void keepsACompoundFamilyName() {
            PersonName name = PersonName.of("tôn thất", "", "thuyết");

            assertThat(name.family()).isEqualTo("Tôn Thất");
            assertThat(name.middleWords()).isEmpty();
            assertThat(name.fullName()).isEqualTo("Tôn Thất Thuyết");
        }

        @Test
        void familyAndMiddleMayBeMissing() {
            PersonName name = PersonName.of(null, null, "Dình");

            assertThat(name.family()).isEmpty();
            assertThat(name.fullName()).isEqualTo("Dình");
            assertThat(PersonName.of("Lò", "Văn", "Hùng")).isEqualTo(name("Lò Văn Hùng"));
        }

        @Test
        void refusesAnEmptyGivenNameAndInvalidCharacters() {
            assertThatIllegalArgumentException().isThrownBy(() -> PersonName.of("Lò", "Văn", " "));
            assertThatIllegalArgumentException().isThrownBy(() -> PersonName.of("Lò", "Văn1", "Hùng"))
                    .withMessage("INVALID_CHARACTERS");
        }
    }

    @Nested
    class Keys {

        @Test
        void foldedAndAsciiForms() {
            PersonName name = name("Điêu Thị Hoà");

            assertThat(name.folded()).isEqualTo("điêu thị hòa");
            assertThat(name.asciiKey()).isEqualTo("dieu thi hoa");
            assertThat(name.givenNameKey()).isEqualTo("hoa");
        }

        @Test
        void theSamePersonTypedDifferentlyHasTheSameKeys() {
            PersonName typed = name("LÒ VĂN HÙNG");
            PersonName plain = name("Lo Van Hung");

            assertThat(typed.folded()).isEqualTo(name("Lò Văn Hùng").folded());
            assertThat(typed.asciiKey()).isEqualTo(plain.asciiKey());
            assertThat(typed.folded()).isNotEqualTo(plain.folded());
        }

        @Test
        void withoutMiddle() {
            assertThat(name("Nguyễn Thị Minh Khai").withoutMiddle()).isEqualTo(name("Nguyễn Khai"));
            PersonName noMiddle = name("Vàng Dình");
            assertThat(noMiddle.withoutMiddle()).isSameAs(noMiddle);
        }

        @Test
        void toStringShowsInitialsOnly() {
            assertThat(name("Lò Văn Hùng")).hasToString("L. V. H.");
        }
    }

    @Nested
    class ReversedOrder {

        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource({
                // the given name moved to the front
                "Hương Lò Thị, Lò Thị Hương", "Anh Nguyen Van, Nguyen Van Anh", "Dình Giàng A, Giàng A Dình",
                "Hùng Lò, Lò Hùng", "Hoa Sùng Thị, Sùng Thị Hoa", "Hùng Tòng Văn, Tòng Văn Hùng",
                // given names first, family name last
                "Van Anh Nguyen, Nguyen Van Anh", "Thị Hương Lò, Lò Thị Hương"})
        void suspectsAndRepairsTheUsualReversals(String written, String repaired) {
            PersonName name = name(written);

            assertThat(name.reversedOrderSuspected()).isTrue();
            assertThat(name.reversed().fullName()).isEqualTo(repaired);
        }

        @Test
        void theRepairedNameHasItsPartsInPlace() {
            PersonName repaired = name("Hương Lò Thị").reversed();

            assertThat(repaired.family()).isEqualTo("Lò");
            assertThat(repaired.middle()).isEqualTo("Thị");
            assertThat(repaired.given()).isEqualTo("Hương");
        }

        @ParameterizedTest
        @ValueSource(strings = {"Lò Văn Hùng", "Giàng A Dình", "Sùng Thị Mai", "Nguyễn Thị Trang", "Nguyen Van Anh",
                // family names missing from the lists, with a marker in second place or no known family name
                "Điêu Thị Mai", "Khoàng Văn Lả", "Cầm Văn Hoàng", "Điêu Chính Tơi",
                // Tây Nguyên names put the family name last by custom and are left alone
                "Y Bih Niê", "H'Hen Niê",
                // words as common as given names as family names prove nothing
                "Điêu Thanh Sơn", "Quàng Thị Lâm", "Dình", "Lò",
                // a first word that is also a family name (Mai) hides a reversal: the check errs on that side
                "Mai Sùng Thị"})
        void doesNotSuspectNamesInTheUsualOrder(String written) {
            PersonName name = name(written);

            assertThat(name.reversedOrderSuspected()).isFalse();
            assertThat(name.reversed()).isSameAs(name);
        }
    }

    /** One rule for how a written name stands, asked by the register, its import and forms, and cleansing. */
    @Nested
    class Spelling {

        @ParameterizedTest
        @ValueSource(strings = {"Ñoã Văn An", "BĂši Thị Hoa", "Buøi Minh", "Nguyễn Thị Thuyø", "Khaùnh", "Vuõ Hải",
                "Truùng", "Giaõ", "Phöôùc", "Huỳnh Thị Aùnh", "ÄĂŹnh Minh"})
        void textDecodedWithTheWrongCodePageIsMisDecoded(String written) {
            assertThat(PersonName.spelling(written)).isEqualTo(PersonName.Spelling.MIS_DECODED);
        }

        @ParameterizedTest
        @ValueSource(strings = {"Lò Văn Hùng", "Giàng A Dình", "Sùng Thị Mai", "Quàng Văn Khoa", "Nguyễn Thị Thùy",
                "Khuất Thị Khuyên", "Vừ A Chá", "H'Hen Niê", "Y-Bih Niê", "Lầu Thị Mỷ", "Nguyen Van Tuan",
                "Hoàng Thị Hòa", "Đỗ Quý Người", "Khuỷu", "Hà Thị Xoong", "Đèo Văn Chênh"})
        void vietnameseNamesAsTheRegisterWritesThemAreNormalised(String written) {
            assertThat(PersonName.spelling(written)).isEqualTo(PersonName.Spelling.NORMALISED);
        }

        @ParameterizedTest
        @ValueSource(strings = {"Nguyễn Thị Thuỳ", "Hoàng Thị Hoà", "lò văn hùng", "Lò  Văn Hùng", "NGUYEN VAN TUAN"})
        void otherSpellingsOfVietnameseNamesAreNotNormalised(String written) {
            assertThat(PersonName.spelling(written)).isEqualTo(PersonName.Spelling.NOT_NORMALISED);
            assertThat(PersonName.spelling(PersonName.parse(written).value().fullName()))
                    .isEqualTo(PersonName.Spelling.NORMALISED);
        }

        @Test
        void decomposedTextIsNotNormalisedAndTheIcelandicEthIsRepaired() {
            assertThat(PersonName.spelling(Normalizer.normalize("Nguyễn Thị Thùy", Normalizer.Form.NFD)))
                    .isEqualTo(PersonName.Spelling.NOT_NORMALISED);
            assertThat(PersonName.spelling("\u00D0ỗ Văn An")).isEqualTo(PersonName.Spelling.NOT_NORMALISED);
        }
    }
}
