package org.dancu.locality.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;

import org.postgresql.PGConnection;

/** Rows in PostgreSQL's COPY text format, sent in one round trip: far faster than inserts for whole tables. */
final class CopyRows {

    private final String target;
    private final StringBuilder text = new StringBuilder(1 << 16);
    private boolean rowStarted;
    private int rows;

    /** @param target table and columns, as in {@code COPY locality.unit (code, name) FROM STDIN} */
    CopyRows(String target) {
        this.target = target;
    }

    CopyRows field(Object value) {
        if (rowStarted) {
            text.append('\t');
        }
        rowStarted = true;
        if (value == null) {
            text.append("\\N");
        } else {
            escape(value.toString());
        }
        return this;
    }

    CopyRows endRow() {
        text.append('\n');
        rowStarted = false;
        rows++;
        return this;
    }

    /** Sends the rows on the given connection, which must be the transaction's own. */
    int copyInto(Connection connection) {
        try {
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY " + target + " FROM STDIN", new StringReader(text.toString()));
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not copy rows into " + target, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void escape(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
    }
}
