package org.dancu.results;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dancu.civil.ParseResult;

/**
 * The stable code of a result, printed on it and read aloud over the phone:
 * {@code PPP-TT-YYYY-NNNNNNNN-C}, e.g. {@code 011-KS-2026-00000123-W}.
 *
 * <ul>
 *   <li>{@code PPP} the issuing province as in the 12-digit ID (Điện Biên {@code 011});</li>
 *   <li>{@code TT} the type in two letters of its Vietnamese name ({@link #letters(ResultType)});</li>
 *   <li>{@code YYYY} the year of issue in the province; {@code NNNNNNNN} a running number unique across
 *       the register (so the code stays unique whatever the year or type);</li>
 *   <li>{@code C} a check character (ISO/IEC 7064 MOD 37,36, one of 0–9 and A–Z) over the rest, so a
 *       mistyped character or two swapped neighbours are refused instead of finding another result.</li>
 * </ul>
 */
public record ResultCode(String value) {

    /** Why a text is not a result code; {@link ParseResult#detail()} never repeats the text. */
    public enum Malformed { EMPTY, WRONG_SHAPE, UNKNOWN_TYPE, WRONG_CHECK }

    private static final Pattern SHAPE =
            Pattern.compile("(\\d{3})-([A-Z]{2})-(\\d{4})-(\\d{8})-([0-9A-Z])");
    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final int MODULUS = 36;
    private static final long MAX_SEQUENCE = 99_999_999L;

    public ResultCode {
        Objects.requireNonNull(value, "value");
    }

    /** The code for a newly numbered result; {@code provinceCode} has three digits, as in the 12-digit ID. */
    public static ResultCode of(String provinceCode, ResultType type, int year, long sequence) {
        if (!provinceCode.matches("\\d{3}") || year < 1000 || year > 9999 || sequence < 1 || sequence > MAX_SEQUENCE) {
            throw new IllegalArgumentException("cannot number a result " + provinceCode + "/" + year + "/" + sequence);
        }
        String body = "%s-%s-%04d-%08d".formatted(provinceCode, letters(type), year, sequence);
        return new ResultCode(body + "-" + checkCharacter(body));
    }

    /** For trusted text (a stored code, a URL made by the application): the code, or an IllegalArgumentException naming the reason. */
    public static ResultCode parse(String text) {
        return read(text).orElseThrow();
    }

    /** For text a person typed: the code (spaces trimmed, upper-cased), or why it is not one. */
    public static ParseResult<ResultCode, Malformed> read(String text) {
        if (text == null || text.isBlank()) {
            return ParseResult.invalid(Malformed.EMPTY);
        }
        String candidate = text.strip().toUpperCase(Locale.ROOT);
        Matcher matcher = SHAPE.matcher(candidate);
        if (!matcher.matches()) {
            return ParseResult.invalid(Malformed.WRONG_SHAPE);
        }
        if (typeOf(matcher.group(2)) == null) {
            return ParseResult.invalid(Malformed.UNKNOWN_TYPE, matcher.group(2));
        }
        String body = candidate.substring(0, candidate.length() - 2);
        if (checkCharacter(body) != candidate.charAt(candidate.length() - 1)) {
            return ParseResult.invalid(Malformed.WRONG_CHECK);
        }
        return ParseResult.valid(new ResultCode(candidate));
    }

    /** The type the code names. */
    public ResultType type() {
        return typeOf(value.substring(4, 6));
    }

    /** The year of issue the code names. */
    public int year() {
        return Integer.parseInt(value.substring(7, 11));
    }

    /** The two letters that stand for a type in a code. */
    public static String letters(ResultType type) {
        return switch (type) {
            case BIRTH_EXTRACT -> "KS";          // khai sinh
            case DEATH_EXTRACT -> "KT";          // khai tử
            case RESIDENCE_CONFIRMATION -> "CT"; // cư trú
            case LAND_USE_CERTIFICATE -> "SD";   // quyền sử dụng đất
            case LAND_RIGHT_CHANGE -> "BD";      // biến động đất đai
            case HOUSING_RIGHT_CHANGE -> "NO";   // nhà ở
            case PAYMENT_RECEIPT -> "BL";        // biên lai
            case HEALTH_INSURANCE_CARD -> "BH";  // thẻ bảo hiểm y tế
            case RESIDENCE_REMOVAL -> "XT";      // xóa đăng ký thường trú
            case FUNERAL_ALLOWANCE_DECISION -> "MT";  // trợ cấp mai táng
            case SURVIVOR_ALLOWANCE_DECISION -> "TT"; // trợ cấp tử tuất
        };
    }

    private static ResultType typeOf(String letters) {
        for (ResultType type : ResultType.values()) {
            if (letters(type).equals(letters)) {
                return type;
            }
        }
        return null;
    }

    /** ISO/IEC 7064 MOD 37,36 (hybrid system) over the code's digits and letters, dashes skipped. */
    static char checkCharacter(String body) {
        int product = MODULUS;
        for (int i = 0; i < body.length(); i++) {
            int digit = ALPHABET.indexOf(body.charAt(i));
            if (digit < 0) {
                continue;
            }
            int sum = (product + digit) % MODULUS;
            product = (2 * (sum == 0 ? MODULUS : sum)) % (MODULUS + 1);
        }
        return ALPHABET.charAt((MODULUS + 1 - product) % MODULUS);
    }

    @Override
    public String toString() {
        return value;
    }
}
