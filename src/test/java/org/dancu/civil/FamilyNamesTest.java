package org.dancu.civil;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FamilyNamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"Nguyễn", "NGUYỄN", "nguyen", "Trần", "Lê", "Đinh", "Lò", "Lường", "Quàng", "Tòng", "Cà",
            "Giàng", "Vàng", "Sùng", "Thào", "Lầu", "Mùa", "Vừ", "Bế", "Triệu"})
    void knowsKinhThaiHmongAndOtherFamilyNamesInAnySpelling(String word) {
        assertThat(FamilyNames.isFamilyName(word)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Văn", "Thị", "Van", "thi", "Hùng", "Anh", "Sơn", "Lâm", "Thái", "Hà", "Student", "Buøi",
            "Döông", "Y"})
    void ignoresMarkersGivenNamesAndNoise(String word) {
        assertThat(FamilyNames.isFamilyName(word)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Nguyễn", "Nghiêm", "Khổng", "Quách", "Trương", "A", "Y", "Giàng"})
    void vietnameseSyllables(String word) {
        assertThat(FamilyNames.isVietnameseSyllable(word)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Student", "Buøi", "Ñoã", "Y-", "Brâu", "Xtiêng", "Nguyễnn", ""})
    void notVietnameseSyllables(String word) {
        assertThat(FamilyNames.isVietnameseSyllable(word)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Văn", "VĂN", "van", "Thị", "thi"})
    void middleMarkers(String word) {
        assertThat(FamilyNames.isMiddleMarker(word)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Vân", "Thi\u0301", "Thy", "Vĩnh"})
    void notMiddleMarkers(String word) {
        assertThat(FamilyNames.isMiddleMarker(word)).isFalse();
    }
}
