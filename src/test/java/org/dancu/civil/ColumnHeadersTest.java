package org.dancu.civil;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ColumnHeadersTest {

    @Test
    void headersAreComparedWithoutDiacriticsCaseOrPunctuation() {
        assertThat(ColumnHeaders.key("Họ và tên:")).isEqualTo("ho va ten");
        assertThat(ColumnHeaders.key("HỌ VÀ TÊN")).isEqualTo("ho va ten");
        assertThat(ColumnHeaders.key("ho_va_ten")).isEqualTo("ho va ten");
        assertThat(ColumnHeaders.key("Mã xã/phường")).isEqualTo("ma xa phuong");
        assertThat(ColumnHeaders.key("Số định danh")).isEqualTo("so dinh danh");
    }

    @Test
    void aHeaderNamesAFieldByItsKeyOrOneOfItsHeaders() {
        assertThat(ColumnHeaders.names("Ngày sinh", "birth_date", CivilColumn.BIRTH_DATE.headers())).isTrue();
        assertThat(ColumnHeaders.names("Birth date", "birth_date", List.of())).isTrue();
        assertThat(ColumnHeaders.names("Ngày cấp", "birth_date", CivilColumn.BIRTH_DATE.headers())).isFalse();
        assertThat(ColumnHeaders.names("", "birth_date", List.of(""))).isFalse();
    }

    @Test
    void eachFieldTakesTheFirstColumnThatNamesItAndNoColumnServesTwoFields() {
        Map<CivilColumn, Integer> suggested = ColumnHeaders.suggest(
                List.of("STT", "Họ tên", "Tên", "Số CCCD", "Số CMND", "Giới tính"),
                List.of(CivilColumn.values()), CivilColumn::key, CivilColumn::headers);

        assertThat(suggested).containsExactly(Map.entry(CivilColumn.PIN, 3), Map.entry(CivilColumn.FULL_NAME, 1),
                Map.entry(CivilColumn.SEX, 5), Map.entry(CivilColumn.OLD_ID, 4));
    }
}
