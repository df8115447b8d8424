package org.dancu.tabular;

import java.util.regex.Pattern;

/**
 * Keeps a spreadsheet from reading a cell as a formula ("CSV injection"). A text cell whose first
 * character is {@code = + - @}, a tab or a carriage return, or one of their full-width forms
 * ({@code ＝ ＋ － ＠}), gets an apostrophe in front: Excel and LibreOffice then show it as text, and
 * the apostrophe tells a reader that something was neutralised. A cell of a NUMBER column that is
 * a plain decimal number ({@code -5}, {@code 3.25}) is left alone: it is a number, not a formula.
 */
public final class FormulaGuard {

    private static final String TRIGGERS = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]{1,15}(\\.[0-9]{1,15})?");

    private FormulaGuard() {
    }

    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell == null ? "" : cell;
        }
        return TRIGGERS.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    /** Whether a cell of a NUMBER column is a number that may be written as one. */
    public static boolean isPlainNumber(String cell) {
        return cell != null && NUMBER.matcher(cell).matches();
    }
}
