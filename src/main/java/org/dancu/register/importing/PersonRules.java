package org.dancu.register.importing;

import java.util.List;
import java.util.Optional;

import org.dancu.civil.Ethnicity;
import org.dancu.civil.ParseResult;
import org.dancu.civil.PartialDate;
import org.dancu.civil.PersonName;
import org.dancu.civil.Pin;
import org.dancu.civil.Sex;

/**
 * The register's rule for each person field, read with civil's types: the one place the import's row
 * check and the life-event forms take them from, so a value one accepts the other accepts, and what
 * the register cannot store is refused with the same reason everywhere. A refusal's reason code is
 * explained by {@code register.import.detail.<problem>.<reason>}, on the import's report and beside a
 * form's field alike.
 */
public final class PersonRules {

    /** Characters of a whole name, and of each part of one; longer is not a name but a mistake. */
    static final int MAX_NAME = 100;
    private static final int MAX_EMAIL = 254;

    /** Why a name is refused: civil's reasons and the register's own. */
    public enum NameInvalid {
        EMPTY,
        INVALID_CHARACTERS,
        /** One word only: the register keeps family and given name apart and needs both. */
        NO_FAMILY_NAME,
        TOO_LONG,
        /** Not Vietnamese orthography, most often read in the wrong encoding ("Ñoã"): refused, never stored. */
        MIS_DECODED
    }

    private PersonRules() {
    }

    /** A full name as the register stores it: family name first, given name last, both present. */
    static ParseResult<PersonName, NameInvalid> fullName(String text) {
        ParseResult<PersonName, NameInvalid> parsed = parse(text);
        if (!parsed.isValid()) {
            return parsed;
        }
        PersonName name = parsed.value();
        if (name.fullName().length() > MAX_NAME) {
            return ParseResult.invalid(NameInvalid.TOO_LONG);
        }
        if (name.family().isEmpty()) {
            return ParseResult.invalid(NameInvalid.NO_FAMILY_NAME);
        }
        return ParseResult.valid(name);
    }

    /**
     * One part of a name (family, middle or given name) or a relative's name as a form gives it: the
     * letters of a name only, normalised and in title case as the import stores them.
     */
    public static ParseResult<String, NameInvalid> namePart(String text) {
        ParseResult<PersonName, NameInvalid> parsed = parse(text);
        if (!parsed.isValid()) {
            return ParseResult.invalid(parsed.reason());
        }
        String words = parsed.value().fullName();
        return words.length() > MAX_NAME ? ParseResult.invalid(NameInvalid.TOO_LONG) : ParseResult.valid(words);
    }

    /**
     * A name normalised as civil's {@link PersonName#parse} does (composed, canonical tone marks,
     * title case), once civil's {@link PersonName#spelling} has found it Vietnamese: what cannot be
     * normalised safely is refused.
     */
    private static ParseResult<PersonName, NameInvalid> parse(String text) {
        if (PersonName.spelling(text) == PersonName.Spelling.MIS_DECODED) {
            return ParseResult.invalid(NameInvalid.MIS_DECODED);
        }
        ParseResult<PersonName, PersonName.Invalid> parsed = PersonName.parse(text);
        return parsed.isValid() ? ParseResult.valid(parsed.value())
                : ParseResult.invalid(NameInvalid.valueOf(parsed.reason().name()));
    }

    /** Nam / Nữ, M / F, male / female and the words for unknown; numeric codes are never guessed. */
    public static ParseResult<Sex, Sex.Invalid> sex(String text) {
        return Sex.parse(text);
    }

    /** The ethnicity from its code ("01", "1") or its name ("Thái"). */
    public static ParseResult<Ethnicity, Ethnicity.Invalid> ethnicity(String text) {
        Optional<Ethnicity> byCode = text.matches("[0-9]{1,2}")
                ? Ethnicity.byCode(text.length() == 1 ? "0" + text : text) : Optional.empty();
        return byCode.<ParseResult<Ethnicity, Ethnicity.Invalid>>map(ParseResult::valid)
                .orElseGet(() -> Ethnicity.parse(text));
    }

    /**
     * A Vietnamese phone number as the register keeps it: 0 and 9 or 10 digits, spaces, dots, dashes
     * and brackets dropped, +84 or 84 written as 0 ("+84 912 345 678" → "0912345678").
     */
    public static Optional<String> phone(String text) {
        String digits = text.replaceAll("[\\s.()-]", "");
        if (digits.startsWith("+84")) {
            digits = "0" + digits.substring(3);
        } else if (digits.startsWith("84") && digits.length() >= 11) {
            digits = "0" + digits.substring(2);
        }
        return digits.matches("0[0-9]{9,10}") ? Optional.of(digits) : Optional.empty();
    }

    /** An e-mail address: one @, a dot in the domain, no spaces, at most 254 characters. */
    public static Optional<String> email(String text) {
        String address = text.strip();
        return address.length() <= MAX_EMAIL && address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")
                ? Optional.of(address) : Optional.empty();
    }

    /**
     * What the personal ID says otherwise than the record: {@link ImportProblem#PIN_SEX_MISMATCH} for
     * its sex digit, {@link ImportProblem#PIN_BIRTH_YEAR_MISMATCH} for its birth year.
     */
    static List<ImportProblem> disagreements(Pin pin, Sex sex, PartialDate birthDate) {
        return pin.checkAgainst(sex, birthDate).disagreements().stream()
                .map(field -> field == Pin.Field.SEX ? ImportProblem.PIN_SEX_MISMATCH
                        : ImportProblem.PIN_BIRTH_YEAR_MISMATCH)
                .toList();
    }

    /** The same for values as stored or typed; nothing when one of them cannot be read. */
    public static List<ImportProblem> disagreements(String pin, String sex, String birthDate) {
        if (pin == null || sex == null || birthDate == null) {
            return List.of();
        }
        Optional<Pin> parsedPin = Pin.parse(pin).toOptional();
        Optional<Sex> parsedSex = sex(sex).toOptional();
        Optional<PartialDate> born = PartialDate.parse(birthDate).toOptional();
        return parsedPin.isEmpty() || parsedSex.isEmpty() || born.isEmpty() ? List.of()
                : disagreements(parsedPin.get(), parsedSex.get(), born.get());
    }
}
