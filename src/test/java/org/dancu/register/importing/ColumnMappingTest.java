package org.dancu.register.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.dancu.tabular.ColumnMapping;
import org.junit.jupiter.api.Test;

class ColumnMappingTest {

    @Test
    void vietnameseAndEnglishHeadersSuggestTheirFields() {
        ColumnMapping<ImportField> vietnamese = ColumnMapping.suggest(ImportField.SCHEMA, List.of("STT", "Họ và tên", "Số CCCD", "Ngày sinh",
                "GIỚI TÍNH", "Mã xã/phường", "Dân tộc", "Địa chỉ thường trú", "Ghi chú"));
        assertThat(vietnamese.columns()).containsExactlyInAnyOrderEntriesOf(Map.of(ImportField.FULL_NAME, 1,
                ImportField.PIN, 2, ImportField.BIRTH_DATE, 3, ImportField.SEX, 4, ImportField.COMMUNE_CODE, 5,
                ImportField.ETHNICITY, 6, ImportField.ADDRESS, 7));
        assertThat(vietnamese.missingRequired()).isEmpty();
        ColumnMapping<ImportField> english = ColumnMapping.suggest(ImportField.SCHEMA, List.of("pin", "full_name", "birth_date", "sex"));
        assertThat(english.fieldOf(1)).isEqualTo(ImportField.FULL_NAME);
        assertThat(english.missingRequired()).containsExactly(ImportField.COMMUNE_CODE);
    }

    @Test
    void explicitPairsNameColumnsByHeaderOrNumberAndRefuseUnknownsAndDoubles() {
        List<String> header = List.of("A", "Tên đầy đủ", "C");
        assertThat(ColumnMapping.named(ImportField.SCHEMA, header, Map.of("ten day du", "full_name", "3", "pin")).columns())
                .containsExactlyInAnyOrderEntriesOf(Map.of(ImportField.FULL_NAME, 1, ImportField.PIN, 2));
        assertThatThrownBy(() -> ColumnMapping.named(ImportField.SCHEMA, header, Map.of("A", "nickname")))
                .hasMessageContaining("unknown field 'nickname'");
        assertThatThrownBy(() -> ColumnMapping.named(ImportField.SCHEMA, header, Map.of("Z", "pin"))).hasMessageContaining("no column 'Z'");
        assertThatThrownBy(() -> ColumnMapping.named(ImportField.SCHEMA, header, Map.of("A", "pin", "1", "full_name")))
                .hasMessageContaining("mapped twice");
    }

    @Test
    void storedFormReadsBackAndSoDoesTheFormJobsStoredBefore() {
        ColumnMapping<ImportField> mapping = ColumnMapping.suggest(ImportField.SCHEMA,
                List.of("pin", "full_name", "birth_date", "sex", "commune_code"));
        assertThat(mapping.encode()).isEqualTo("pin=0;full_name=1;birth_date=2;sex=3;commune_code=4");
        assertThat(ColumnMapping.decode(ImportField.SCHEMA, mapping.encode())).isEqualTo(mapping);
        assertThat(ColumnMapping.decode(ImportField.SCHEMA, "PIN=0;FULL_NAME=1;BIRTH_DATE=2;SEX=3;COMMUNE_CODE=4"))
                .isEqualTo(mapping);
        assertThat(ColumnMapping.decode(ImportField.SCHEMA, null).columns()).isEmpty();
    }

    @Test
    void aFieldChosenForTwoColumnsIsNamed() {
        assertThat(ColumnMapping.chosen(ImportField.SCHEMA, Arrays.asList("PIN", "", null, "full_name")).columns())
                .containsExactlyInAnyOrderEntriesOf(Map.of(ImportField.PIN, 0, ImportField.FULL_NAME, 3));
        assertThatThrownBy(() -> ColumnMapping.chosen(ImportField.SCHEMA, List.of("pin", "sex", "PIN")))
                .isInstanceOfSatisfying(ColumnMapping.MappedTwiceException.class,
                        e -> assertThat(e.field()).isEqualTo(ImportField.PIN));
    }
}
