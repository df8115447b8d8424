package org.dancu.cleansing;

/**
 * The codes of the steering indicators cleansing declares and counts, one per sector ("data
 * cleansed", docs/cleansing.md); their wording is in cleansing's message bundle.
 */
public final class CleansingIndicators {

    public static final String LAND = "CLEAN_LAND";
    public static final String HOUSING = "CLEAN_HOUSING";
    public static final String LABOUR = "CLEAN_LABOUR";
    public static final String CONSTRUCTION = "CLEAN_CONSTRUCTION";
    public static final String TAX = "CLEAN_TAX";
    public static final String BANKING = "CLEAN_BANKING";
    public static final String EDUCATION = "CLEAN_EDUCATION";

    private CleansingIndicators() {
    }
}
