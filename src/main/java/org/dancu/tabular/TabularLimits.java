package org.dancu.tabular;

/**
 * Bounds a file must stay within; a file beyond any of them is refused with the bound named.
 *
 * @param maxBytes      size of the file
 * @param maxRows       data rows, the header not counted
 * @param maxColumns    columns of any row
 * @param maxCellLength characters of one cell
 */
public record TabularLimits(long maxBytes, long maxRows, int maxColumns, int maxCellLength) {

    /** Room for a province's population in one file, with cells far longer than any real field. */
    public static final TabularLimits DEFAULT = new TabularLimits(512L << 20, 2_000_000, 200, 4_000);

    public TabularLimits {
        if (maxBytes <= 0 || maxRows <= 0 || maxColumns <= 0 || maxCellLength <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
