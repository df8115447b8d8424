package org.dancu.workdays;

/** The occasions of Labour Code 2019 Art. 112(1), and any other the government decides. */
public enum Occasion {
    NEW_YEAR,
    LUNAR_NEW_YEAR,
    HUNG_KINGS,
    VICTORY_AND_LABOUR,
    NATIONAL_DAY,
    OTHER
}
