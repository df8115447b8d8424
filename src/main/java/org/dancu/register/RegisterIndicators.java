package org.dancu.register;

/**
 * The codes of the steering indicators the register declares and counts (docs/steering.md,
 * "Indicators"); their wording is in the register's message bundle.
 */
public final class RegisterIndicators {

    /** Living residents with a valid 12-digit ID agreeing with sex and birth year. */
    public static final String VALID_PIN = "REG_VALID_PIN";
    /** Records with every required field. */
    public static final String COMPLETE = "REG_COMPLETE";
    /** Names in Vietnamese spelling, normalised as the register writes them. */
    public static final String NAME_SPELLING = "REG_NAME_SPELLING";

    private RegisterIndicators() {
    }
}
