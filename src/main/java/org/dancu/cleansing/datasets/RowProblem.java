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
import org.dancu.tabular.IntakeProblem;
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

    String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The row's problems, each in the intake's shape with {@link #code()} as its code. */
    static List<IntakeProblem> check(TabularRow cells, RecordValues row, Predicate<String> communeKnown) {
        List<IntakeProblem> found = new ArrayList<>();
        if (cells.overflows()) {
            found.add(EXTRA_CELLS.at(cells, IntakeProblem.WHOLE_ROW));
        }
        if (!row.has(FULL_NAME) && !row.has(PIN) && !row.has(OLD_ID)) {
            found.add(NO_IDENTITY.at(cells, FULL_NAME.key()));
        }
        if (row.has(BIRTH_DATE) && !PartialDate.parse(row.get(BIRTH_DATE)).isValid()) {
            found.add(BAD_BIRTH_DATE.at(cells, BIRTH_DATE.key()));
        }
        if (row.has(SEX) && !Sex.parse(row.get(SEX)).isValid()) {
            found.add(BAD_SEX.at(cells, SEX.key()));
        }
        if (row.has(COMMUNE_CODE) && !communeKnown.test(row.get(COMMUNE_CODE))) {
            found.add(UNKNOWN_COMMUNE.at(cells, COMMUNE_CODE.key()));
        }
        return found;
    }

    private IntakeProblem at(TabularRow cells, String field) {
        return new IntakeProblem(cells.line(), field, code());
    }
}
