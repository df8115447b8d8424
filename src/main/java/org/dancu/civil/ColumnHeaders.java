package org.dancu.civil;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Recognises which field a file's column holds from its header text, compared without diacritics,
 * case or punctuation: "Họ và tên:", "HỌ VÀ TÊN" and "ho_va_ten" all read "ho va ten". One rule for
 * every import, so a file that maps itself in one place maps itself in all.
 */
public final class ColumnHeaders {

    private ColumnHeaders() {
    }

    /** A header text reduced to what header names are written in: "Họ và tên:" → "ho va ten". */
    public static String key(String header) {
        return VietnameseText.asciiKey(header == null ? "" : header).replaceAll("[^a-z0-9]+", " ").strip();
    }

    /**
     * Does the header name the field whose machine name is {@code fieldKey} ({@code birth_date},
     * which also reads as "birth date") or one of whose reduced header names is {@code headers}?
     */
    public static boolean names(String header, String fieldKey, Collection<String> headers) {
        String key = key(header);
        return !key.isEmpty() && (key.equals(key(fieldKey)) || headers.contains(key));
    }

    /**
     * For each field in order, the first column (0-based) whose header names it and that no earlier
     * field took; fields no column names are left out.
     *
     * @param headersOf a field's machine name and its reduced header names
     */
    public static <F> Map<F, Integer> suggest(List<String> header, Collection<F> fields,
                                              Function<F, String> keyOf, Function<F, Collection<String>> headersOf) {
        Map<F, Integer> columns = new LinkedHashMap<>();
        for (F field : fields) {
            for (int i = 0; i < header.size(); i++) {
                if (!columns.containsValue(i) && names(header.get(i), keyOf.apply(field), headersOf.apply(field))) {
                    columns.put(field, i);
                    break;
                }
            }
        }
        return columns;
    }
}
