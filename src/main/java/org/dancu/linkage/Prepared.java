package org.dancu.linkage;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;

import org.dancu.civil.PartialDate;
import org.dancu.civil.PersonName;
import org.dancu.civil.Pin;
import org.dancu.civil.Sex;
import org.dancu.civil.VietnameseText;

/**
 * A record normalised once, in the forms the comparisons and blocking keys read. Name forms are
 * ASCII keys except {@code folded}; an unknown value is "" (or 0 for numbers). Public and
 * serialisable, its forms hidden, for a runner that normalises on one machine and compares on
 * another (the Spark runner): {@link #blockingKeys()}, {@link #termForms()}, {@link PairScorer}.
 */
public final class Prepared implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Dates after this are refused; fixed so that a rerun reads the same file the same way. */
    private static final LocalDate LATEST_DATE = LocalDate.of(2100, 1, 1);

    final String id;
    final String pin;
    final String oldId;
    final String folded;
    final String ascii;
    final String sorted;
    final String familyGiven;
    /** Family and given name in alphabetical order, for names written given name first, the middle dropped. */
    final String familyGivenPair;
    final String given;
    final boolean hasMiddle;
    final int year;
    final int month;
    final int day;
    final int sex;
    final String commune;
    final String current;
    final String district;
    final int[] address;
    final String ethnicity;
    final String father;
    final String mother;
    /** How many records of the reference side carry the same name forms: for the term-frequency adjustment. */
    int nameCount;
    int familyGivenCount;
    int givenCount;

    public Prepared(PersonRecord record, CommuneMapping communes) {
        id = record.id();
        String[] ids = ids(record.pin(), record.oldId());
        pin = ids[0];
        oldId = ids[1];
        String raw = record.fullName();
        var parsed = PersonName.parse(raw);
        String family;
        if (parsed.isValid()) {
            PersonName name = parsed.value();
            folded = name.folded();
            ascii = name.asciiKey();
            given = name.givenNameKey();
            family = VietnameseText.asciiKey(name.family());
            hasMiddle = !name.middleWords().isEmpty();
        } else {
            folded = VietnameseText.fold(raw);
            ascii = VietnameseText.asciiKey(raw);
            String[] words = ascii.isEmpty() ? new String[0] : ascii.split(" ");
            given = words.length == 0 ? "" : words[words.length - 1];
            family = words.length > 1 ? words[0] : "";
            hasMiddle = words.length > 2;
        }
        familyGiven = family.isEmpty() ? given : family + " " + given;
        familyGivenPair = family.compareTo(given) <= 0 ? familyGiven : given + " " + family;
        sorted = sortedWords(ascii);
        int[] date = date(record.birthDate());
        year = date[0];
        month = date[1];
        day = date[2];
        var parsedSex = Sex.parse(record.sex());
        sex = parsedSex.isValid() && parsedSex.value().isKnown() ? parsedSex.value().ordinal() + 1 : 0;
        commune = communeCode(record.communeCode());
        current = commune.isEmpty() ? "" : communes.current(commune);
        district = commune.isEmpty() ? "" : communes.formerDistrict(commune);
        address = tokens(record.address());
        ethnicity = ethnicity(record.ethnicity());
        father = VietnameseText.asciiKey(record.fatherName());
        mother = VietnameseText.asciiKey(record.motherName());
    }

    public String id() {
        return id;
    }

    /** The record's key for each {@link BlockingRule}, by ordinal; 0 where it has none. */
    public long[] blockingKeys() {
        BlockingRule[] rules = BlockingRule.values();
        long[] keys = new long[rules.length];
        for (BlockingRule rule : rules) {
            keys[rule.ordinal()] = rule.key(this);
        }
        return keys;
    }

    /**
     * The name forms whose frequency over the reference side adjusts the name's weight (full name,
     * family + given, given), in the order {@link #countTerms} takes their counts; "" when unknown.
     */
    public String[] termForms() {
        return new String[] {ascii, familyGiven, given};
    }

    /** Sets how many reference records carry each of {@link #termForms()}; done once, on the reference side. */
    public void countTerms(int name, int familyGivenName, int givenName) {
        nameCount = name;
        familyGivenCount = familyGivenName;
        givenCount = givenName;
    }

    /** The birth year, 0 when unknown. */
    public int birthYear() {
        return year;
    }

    /** Whether the ID is a 12-digit personal ID (whose first six digits encode the birth year). */
    public boolean hasPersonalId() {
        return pin.length() == Pin.LENGTH;
    }

    boolean hasFullDate() {
        return day != 0;
    }

    /** The first half of the ID digits: for a 12-digit ID, province, century and birth year. */
    String pinHead() {
        return pin.substring(0, (pin.length() + 1) / 2);
    }

    /** The second half of the ID digits: for a 12-digit ID, its random part. */
    String pinTail() {
        return pin.substring((pin.length() + 1) / 2);
    }

    /**
     * Digits only; a 9-digit number in the ID column is an old ID, an 11-digit one that becomes a
     * valid ID with a leading zero lost it in a spreadsheet. Other lengths are kept as written
     * (identifiers of other schemes), but fewer than five digits is no identifier.
     */
    private static String[] ids(String pinText, String oldText) {
        String pin = digits(pinText);
        String old = digits(oldText);
        if (pin.length() == 9 && old.isEmpty()) {
            old = pin;
            pin = "";
        } else if (pin.length() == Pin.LENGTH - 1 && Pin.parse("0" + pin).isValid()) {
            pin = "0" + pin;
        }
        return new String[] {pin.length() < 5 ? "" : pin, old.length() < 5 ? "" : old};
    }

    private static String digits(String text) {
        StringBuilder digits = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (Character.isLetter(c)) {
                return "";
            }
        }
        return digits.toString();
    }

    private static String sortedWords(String ascii) {
        if (ascii.indexOf(' ') < 0) {
            return ascii;
        }
        String[] words = ascii.split(" ");
        Arrays.sort(words);
        return String.join(" ", words);
    }

    /** Year, month, day (0 = unknown); also YYYYMMDD, as some systems export. */
    private static int[] date(String text) {
        if (text.isEmpty()) {
            return new int[3];
        }
        String value = text.length() == 8 && digits(text).length() == 8
                ? text.substring(0, 4) + "-" + text.substring(4, 6) + "-" + text.substring(6) : text;
        var parsed = PartialDate.parse(value, PartialDate.DayMonthOrder.DAY_FIRST, LATEST_DATE);
        if (!parsed.isValid()) {
            return new int[3];
        }
        PartialDate date = parsed.value();
        return new int[] {date.year(), date.month().orElse(0), date.day().orElse(0)};
    }

    /** A code as two digits ("8" and "08" meet); a name written out without diacritics. */
    private static String ethnicity(String text) {
        String digits = digits(text);
        if (digits.length() == text.length() && digits.length() == 1) {
            return "0" + digits;
        }
        return digits.length() == text.length() ? digits : VietnameseText.asciiKey(text);
    }

    /** Five digits: a spreadsheet that read the code as a number dropped its leading zeros. */
    private static String communeCode(String text) {
        String digits = digits(text);
        if (digits.isEmpty() || digits.length() > 5) {
            return digits;
        }
        return "0".repeat(5 - digits.length()) + digits;
    }

    private static int[] tokens(String address) {
        if (address.isEmpty()) {
            return new int[0];
        }
        String[] words = VietnameseText.asciiKey(address).split("[^a-z0-9]+");
        int[] hashes = new int[words.length];
        int n = 0;
        for (String word : words) {
            if (!word.isEmpty()) {
                hashes[n++] = word.hashCode();
            }
        }
        return Arrays.stream(hashes, 0, n).sorted().distinct().toArray();
    }
}
