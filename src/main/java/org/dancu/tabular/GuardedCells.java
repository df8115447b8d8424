package org.dancu.tabular;

import java.util.ArrayList;
import java.util.List;

/** A row made safe to write: one cell per column, formulas neutralised unless a column's number. */
final class GuardedCells {

    private GuardedCells() {
    }

    static List<String> of(List<Column> columns, List<String> cells) {
        if (cells.size() > columns.size()) {
            throw new IllegalArgumentException("row has " + cells.size() + " cells for " + columns.size() + " columns");
        }
        List<String> guarded = new ArrayList<>(columns.size());
        for (int i = 0; i < columns.size(); i++) {
            String cell = i < cells.size() && cells.get(i) != null ? cells.get(i) : "";
            boolean number = columns.get(i).type() == ColumnType.NUMBER && FormulaGuard.isPlainNumber(cell);
            guarded.add(number ? cell : FormulaGuard.neutralise(cell));
        }
        return guarded;
    }
}
