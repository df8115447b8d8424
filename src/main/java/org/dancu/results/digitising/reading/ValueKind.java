package org.dancu.results.digitising.reading;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dancu.civil.ParseResult;
import org.dancu.civil.PartialDate;
import org.dancu.civil.PersonName;
import org.dancu.civil.Pin;
import org.dancu.civil.VietnameseText;

/**
 * The kinds of value printed after a label: each puts what was read in its canonical form and says
 * how far the value can be trusted on its own ({@link Checked#trust}, 1 for a value that passes every
 * check). OCR's usual confusions in digit fields (O for 0, l for 1, S for 5 …) are repaired first,
 * each repair lowering the trust a little; marks read after a value of a fixed shape are dropped and
 * make it doubtful.
 */
enum ValueKind {

    /** Two letters and eight digits, "AK 01234567" → "AK01234567". */
    SERIAL {
        @Override
        Checked check(String read) {
            String compact = read.replaceAll("\\s", "");
            if (compact.length() < 2) {
                return Checked.invalid(compact);
            }
            Repair letters = Repair.letters(VietnameseText.asciiKey(compact.substring(0, 2)).toUpperCase(Locale.ROOT));
            Repair digits = Repair.digits(compact.substring(2));
            return Checked.shaped(new Repair(letters.text() + digits.text(), letters.repairs() + digits.repairs()),
                    SERIAL_SHAPE);
        }
    },
    /** A number: a parcel, a map sheet, a register entry. */
    NUMBER {
        @Override
        Checked check(String read) {
            return Checked.shaped(Repair.digits(read.replaceAll("\\s", "")), NUMBER_SHAPE);
        }
    },
    /** An area in m², "245,6 m²" → "245,6" (the decimal comma as printed). */
    AREA {
        @Override
        Checked check(String read) {
            String compact = read.replaceAll("\\s", "");
            // the unit, however OCR read its square (m², m2, m?): everything from the m on
            int unit = compact.toLowerCase(Locale.ROOT).indexOf('m', 1);
            String number = (unit > 0 ? compact.substring(0, unit) : compact).replace('.', ',');
            return Checked.shaped(Repair.digits(number), AREA_SHAPE);
        }
    },
    /** A 12-digit personal ID: structurally checked with {@link Pin}. */
    PIN {
        @Override
        Checked check(String read) {
            Checked digits = Checked.shaped(Repair.digits(read.replaceAll("[\\s.\\-]", "")), PIN_SHAPE);
            return Pin.parse(digits.value()).isValid() ? digits : Checked.invalid(digits.value());
        }
    },
    /** A date written day first: checked and written dd/MM/yyyy by {@link PartialDate}. */
    DATE {
        @Override
        Checked check(String read) {
            Checked shaped = Checked.shaped(Repair.digits(read.replaceAll("\\s", "")), DATE_SHAPE);
            ParseResult<PartialDate, PartialDate.Invalid> date =
                    PartialDate.parse(shaped.value(), PartialDate.DayMonthOrder.DAY_FIRST);
            return date.isValid() ? new Checked(date.value().toDayFirst(), shaped.trust())
                    : Checked.invalid(shaped.value());
        }
    },
    /** A person's name, normalised as the register writes names; text that is no Vietnamese name is doubtful. */
    NAME {
        @Override
        Checked check(String read) {
            ParseResult<PersonName, PersonName.Invalid> name = PersonName.parse(read.strip());
            if (!name.isValid()) {
                return Checked.invalid(VietnameseText.normalize(read));
            }
            String value = name.value().fullName();
            return PersonName.spelling(value) == PersonName.Spelling.MIS_DECODED ? Checked.doubtful(value)
                    : Checked.valid(value);
        }
    },
    /** "Nam" or "Nữ", read without regard to the accent. */
    SEX {
        @Override
        Checked check(String read) {
            String[] words = read.strip().split("\\s+", 2);
            String key = VietnameseText.asciiKey(words[0]).replaceAll("[^a-z]", "");
            double trust = words.length > 1 ? DOUBTFUL : 1;
            return switch (key) {
                case "nam" -> new Checked("Nam", trust);
                case "nu" -> new Checked("Nữ", trust);
                default -> Checked.invalid(VietnameseText.normalize(read));
            };
        }
    },
    /** A register book, "02/2015". */
    REGISTER_BOOK {
        @Override
        Checked check(String read) {
            return Checked.shaped(Repair.digits(read.replaceAll("\\s", "")), BOOK_SHAPE);
        }
    },
    /**
     * The commune, the first part of an address ("Xã Thanh Xương, Huyện Điện Biên, …") or of a
     * registering authority ("Ủy ban nhân dân xã Thanh Xương, …").
     */
    COMMUNE {
        @Override
        Checked check(String read) {
            String first = VietnameseText.normalize(read.split("[,;]", 2)[0]);
            String key = VietnameseText.asciiKey(first);
            if (key.startsWith(PEOPLES_COMMITTEE)) {
                first = first.substring(PEOPLES_COMMITTEE.length()).strip();
                key = VietnameseText.asciiKey(first);
            }
            if (first.isEmpty()) {
                return Checked.invalid(first);
            }
            String value = Character.toUpperCase(first.charAt(0)) + first.substring(1);
            boolean commune = COMMUNE_TYPES.matcher(key).lookingAt() && VietnameseText.isVietnameseOrthography(value);
            return commune ? Checked.valid(value) : Checked.doubtful(value);
        }
    };

