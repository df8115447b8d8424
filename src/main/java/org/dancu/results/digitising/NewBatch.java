package org.dancu.results.digitising;

import java.util.List;

/**
 * A batch of scans as uploaded: one commune's register book of one record type, in one or more files.
 *
 * @param registerBook the book as its cover names it ("Sổ đăng ký khai sinh 1998, quyển 2")
 */
public record NewBatch(String communeCode, String registerBook, RecordType type, List<ScanFile> files) {

    /** The most pages one batch may hold. */
    public static final int MAX_PAGES = 1000;

    public NewBatch {
        files = List.copyOf(files);
        registerBook = registerBook == null ? "" : registerBook.strip();
    }

    public int pages() {
        return files.stream().mapToInt(ScanFile::pages).sum();
    }
}
