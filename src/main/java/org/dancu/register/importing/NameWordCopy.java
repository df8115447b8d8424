package org.dancu.register.importing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The name-word rows ({@code register.person_name_word}, V12) of the persons a bulk write added:
 * their keys are copied out, every suffix of a key that begins a word is cut here with its place in
 * the key (V18), by the rule of the SQL function {@code register.name_words}, and the rows are copied in. COPY stores rows in
 * batches where an INSERT … SELECT stores them one by one: a million persons' three million word
 * starts took 4.5 s this way and about 10 s through the function (docs/register.md, "Bulk writes").
 * PersonSearchTests holds every kept word of the bulk-loaded test register to the function's.
 */
final class NameWordCopy {

    /** Persons per round trip, so the keys held in memory stay a few megabytes. */
    private static final int SLICE = 250_000;

    private NameWordCopy() {
    }

    /** Adds the words of every person whose id is above {@code after}. */
    static void add(Connection connection, long after) throws SQLException, IOException {
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        byte[] keys = keysAbove(copy, after);
        while (keys.length > 0) {
            copy.copyIn("COPY register.person_name_word (person_id, birth_year, words, word_position) FROM STDIN",
                    new ByteArrayInputStream(wordLines(keys)));
            keys = keysAbove(copy, lastId(keys));
        }
    }

    private static byte[] keysAbove(CopyManager copy, long after) throws SQLException, IOException {
        ByteArrayOutputStream keys = new ByteArrayOutputStream();
        copy.copyOut("COPY (SELECT person_id, birth_year, name_key FROM register.person WHERE person_id > " + after
                + " ORDER BY person_id LIMIT " + SLICE + ") TO STDOUT", keys);
        return keys.toByteArray();
    }

    /** The id that starts the last of the lines. */
    private static long lastId(byte[] lines) {
        int start = lines.length - 1;
        while (start > 0 && lines[start - 1] != '\n') {
            start--;
        }
        return Long.parseLong(new String(lines, start, indexOf(lines, (byte) '\t', start) - start,
                StandardCharsets.US_ASCII));
    }

    /**
     * From COPY text lines {@code id TAB year TAB key}, one line {@code id TAB year TAB suffix TAB position}
     * for each suffix of the key that starts a word (a character other than a space at the key's start
     * or after a space), the position counting the word starts before it. COPY's escapes never involve the space (a byte no multi-byte UTF-8 character
     * contains), so the escaped key splits exactly as the key does.
     */
    static byte[] wordLines(byte[] keyLines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(keyLines.length * 2);
        int line = 0;
        while (line < keyLines.length) {
            int end = indexOf(keyLines, (byte) '\n', line);
            int key = indexOf(keyLines, (byte) '\t', indexOf(keyLines, (byte) '\t', line) + 1) + 1;
            int position = 0;
            for (int start = key; start < end; start++) {
                if (keyLines[start] != ' ' && (start == key || keyLines[start - 1] == ' ')) {
                    out.write(keyLines, line, key - line);
                    out.write(keyLines, start, end - start);
                    out.write('\t');
                    out.writeBytes(Integer.toString(position++).getBytes(StandardCharsets.US_ASCII));
                    out.write('\n');
                }
            }
            line = end + 1;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] bytes, byte wanted, int from) {
        int i = from;
        while (bytes[i] != wanted) {
            i++;
        }
        return i;
    }
}