    private static final Pattern SERIAL_SHAPE = Pattern.compile("[A-Z]{2}\\d{8}(?!\\d)");
    private static final Pattern NUMBER_SHAPE = Pattern.compile("\\d{1,6}(?!\\d)");
    private static final Pattern AREA_SHAPE = Pattern.compile("\\d{1,7}(,\\d{1,2})?(?![\\d,])");
    private static final Pattern PIN_SHAPE = Pattern.compile("\\d{12}(?!\\d)");
    private static final Pattern DATE_SHAPE = Pattern.compile("\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4}(?!\\d)");
    private static final Pattern BOOK_SHAPE = Pattern.compile("\\d{1,3}/\\d{4}(?!\\d)");
    private static final Pattern COMMUNE_TYPES = Pattern.compile("(xa|phuong|thi tran) ");
    private static final String PEOPLES_COMMITTEE = "uy ban nhan dan";

    /** Trust of a value read but failing its check (an ID that cannot be an ID, an impossible date). */
    static final double INVALID = 0.2;
    /** Trust of a value of the right shape that does not look right (a name that is no Vietnamese spelling). */
    static final double DOUBTFUL = 0.5;
    /** Each character repaired (O read for 0 …) keeps this share of the trust. */
    static final double PER_REPAIR = 0.9;

    abstract Checked check(String read);

    /** A value in canonical form and how far it can be trusted on its own, 0 to 1. */
    record Checked(String value, double trust) {

        static Checked valid(String value) {
            return new Checked(value, 1);
        }

        /**
         * The value of the given shape the text starts with; what follows it (specks read as marks,
         * a stain read as letters) is dropped but makes the value doubtful.
         */
        static Checked shaped(Repair read, Pattern shape) {
            Matcher value = shape.matcher(read.text());
            if (!value.lookingAt()) {
                return invalid(read.text());
            }
            double trust = Math.pow(PER_REPAIR, read.repairs()) * (value.end() < read.text().length() ? DOUBTFUL : 1);
            return new Checked(value.group(), trust);
        }

        static Checked invalid(String value) {
            return new Checked(value, INVALID);
        }

        static Checked doubtful(String value) {
            return new Checked(value, DOUBTFUL);
        }
    }

    /** Text with OCR's look-alike characters replaced, and how many were. */
    private record Repair(String text, int repairs) {

        private static final String DIGIT_LOOKALIKES = "OoDQIl|i!ZzSs$BGbgq";
        private static final String DIGITS_FOR_THEM = "0000111112255586699";
        private static final String LETTER_LOOKALIKES = "015862";
        private static final String LETTERS_FOR_THEM = "OISBGZ";

        static Repair digits(String text) {
            return replace(text, DIGIT_LOOKALIKES, DIGITS_FOR_THEM);
        }

        static Repair letters(String text) {
            return replace(text, LETTER_LOOKALIKES, LETTERS_FOR_THEM);
        }

        private static Repair replace(String text, String from, String to) {
            StringBuilder out = new StringBuilder(text.length());
            int repairs = 0;
            for (int i = 0; i < text.length(); i++) {
                int at = from.indexOf(text.charAt(i));
                out.append(at < 0 ? text.charAt(i) : to.charAt(at));
                repairs += at < 0 ? 0 : 1;
            }
            return new Repair(out.toString(), repairs);
        }
    }
}
