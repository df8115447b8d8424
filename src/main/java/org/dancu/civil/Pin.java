package org.dancu.civil;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The 12-digit personal identification number (số định danh cá nhân, printed on the CCCD card).
 *
 * <p>Structure (Thông tư 07/2016/TT-BCA, now 59/2021/TT-BCA): three digits for the province where
 * the birth was registered ({@code 0} + the GSO province code, Điện Biên 011), one digit for century
 * and sex (0/1 = born in the 1900s, male/female; 2/3 the 2000s; 4/5 the 2100s; 6/7 the 2200s; 8/9
 * the 2300s), the last two digits of the birth year, and six serial digits. There is no check
 * digit: a mistyped serial digit cannot be detected, so what can be checked is the structure, the
 * province code against the 63 provinces, and agreement with the person's sex and birth year
 * ({@link #checkAgainst}).
 *
 * <p>{@link #toString()} is the masked form, so that an ID written to a log by accident does not
 * disclose it; {@link #value()} gives the digits.
 */
public final class Pin extends IdNumber {

    public static final int LENGTH = 12;
    private static final ZoneId VIETNAM = ProvinceTime.VIETNAM;
    private static final int OLD_ID_LENGTH = 9;

    public enum Invalid {
        EMPTY,
        /** Something other than ASCII digits and single spaces, dots or dashes between them. */
        NOT_DIGITS,
        /** Neither 12 digits nor one of the cases below; the detail is the number of digits. */
        WRONG_LENGTH,
        /** 11 digits that would be a valid ID with a leading 0: typically lost by a spreadsheet. */
        LEADING_ZERO_LOST,
        /** 9 digits: an old identity card number, see {@link OldId}. */
        OLD_ID_NUMBER,
        /** The first three digits are not a province; the detail is those digits. */
        UNKNOWN_PROVINCE,
        /** The century digit and year digits give a year after the current one; the detail is that year. */
        BIRTH_YEAR_IN_FUTURE
    }

    /** Facts of an ID checked against what a record says about the person. */
    public enum Field { SEX, BIRTH_YEAR }

    public enum Agreement { AGREES, DISAGREES, CANNOT_TELL }

    /**
     * The result of {@link #checkAgainst}: per field whether the record agrees with the ID;
     * {@link #disagreements()} names the fields that contradict it.
     */
    public record Consistency(Agreement sex, Agreement birthYear) {

        public Consistency {
            Objects.requireNonNull(sex, "sex");
            Objects.requireNonNull(birthYear, "birthYear");
        }

        public List<Field> disagreements() {
            List<Field> fields = new ArrayList<>(2);
            if (sex == Agreement.DISAGREES) {
                fields.add(Field.SEX);
            }
            if (birthYear == Agreement.DISAGREES) {
                fields.add(Field.BIRTH_YEAR);
            }
            return Collections.unmodifiableList(fields);
        }

        /** No known value contradicts the ID (unknown values count as no contradiction). */
        public boolean isConsistent() {
            return sex != Agreement.DISAGREES && birthYear != Agreement.DISAGREES;
        }
    }

    private static final String[] PROVINCE_NAMES = new String[1000];

    static {
        for (String[] row : CsvResource.rows("/civil/pin_province_codes.csv")) {
            PROVINCE_NAMES[Integer.parseInt(row[0])] = row[1];
        }
    }

    private Pin(String value) {
        super(value);
    }

    /** Reads an ID from untrusted text; the current year is the one in Vietnam today. */
    public static ParseResult<Pin, Invalid> parse(CharSequence text) {
        return parse(text, LocalDate.now(VIETNAM).getYear());
    }

    /**
     * Reads an ID typed as 12 ASCII digits, optionally grouped by single spaces, dots or dashes
     * ("011 095 001 234", "011.095.001234"). Other digits (full-width …) are refused.
     */
    public static ParseResult<Pin, Invalid> parse(CharSequence text, int currentYear) {
        String digits = IdDigits.strip(Objects.requireNonNull(text, "text"));
        if (digits == null) {
            return ParseResult.invalid(Invalid.NOT_DIGITS);
        }
        if (digits.isEmpty()) {
            return ParseResult.invalid(Invalid.EMPTY);
        }
        int length = digits.length();
        if (length != LENGTH) {
            return ParseResult.invalid(wrongLengthReason(digits, currentYear), Integer.toString(length));
        }
        Invalid problem = structureProblem(digits, currentYear);
        if (problem == Invalid.UNKNOWN_PROVINCE) {
            return ParseResult.invalid(problem, digits.substring(0, 3));
        }
        if (problem == Invalid.BIRTH_YEAR_IN_FUTURE) {
            return ParseResult.invalid(problem, Integer.toString(birthYear(digits)));
        }
        return ParseResult.valid(new Pin(digits));
    }

    /** For trusted input; an invalid ID is an {@link IllegalArgumentException} naming the reason, not the digits. */
    public static Pin of(String text) {
        return parse(text).orElseThrow();
    }

    private static Invalid wrongLengthReason(String digits, int currentYear) {
        if (digits.length() == OLD_ID_LENGTH) {
            return Invalid.OLD_ID_NUMBER;
        }
        if (digits.length() == LENGTH - 1 && structureProblem("0" + digits, currentYear) == null) {
            return Invalid.LEADING_ZERO_LOST;
        }
        return Invalid.WRONG_LENGTH;
    }

    private static Invalid structureProblem(String digits, int currentYear) {
        if (PROVINCE_NAMES[provinceNumber(digits)] == null) {
            return Invalid.UNKNOWN_PROVINCE;
        }
        return birthYear(digits) > currentYear ? Invalid.BIRTH_YEAR_IN_FUTURE : null;
    }

    private static int provinceNumber(String digits) {
        return digit(digits, 0) * 100 + digit(digits, 1) * 10 + digit(digits, 2);
    }

    private static int birthYear(String digits) {
        return 1900 + digit(digits, 3) / 2 * 100 + digit(digits, 4) * 10 + digit(digits, 5);
    }

    private static int digit(String digits, int index) {
        return digits.charAt(index) - '0';
    }

    /** The twelve digits. Handle with care: this is personal data. */
    public String value() {
        return value;
    }

    /** The three-digit province code of birth registration, e.g. "011". */
    public String provinceCode() {
        return value.substring(0, 3);
    }

    /** The two-digit GSO code of that province, e.g. "11"; pre-2025 provinces, as IDs keep their prefix. */
    public String gsoProvinceCode() {
        return value.substring(1, 3);
    }

    /** The name of that province (2025 name, before the 2025 mergers), e.g. "Điện Biên". */
    public String provinceName() {
        return PROVINCE_NAMES[provinceNumber(value)];
    }

    public Sex sex() {
        return digit(value, 3) % 2 == 0 ? Sex.MALE : Sex.FEMALE;
    }

    public int birthYear() {
        return birthYear(value);
    }

    /**
     * Whether a record's sex and birth date agree with this ID. An unknown sex or a missing birth
     * date cannot be checked and gives {@link Agreement#CANNOT_TELL}, never a disagreement.
     */
    public Consistency checkAgainst(Sex recordedSex, PartialDate birthDate) {
        Agreement sexAgreement = recordedSex == null || !recordedSex.isKnown() ? Agreement.CANNOT_TELL
                : recordedSex == sex() ? Agreement.AGREES : Agreement.DISAGREES;
        Agreement yearAgreement = birthDate == null ? Agreement.CANNOT_TELL
                : birthDate.year() == birthYear() ? Agreement.AGREES : Agreement.DISAGREES;
        return new Consistency(sexAgreement, yearAgreement);
    }

    /**
     * Does the text have the shape of an ID: exactly twelve ASCII digits? Nothing else is checked, so
     * a lookup keyed by it learns nothing from a refusal that says why; {@link #parse} says why.
     */
    public static boolean hasShape(String text) {
        if (text == null || text.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * The {@linkplain #masked() masked} form of a 12-digit string already known to have the ID's
     * length, for callers that hold the digits (a database column, a checked form field) rather
     * than a parsed {@code Pin}. A person without an ID ({@code null}) stays without one.
     */
    public static String mask(String twelveDigits) {
        if (twelveDigits == null) {
            return null;
        }
        if (twelveDigits.length() != LENGTH) {
            throw new IllegalArgumentException("not " + LENGTH + " digits");
        }
        return IdDigits.mask(twelveDigits);
    }
}
