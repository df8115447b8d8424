package org.dancu.locality.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dancu.locality.internal.MergerText.Reading;
import org.dancu.locality.internal.MergerText.Reference;
import org.junit.jupiter.api.Test;

class MergerTextTest {

    /** The first reading of each reference, as "type name", and whether it is partial. */
    private static List<String> firstReadings(String text) {
        return MergerText.parse(text).references().stream()
                .map(r -> r.readings().get(0).type() + " " + r.readings().get(0).name() + (r.partial() ? " [partial]" : ""))
                .toList();
    }

    private static boolean canBeRead(Reference reference, String type, String name) {
        return reference.readings().contains(new Reading(type, name));
    }

    @Test
    void readsAPlainList() {
        assertThat(firstReadings("Phường Noong Bua, Phường Nam Thanh, Xã Thanh Xương"))
                .containsExactly("phường noong bua", "phường nam thanh", "xã thanh xương");
    }

    @Test
    void splitsOnAndButNotInsideANameThatContainsIt() {
        assertThat(firstReadings("Phường Kim Liên, Phường Khương Thượng và Phường Nam Đồng"))
                .containsExactly("phường kim liên", "phường khương thượng", "phường nam đồng");
        assertThat(firstReadings("Thị trấn Yên Minh, Xã Lao Và Chải"))
                .containsExactly("thị trấn yên minh", "xã lao và chải");
    }

    @Test
    void keepsMultiWordTypesWhole() {
        assertThat(firstReadings("Thị trấn Mường Ảng, Thị xã Mường Lay, Thành phố Điện Biên Phủ, Đặc khu Côn Đảo"))
                .containsExactly("thị trấn mường ảng", "thị xã mường lay", "thành phố điện biên phủ",
                        "đặc khu côn đảo");
    }

    @Test
    void normalisesToneMarksSoSpellingsAgree() {
        assertThat(firstReadings("Xã Thuỵ Hương, Xã Ngọc Hoà")).containsExactly("xã thụy hương", "xã ngọc hòa");
    }

    @Test
    void recognisesUnchanged() {
        assertThat(MergerText.parse("giữ nguyên").unchanged()).isTrue();
        assertThat(MergerText.parse("Giữ nguyên").references()).isEmpty();
        assertThat(MergerText.parse("Xã Giữ Nguyên Hạ").unchanged()).isFalse();
    }

    @Test
    void marksTheRestOfAUnitAsPartial() {
        assertThat(firstReadings("Xã Tả Thanh Oai, Phường Hạ Đình (phần còn lại sau khi sáp nhập vào phường Khương Đình)"))
                .containsExactly("xã tả thanh oai", "phường hạ đình [partial]");
    }

    @Test
    void aPluralPartialGroupCoversTheRestOfTheList() {
        assertThat(firstReadings("Phường Quán Thánh, Phường Trúc Bạch, một phần diện tích TN, quy mô dân số của các "
                + "phường Cửa Nam, Điện Biên, Đội Cấn"))
                .containsExactly("phường quán thánh", "phường trúc bạch", "phường cửa nam [partial]",
                        "phường điện biên [partial]", "phường đội cấn [partial]");
    }

    @Test
    void aSingularPartialMarkCoversOnlyItsOwnUnitAndTheBareNamesAfterIt() {
        assertThat(firstReadings("Phường Ngọc Lâm, một phần diện tích TN của phường Thụy Khuê, "
                + "phần còn lại của phường Cửa Đông, Đồng Xuân sau khi sắp Xếp, Phường Bạch Mai"))
                .containsExactly("phường ngọc lâm", "phường thụy khuê [partial]", "phường cửa đông [partial]",
                        "phường đồng xuân [partial]", "phường bạch mai");
    }

    @Test
    void theWholeMarkEndsAPartialGroup() {
        assertThat(firstReadings("một phần diện tích TN của các phường Phường A, Toàn bộ diện tích TN, quy mô dân số "
                + "của các phường Phường Giảng Võ và Phường Cát Linh"))
                .extracting(s -> s.endsWith("[partial]"))
                .containsExactly(true, false, false);
    }

    @Test
    void offersEveryReadingWhenTypeWordsRepeat() {
        Reference doubled = MergerText.parse("quy mô dân số của các phường Phường Cửa Nam").references().get(0);
        assertThat(canBeRead(doubled, "phường", "cửa nam")).isTrue();

        Reference namedLikeAType = MergerText.parse("Phường Phú Hội, Phường Đúc").references().get(1);
        assertThat(canBeRead(namedLikeAType, "phường", "đúc")).isTrue();
        assertThat(canBeRead(namedLikeAType, "phường", "phường đúc")).isTrue();

        Reference quarter = MergerText.parse("Xã Tứ Quận").references().get(0);
        assertThat(canBeRead(quarter, "xã", "tứ quận")).isTrue();
    }

    @Test
    void keepsTheDistrictThatTellsSameNamedCommunesApart() {
        List<Reference> references = MergerText.parse(
                "Phường 1 (thành phố Đông Hà), Xã Đăk Long (thuộc huyện Đăk Hà), Xã Bình An (huyện Châu Thành)").references();
        assertThat(references).extracting(Reference::districtQualifier)
                .containsExactly("đông hà", "đăk hà", "châu thành");
        assertThat(references.get(0).readings().get(0)).isEqualTo(new Reading("phường", "1"));
    }

    @Test
    void aBareNameWithoutAnyTypeIsReadWithoutOne() {
        Reference bare = MergerText.parse("Krông Na").references().get(0);
        assertThat(bare.readings()).containsExactly(new Reading(null, "krông na"));
        assertThat(bare.readings().get(0).namesDistrict()).isFalse();
    }

    @Test
    void readsWholeDistricts() {
        Reference district = MergerText.parse("Huyện Kiên Hải").references().get(0);
        assertThat(district.readings().get(0)).isEqualTo(new Reading("huyện", "kiên hải"));
        assertThat(district.readings().get(0).namesDistrict()).isTrue();
    }

    @Test
    void ignoresPreamblesAndEmptyItems() {
        List<Reference> references = MergerText.parse(
                "Sắp xếp một phần diện tích TN, , quy mô dân số của các phường Phường Giáp Bát,").references();
        assertThat(references).singleElement().satisfies(reference -> {
            assertThat(reference.partial()).isTrue();
            assertThat(canBeRead(reference, "phường", "giáp bát")).isTrue();
        });
    }
}
