package org.dancu.tabular;

import java.util.ArrayList;
import java.util.List;

/**
 * A file's header and first rows, shown to an officer before the columns are mapped so that each
 * column can be recognised by what it holds. One model for every mapping page (and one template
 * fragment, {@code web/file-preview :: preview}).
 *
 * @param header    the header cells
 * @param rows      the first rows, in file order
 * @param rowsTotal how many data rows the file has, or null when not known yet
 */
public record FilePreview(List<String> header, List<TabularRow> rows, Long rowsTotal) {

    /** How many rows a preview shows. */
    public static final int ROWS = 5;

    public FilePreview {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** The header and the next {@link #ROWS} rows of a file just opened. */
    public static FilePreview read(TabularReader reader, Long rowsTotal) {
        List<TabularRow> rows = new ArrayList<>(ROWS);
        for (TabularRow row = reader.next(); row != null; row = rows.size() < ROWS ? reader.next() : null) {
            rows.add(row);
        }
        return new FilePreview(reader.header(), rows, rowsTotal);
    }

}
