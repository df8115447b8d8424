package org.dancu.linkage;

import java.util.List;

/**
 * The comparisons scored for a pair, each with its agreement levels from the strongest to the
 * weakest. The first level that holds is the pair's level; a value missing on either side gives
 * no level (weight 0). Names are compared on their normalised forms (tone marks repaired, case
 * folded), so NFC and NFD, upper and lower case meet.
 */
public enum Comparison {
    /** The 12-digit personal ID (or, when not one, the ID digits as written). */
    ID("id", List.of("exact", "one_edit", "prefix", "different")),
    /** The old 9-digit ID. */
    OLD_ID("old_id", List.of("exact", "one_edit", "different")),
    /**
     * Full name: same accented, same without diacritics, same words in another order (or family and
     * given name swapped, the middle dropped), same family and
     * given name with the middle name dropped or changed, Jaro–Winkler ≥ 0.95 or ≥ 0.88 on the ASCII
     * forms, same given name only, different.
     */
    NAME("name", List.of("exact", "ascii", "reordered", "no_middle", "jw95", "jw88", "given_only", "different")),
    /**
     * Birth date: same full date; day and month swapped; one side 01-01 in the same year (the usual
     * default); same year, one side known only to the year or month; same year, other day; one year
     * apart on the same day and month (a mistyped year; also when one side lacks the day); different.
     */
    BIRTH_DATE("birth_date", List.of("exact", "day_month_swap", "default_0101", "year_only", "same_year",
            "one_year", "different")),
    SEX("sex", List.of("same", "different")),
    /** Commune: same code, same current commune through the old→new mapping, same former district, different. */
    COMMUNE("commune", List.of("same", "same_mapped", "same_district", "different")),
    /** Address words (Jaccard of their ASCII tokens): ≥ 0.8, ≥ 0.5, some, none. */
    ADDRESS("address", List.of("high", "medium", "low", "none")),
    /** Ethnicity code. */
    ETHNICITY("ethnicity", List.of("same", "different")),
    /**
     * Father's name: same without diacritics; similar (same family and given name, the middle dropped
     * or changed, or the same words but one a typing slip off); different.
     */
    FATHER_NAME("father_name", List.of("exact", "similar", "different")),
    /** Mother's name, as the father's. */
    MOTHER_NAME("mother_name", List.of("exact", "similar", "different"));

    /** The level index of a missing value. */
    static final int MISSING = -1;

    private final String key;
    private final List<String> levels;

    Comparison(String key, List<String> levels) {
        this.key = key;
        this.levels = levels;
    }

    /** Its name in the model file and in explanations. */
    public String key() {
        return key;
    }

    public List<String> levels() {
        return levels;
    }

    public String level(int index) {
        return index == MISSING ? "missing" : levels.get(index);
    }

    static Comparison byKey(String key) {
        for (Comparison c : values()) {
            if (c.key.equals(key)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown comparison '" + key + "'");
    }
}
