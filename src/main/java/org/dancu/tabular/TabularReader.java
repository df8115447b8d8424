package org.dancu.tabular;

import java.util.List;

/**
 * A file read one row at a time; rows already returned are not kept. Opened by
 * {@link Tabular#open}. Every method may throw {@link TabularException} when the file turns out to
 * be broken or beyond the limits further on.
 */
public interface TabularReader extends AutoCloseable {

    Decoding decoding();

    /** The first non-blank row, trimmed. */
    List<String> header();

    /** The next non-blank row, or null after the last one. */
    TabularRow next();

    /** Data rows returned so far. */
    long rowsRead();

    @Override
    void close();
}
