package org.dancu.cleansing.datasets;

import static org.dancu.cleansing.SectorField.BIRTH_DATE;
import static org.dancu.cleansing.SectorField.COMMUNE_CODE;
import static org.dancu.cleansing.SectorField.FULL_NAME;
import static org.dancu.cleansing.SectorField.OLD_ID;
import static org.dancu.cleansing.SectorField.PIN;
import static org.dancu.cleansing.SectorField.SEX;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import org.dancu.civil.PartialDate;
import org.dancu.civil.Sex;
import org.dancu.cleansing.SectorField;
import org.dancu.tabular.TabularRow;

/**
 * What keeps a row from being loaded at all (message {@code cleansing.problem.<code>}). A wrong or
 * missing value the criteria can judge (an invalid ID, a missing required field) is not a problem
 * here: it is loaded and reported per record.
 */
enum RowProblem {
    /** More cells than the header has columns: a value with an unquoted delimiter, the row shifted or cut. */
    EXTRA_CELLS,
    /** Neither a name nor an ID: nothing to link or to tell anyone about. */
    NO_IDENTITY,
    BAD_BIRTH_DATE,
    BAD_SEX,
    UNKNOWN_COMMUNE;

    /** @param field a {@link SectorField#key()}, or {@link #WHOLE_ROW} */
    record Found(String field, RowProblem problem) {

        Found(SectorField field, RowProblem problem) {
            this(field.key(), problem);
        }
    }

    /** The field of a problem of the row as a whole. */
    static final String WHOLE_ROW = "row";

    String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static List<Found> check(TabularRow cells, RecordValues row, Predicate<String> communeKnown) {
        List<Found> found = new ArrayList<>();
        if (cells.overflows()) {
            found.add(new Found(WHOLE_ROW, EXTRA_CELLS));
        }
        if (!row.has(FULL_NAME) && !row.has(PIN) && !row.has(OLD_ID)) {
            found.add(new Found(FULL_NAME, NO_IDENTITY));
        }
        if (row.has(BIRTH_DATE) && !PartialDate.parse(row.get(BIRTH_DATE)).isValid()) {
            found.add(new Found(BIRTH_DATE, BAD_BIRTH_DATE));
        }
        if (row.has(SEX) && !Sex.parse(row.get(SEX)).isValid()) {
            found.add(new Found(SEX, BAD_SEX));
        }
        if (row.has(COMMUNE_CODE) && !communeKnown.test(row.get(COMMUNE_CODE))) {
            found.add(new Found(COMMUNE_CODE, UNKNOWN_COMMUNE));
        }
        return found;
    }
}
