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

    @Override
    void close();
}
