package org.dancu.register.importing;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A write of many persons at once (the first load of a register, an import that at least doubles
 * it) inside the caller's transaction, with the register's secondary indexes and constraints built
 * once after the rows instead of row by row ({@code register.begin_bulk_write} in
 * V14__register_bulk_writes.sql and V15__register_import_speed.sql), and the name words of the new
 * persons, whose trigger is off meanwhile, added by {@link NameWordCopy}. The person ids above the
 * highest at the start are the new persons' (the sequence's; the loader fills only an empty
 * register). The person, life-event and name-word tables stay locked until the transaction ends; a
 * failure rolls the definitions back with the rows.
 */
final class BulkWrite {

    interface Work<T> {
        T run() throws SQLException, IOException;
    }

    private BulkWrite() {
    }

    /** Whether adding {@code adding} persons to a register of {@code present} is a bulk write. */
    static boolean worthIt(long adding, long present) {
        return adding > 0 && adding >= present;
    }

    /** The highest person id so far (0 for an empty register): the persons a write adds are above it. */
    static long highestPersonId(Connection connection) throws SQLException {
        try (Statement query = connection.createStatement();
             ResultSet highest = query.executeQuery("SELECT coalesce(max(person_id), 0) FROM register.person")) {
            highest.next();
            return highest.getLong(1);
        }
    }

    static <T> T run(Connection connection, Work<T> work) throws SQLException, IOException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT register.begin_bulk_write()");
            long before = highestPersonId(connection);
            T result = work.run();
            NameWordCopy.add(connection, before);
            statement.execute("SELECT register.end_bulk_write()");
            return result;
        }
    }
}
