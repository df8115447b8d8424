package org.dancu.tabular;

import java.util.List;

/**
 * Writes rows one at a time to a stream, after the header given when it was opened
 * ({@link Tabular#writer}); every cell passes {@link FormulaGuard}. Closing finishes the file but
 * leaves the stream open.
 */
public interface TabularWriter extends AutoCloseable {

    /** Writes a row; null cells are written empty, missing trailing cells too. */
    void row(List<String> cells);

    /**
     * After the last row, a sheet of text that says what the data's columns and codes mean (XLSX).
     * A CSV file holds one table only, so there it writes nothing: say it beside the download.
     */
    void legend(String sheet, List<List<String>> lines);

    @Override
    void close();
}
