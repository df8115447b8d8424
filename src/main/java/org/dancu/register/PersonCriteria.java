package org.dancu.register;

import org.dancu.civil.Sex;

/**
 * What an officer searches for: a personal ID, or a name narrowed by birth year, sex and commune.
 *
 * @param pin         the 12-digit ID as typed; when given, the name and filters are ignored
 * @param name        any part of the full name from the start of a word, with or without diacritics
 * @param birthYear   may be null
 * @param sex         may be null
 * @param communeCode a commune, old or new code, may be null
 * @param page        0-based page of {@value PersonSearch#PAGE_SIZE} rows, at most {@link #LAST_PAGE}
 */
public record PersonCriteria(String pin, String name, Integer birthYear, Sex sex, String communeCode, int page) {

    /** The last page a search can fill: results are counted, and so paged, up to {@link SearchPage#COUNT_LIMIT}. */
    public static final int LAST_PAGE = SearchPage.COUNT_LIMIT / PersonSearch.PAGE_SIZE;

    public PersonCriteria {
        if (page < 0 || page > LAST_PAGE) {
            throw new IllegalArgumentException("page must be between 0 and " + LAST_PAGE);
        }
    }

    public static PersonCriteria byPin(String pin) {
        return new PersonCriteria(pin, null, null, null, null, 0);
    }

    public static PersonCriteria byName(String name, Integer birthYear) {
        return new PersonCriteria(null, name, birthYear, null, null, 0);
    }

    public boolean hasPin() {
        return pin != null && !pin.isBlank();
    }

    /** The query for the audit ledger: which filters were used, but no name or ID. */
    public String describe() {
        if (hasPin()) {
            return "pin=given";
        }
        return "name=given, year=" + orAny(birthYear) + ", sex=" + orAny(sex) + ", commune=" + orAny(communeCode)
                + ", page=" + page;
    }

    private static Object orAny(Object value) {
        return value == null || value.toString().isBlank() ? "*" : value;
    }
}
