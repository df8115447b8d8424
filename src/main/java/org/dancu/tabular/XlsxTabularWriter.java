package org.dancu.tabular;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Streams one worksheet. Text goes in as inline strings, so no shared-string table grows in
 * memory; rows are flushed to the stream in blocks.
 */
final class XlsxTabularWriter implements TabularWriter {

    private static final int FLUSH_ROWS = 1_000;

    private final List<Column> columns;
    private final Workbook workbook;
    private final Worksheet sheet;
    private int row;

    XlsxTabularWriter(OutputStream out, List<Column> columns, String sheetName) {
        this.columns = List.copyOf(columns);
        this.workbook = new Workbook(out, "dancu", "1.0");
        this.sheet = workbook.newWorksheet(sheetName == null || sheetName.isBlank() ? "data" : sheetName);
        for (int c = 0; c < this.columns.size(); c++) {
            sheet.inlineString(0, c, FormulaGuard.neutralise(this.columns.get(c).name()));
        }
        sheet.freezePane(0, 1);
    }

    @Override
    public void row(List<String> cells) {
        if (row + 1 >= Worksheet.MAX_ROWS) {
            throw new TabularException("tabular.error.xlsx-too-many-rows", Worksheet.MAX_ROWS - 1);
        }
        row++;
        List<String> guarded = GuardedCells.of(columns, cells);
        for (int c = 0; c < guarded.size(); c++) {
            String cell = guarded.get(c);
            if (cell.isEmpty()) {
                continue;
            }
            if (columns.get(c).type() == ColumnType.NUMBER && FormulaGuard.isPlainNumber(cell)) {
                sheet.value(row, c, new BigDecimal(cell));
            } else {
                sheet.inlineString(row, c, cell);
            }
        }
        if (row % FLUSH_ROWS == 0) {
            try {
                sheet.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public void legend(String sheetName, List<List<String>> lines) {
        try {
            sheet.finish();
            Worksheet legend = workbook.newWorksheet(sheetName);
            for (int r = 0; r < lines.size(); r++) {
                List<String> line = lines.get(r);
                for (int c = 0; c < line.size(); c++) {
                    legend.inlineString(r, c, FormulaGuard.neutralise(line.get(c)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
