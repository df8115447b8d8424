package org.dancu.register.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ColumnMappingTest {

    @Test
    void vietnameseAndEnglishHeadersSuggestTheirFields() {
        ColumnMapping vietnamese = ColumnMapping.suggest(List.of("STT", "Họ và tên", "Số CCCD", "Ngày sinh",
                "GIỚI TÍNH", "Mã xã/phường", "Dân tộc", "Địa chỉ thường trú", "Ghi chú"));
        assertThat(vietnamese.columns()).containsExactlyInAnyOrderEntriesOf(Map.of(ImportField.FULL_NAME, 1,
                ImportField.PIN, 2, ImportField.BIRTH_DATE, 3, ImportField.SEX, 4, ImportField.COMMUNE_CODE, 5,
                ImportField.ETHNICITY, 6, ImportField.ADDRESS, 7));
        assertThat(vietnamese.missingRequired()).isEmpty();
        ColumnMapping english = ColumnMapping.suggest(List.of("pin", "full_name", "birth_date", "sex"));
        assertThat(english.fieldOf(1)).isEqualTo(ImportField.FULL_NAME);
        assertThat(english.missingRequired()).containsExactly(ImportField.COMMUNE_CODE);
    }

    @Test
    void explicitPairsNameColumnsByHeaderOrNumberAndRefuseUnknownsAndDoubles() {
        List<String> header = List.of("A", "Tên đầy đủ", "C");
        assertThat(ColumnMapping.of(header, Map.of("ten day du", "full_name", "3", "pin")).columns())
                .containsExactlyInAnyOrderEntriesOf(Map.of(ImportField.FULL_NAME, 1, ImportField.PIN, 2));
        assertThatThrownBy(() -> ColumnMapping.of(header, Map.of("A", "nickname")))
                .hasMessageContaining("unknown field 'nickname'");
        assertThatThrownBy(() -> ColumnMapping.of(header, Map.of("Z", "pin"))).hasMessageContaining("no column 'Z'");
        assertThatThrownBy(() -> ColumnMapping.of(header, Map.of("A", "pin", "1", "full_name")))
                .hasMessageContaining("mapped twice");
    }

    @Test
    void storedFormReadsBack() {
        ColumnMapping mapping = ColumnMapping.suggest(List.of("pin", "full_name", "birth_date", "sex", "commune_code"));
        assertThat(ColumnMapping.decode(mapping.encode())).isEqualTo(mapping);
        assertThat(ColumnMapping.decode(null).columns()).isEmpty();
    }
}
