package org.dancu.tabular;

import java.util.List;

/**
 * One data row: its cells as text (NFC, legacy letters converted), never null.
 *
 * @param line the line (CSV, where a quoted field may span several) or row number (XLSX) it starts
 *             on, counted from 1 as a spreadsheet shows it
 */
public record TabularRow(long line, List<String> cells) {

    public TabularRow {
        cells = List.copyOf(cells);
    }

    /** The cell at a 0-based column, or "" beyond the row's last cell. */
    public String cell(int column) {
        return column < cells.size() ? cells.get(column) : "";
    }

    public boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
