package org.dancu.tabular;

import java.util.Locale;

/** The file formats read and written. */
public enum TabularFormat {
    CSV("text/csv; charset=UTF-8", ".csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx");

    private final String mediaType;
    private final String extension;

    TabularFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /**
     * The format a file name announces (.csv, .txt, .tsv are read as CSV with a sniffed delimiter).
     *
     * @throws TabularException {@code tabular.error.xls} for the old binary Excel format,
     *                          {@code tabular.error.format} for anything else
     */
    public static TabularFormat ofFileName(String fileName) {
        String name = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            return XLSX;
        }
        if (name.endsWith(".csv") || name.endsWith(".txt") || name.endsWith(".tsv")) {
            return CSV;
        }
        if (name.endsWith(".xls")) {
            throw new TabularException("tabular.error.xls");
        }
        throw new TabularException("tabular.error.format", fileName == null ? "" : fileName);
    }

    /** The format asked for by name ({@code csv}, {@code xlsx}), or null when it is neither. */
    public static TabularFormat byName(String name) {
        for (TabularFormat format : values()) {
            if (format.name().equalsIgnoreCase(name)) {
                return format;
            }
        }
        return null;
    }
}
