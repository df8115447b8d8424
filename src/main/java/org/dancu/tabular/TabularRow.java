package org.dancu.tabular;

import java.util.List;

/**
 * One data row: its cells as text (NFC, legacy letters converted), never null.
 *
 * @param line  the line (CSV, where a quoted field may span several) or row number (XLSX) it starts
 *              on, counted from 1 as a spreadsheet shows it
 * @param width the number of columns the header names
 */
public record TabularRow(long line, List<String> cells, int width) {

    public TabularRow {
        cells = List.copyOf(cells);
    }

    /** A row as wide as its cells. */
    public TabularRow(long line, List<String> cells) {
        this(line, cells, cells.size());
    }

    /** The cell at a 0-based column, or "" beyond the row's last cell. */
    public String cell(int column) {
        return column < cells.size() ? cells.get(column) : "";
    }

    public boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }

    /**
     * Whether a cell beyond the header's last column holds text. In a CSV file that is most often a
     * value with an unquoted delimiter ("Bản Bó, xã Thanh Nưa" split in two), which shifts or cuts the
     * row, so the row's cells cannot be trusted under their headers: a problem of the row, never
     * dropped silently. Blank trailing cells (a trailing delimiter) are not.
     */
    public boolean overflows() {
        for (int i = width; i < cells.size(); i++) {
            if (!cells.get(i).isBlank()) {
                return true;
            }
        }
        return false;
    }
}
