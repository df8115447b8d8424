package org.dancu.steering.indicators;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.dancu.tabular.Column;
import org.dancu.tabular.Tabular;
import org.dancu.tabular.TabularFormat;
import org.dancu.tabular.TabularWriter;

/**
 * The API's answers as CSV for machines: column names and cells are the codes of the JSON answer
 * (periods, unit codes, statuses), numbers with a decimal point, times in ISO 8601; an empty cell is a
 * figure that does not exist, never a zero.
 */
final class IndicatorCsv {

    private IndicatorCsv() {
    }

    static byte[] values(IndicatorValuesAnswer answer) {
        return write(List.of(Column.text("indicator"), Column.text("period"), Column.text("unitLevel"),
                        Column.text("unit"), Column.number("numerator"), Column.number("denominator"),
                        Column.number("value"), Column.text("status"), Column.text("origin"), Column.text("computedAt")),
                answer.rows(), row -> List.of(answer.indicator(), row.period(), answer.unitLevel(), row.unit(),
                        number(row.numerator()), number(row.denominator()), number(row.value()),
                        row.status().name(), text(row.origin()), text(row.computedAt())));
    }

    static byte[] catalogue(List<IndicatorDescription> indicators) {
        return write(List.of(Column.text("code"), Column.text("nameVi"), Column.text("nameEn"),
                        Column.text("numeratorVi"), Column.text("numeratorEn"), Column.text("denominatorVi"),
                        Column.text("denominatorEn"), Column.number("factor"), Column.text("unitOfMeasure"),
                        Column.text("periodTypes"), Column.text("module"), Column.text("leadAgency")),
                indicators, d -> List.of(d.code(), d.name().vi(), d.name().en(), d.numerator().vi(),
                        d.numerator().en(), d.denominator().vi(), d.denominator().en(), Integer.toString(d.factor()),
                        d.unitOfMeasure(), String.join(" ", d.periodTypes().stream().map(Enum::name).toList()),
                        d.module(), d.leadAgency()));
    }

    private static <T> byte[] write(List<Column> columns, List<T> rows, Function<T, List<String>> cells) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TabularWriter writer = Tabular.writer(out, TabularFormat.CSV, columns, "indicators")) {
            rows.forEach(row -> writer.row(cells.apply(row)));
        }
        return out.toByteArray();
    }

    private static String number(BigDecimal number) {
        return number == null ? "" : number.toPlainString();
    }

    private static String text(Object value) {
        return Objects.toString(value, "");
    }
}
