package org.dancu.tabular;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;

final class CsvTabularWriter implements TabularWriter {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final List<Column> columns;
    private final CsvWriter csv;

    CsvTabularWriter(OutputStream out, List<Column> columns) {
        this.columns = List.copyOf(columns);
        try {
            out.write(BOM);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF)
                .build(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        csv.writeRecord(this.columns.stream().map(c -> FormulaGuard.neutralise(c.name())).toList());
    }

    @Override
    public void row(List<String> cells) {
        csv.writeRecord(GuardedCells.of(columns, cells));
    }

    /** A CSV file has room for one table: its legend is given where it is offered. */
    @Override
    public void legend(String sheet, List<List<String>> lines) {
    }

    @Override
    public void close() {
        try {
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
