package org.dancu.steering.reviews;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.dancu.steering.figures.Figures;
import org.dancu.tabular.FormulaGuard;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Component;

/**
 * Writes a table as a spreadsheet. A {@link ReportBlock.Figure} becomes a number cell holding the
 * figure as shown everywhere else ({@link Figures#shown}), with a number format: a percentage as a
 * fraction formatted {@code 0.0%}, a change signed, counts with thousands. Text cells go through
 * the {@link FormulaGuard}, so only text a spreadsheet would read as a formula gets an apostrophe.
 * A figure without a value reads as in the documents ("no data yet"). A sheet name cannot hold
 * {@code / \ ? * : [ ]}; those become "-".
 */
@Component
class XlsxTable {

    private static final String SHEET_NAME_FORBIDDEN = "[/\\\\?*:\\[\\]]";

    byte[] write(String sheetName, ReportBlock.Table table, Figures figures, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "dancu", "1.0");
            String name = sheetName.replaceAll(SHEET_NAME_FORBIDDEN, "-");
            Worksheet sheet = workbook.newWorksheet(name.length() > 31 ? name.substring(0, 31) : name);
            for (int c = 0; c < table.header().size(); c++) {
                sheet.inlineString(0, c, FormulaGuard.neutralise(table.header().get(c)));
                sheet.style(0, c).bold().set();
            }
            for (int r = 0; r < table.rows().size(); r++) {
                List<Object> row = table.rows().get(r);
                for (int c = 0; c < row.size(); c++) {
                    cell(sheet, r + 1, c, row.get(c), figures, locale);
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void cell(Worksheet sheet, int row, int column, Object value, Figures figures, Locale locale) {
        if (value instanceof ReportBlock.Figure figure && figure.value() != null) {
            BigDecimal shown = Figures.shown(figure.value());
            switch (figure.kind()) {
                case PERCENT -> number(sheet, row, column, shown.movePointLeft(2), "0.0%");
                case DECIMAL -> number(sheet, row, column, shown, "#,##0.0");
                case CHANGE -> number(sheet, row, column, shown, "+0.0;-0.0;0.0");
                case COUNT -> number(sheet, row, column, shown, "#,##0");
            }
        } else if (value != null) {
            String text = figures.cell(value, locale);
            if (!text.isEmpty()) {
                sheet.inlineString(row, column, FormulaGuard.neutralise(text));
            }
        }
    }

    private static void number(Worksheet sheet, int row, int column, BigDecimal value, String format) {
        sheet.value(row, column, value);
        sheet.style(row, column).format(format).set();
    }
}
