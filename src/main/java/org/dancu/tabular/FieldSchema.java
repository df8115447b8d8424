package org.dancu.tabular;

import java.util.List;
import java.util.Locale;

/**
 * The fields one kind of file fills (the register's persons, a cleansing sector's dataset), in the order their
 * columns are suggested, and those a file cannot go without. Its owner checks the cells and loads the rows.
 */
public interface FieldSchema<F extends IntakeField> {

    List<F> fields();

    boolean requires(F field);

    /** The field a form or command names by its key (any case, so {@code PIN} too); null when none. */
    default F field(String name) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return fields().stream().filter(field -> field.key().equals(wanted)).findFirst().orElse(null);
    }
}
