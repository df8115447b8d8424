package org.dancu.civil;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A Vietnamese personal name: family name, middle name of zero or more words, given name, written
 * in that order ("Lò Văn Hùng", "Giàng A Dình", "Sùng Thị Mai").
 *
 * <p>Parts are stored normalised for display: decomposed input repaired, tone marks on their
 * canonical vowel, whitespace collapsed, and each word in title case (also after an apostrophe or a
 * hyphen: "H'Hen", "Y-Bih"). {@link #folded()} and {@link #asciiKey()} give the forms to match on.
 *
 * <p>Parsing cannot know a compound family name (Tôn Thất, Âu Dương) and takes the first word as
 * the family name; use {@link #of} when the parts are known. Ê Đê and other Tây Nguyên names put
 * the family name last by custom ("Y Bih Niê"); they are kept as written.
 */
public final class PersonName {

    public enum Invalid {
        EMPTY,
        /** Digits or symbols: only letters, spaces, apostrophes and hyphens make a name. */
        INVALID_CHARACTERS
    }

    /** How a name is written, against the register's way of writing names. */
    public enum Spelling {
        /** As the register writes it: composed, canonical tone marks, single spaces, each word capitalised. */
        NORMALISED,
        /** Vietnamese, but written otherwise (decomposed, "Thuỳ" for Thùy, case, spacing): safely normalised by {@link #parse}. */
        NOT_NORMALISED,
        /**
         * Not Vietnamese orthography ({@link VietnameseText#isVietnameseOrthography}): most often text
         * decoded with the wrong code page ("Ñoã", "BĂši"). Nothing can safely repair it; it must be
         * read again from its source.
         */
        MIS_DECODED
    }

    private static final String NONE = "";

    private final String family;
    private final List<String> middle;
    private final String given;

    private PersonName(String family, List<String> middle, String given) {
        this.family = family;
        this.middle = middle;
        this.given = given;
    }

    /** Splits a full name written family name first, given name last. One word is a given name alone. */
    public static ParseResult<PersonName, Invalid> parse(String fullName) {
        String[] words = words(Objects.requireNonNull(fullName, "fullName"));
        if (words.length == 0) {
            return ParseResult.invalid(Invalid.EMPTY);
        }
        for (String word : words) {
            if (!isNameWord(word)) {
                return ParseResult.invalid(Invalid.INVALID_CHARACTERS);
            }
        }
        return ParseResult.valid(fromWords(words));
    }

    /**
     * The one rule on how a written name stands: the register's checks and figures, its import and
     * forms, and cleansing's "clean" criterion all ask this.
     */
    public static Spelling spelling(String written) {
        if (!VietnameseText.isVietnameseOrthography(written)) {
            return Spelling.MIS_DECODED;
        }
        ParseResult<PersonName, Invalid> parsed = parse(written);
        return parsed.isValid() && parsed.value().fullName().equals(written) ? Spelling.NORMALISED
                : Spelling.NOT_NORMALISED;
    }

    /**
     * A name from its known parts; {@code family} and {@code middle} may be empty or null, the
     * given name may not. Invalid characters are an {@link IllegalArgumentException}.
     */
    public static PersonName of(String family, String middle, String given) {
        String[] givenWords = words(Objects.requireNonNull(given, "given"));
        if (givenWords.length == 0) {
            throw new IllegalArgumentException("The given name is empty");
        }
        return new PersonName(part(family), List.of(checked(words(middle == null ? NONE : middle))),
                String.join(" ", checked(givenWords)));
    }

    private static String part(String text) {
        return text == null ? NONE : String.join(" ", checked(words(text)));
    }

    private static String[] checked(String[] words) {
        for (String word : words) {
            if (!isNameWord(word)) {
                throw new IllegalArgumentException(Invalid.INVALID_CHARACTERS.name());
            }
        }
        return words;
    }

    private static PersonName fromWords(String[] words) {
        if (words.length == 1) {
            return new PersonName(NONE, List.of(), words[0]);
        }
        return new PersonName(words[0], List.of(Arrays.copyOfRange(words, 1, words.length - 1)),
                words[words.length - 1]);
    }

    /** Normalised, title-cased words; none for blank text. */
    private static String[] words(String text) {
        String normalized = VietnameseText.normalize(text);
        if (normalized.isEmpty()) {
            return new String[0];
        }
        String[] words = normalized.split(" ");
        for (int i = 0; i < words.length; i++) {
            words[i] = titleCase(words[i]);
        }
        return words;
    }

    private static String titleCase(String word) {
        char[] letters = word.toCharArray();
        boolean startOfPart = true;
        for (int i = 0; i < letters.length; i++) {
            char c = letters[i];
            letters[i] = startOfPart ? Character.toUpperCase(c) : Character.toLowerCase(c);
            startOfPart = c == '\'' || c == '-';
        }
        return new String(letters);
    }

    private static boolean isNameWord(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Character.isLetter(c) && c != '\'' && c != '-') {
                return false;
            }
        }
        return true;
    }

    /** The family name, or "" when only a given name is known. */
    public String family() {
        return family;
    }

    /** The middle name's words joined by spaces, or "". */
    public String middle() {
        return String.join(" ", middle);
    }

    public List<String> middleWords() {
        return middle;
    }

    public String given() {
        return given;
    }

    /** Family, middle and given name in the usual order, for display. */
    public String fullName() {
        return String.join(" ", words());
    }

    /** Accent-aware, case-folded form for equality across spellings: "lò văn hùng". */
    public String folded() {
        return VietnameseText.fold(fullName());
    }

    /** Without any diacritics, for matching data typed without them: "lo van hung". */
    public String asciiKey() {
        return VietnameseText.asciiKey(fullName());
    }

    /** The given name's ASCII key: the part of a name that varies least across sectoral records. */
    public String givenNameKey() {
        return VietnameseText.asciiKey(given);
    }

    /** The same name with the middle name dropped, as many sectoral datasets record it. */
    public PersonName withoutMiddle() {
        return middle.isEmpty() ? this : new PersonName(family, List.of(), given);
    }

    /**
     * Whether the name looks written in the wrong order: its first word is not a known family name
     * but its second word is ("Hương Lò Thị", "Anh Nguyen Van": given name moved to the front), or
     * its last word is ("Van Anh Nguyen": given names first, family name last, as foreign forms ask).
     * A second word that is a middle-name marker (Văn, Thị) speaks for the usual order. This is a
     * hint for review, never a reason to reorder silently.
     */
    public boolean reversedOrderSuspected() {
        return reorderedWords() != null;
    }

    /** The name in the usual order when {@link #reversedOrderSuspected()}; otherwise this name. */
    public PersonName reversed() {
        String[] reordered = reorderedWords();
        return reordered == null ? this : fromWords(reordered);
    }

    private String[] reorderedWords() {
        List<String> words = words();
        int n = words.size();
        if (n < 2 || FamilyNames.isFamilyName(words.get(0))) {
            return null;
        }
        if (n > 2 && FamilyNames.isMiddleMarker(words.get(1))) {
            return null;
        }
        String[] reordered = new String[n];
        if (FamilyNames.isFamilyName(words.get(1))) {
            for (int i = 1; i < n; i++) {
                reordered[i - 1] = words.get(i);
            }
            reordered[n - 1] = words.get(0);
            return reordered;
        }
        if (FamilyNames.isFamilyName(words.get(n - 1))) {
            reordered[0] = words.get(n - 1);
            for (int i = 0; i < n - 1; i++) {
                reordered[i + 1] = words.get(i);
            }
            return reordered;
        }
        return null;
    }

    private List<String> words() {
        List<String> words = new ArrayList<>(middle.size() + 2);
        if (!family.isEmpty()) {
            words.add(family);
        }
        words.addAll(middle);
        words.add(given);
        return words;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PersonName that && family.equals(that.family) && middle.equals(that.middle)
                && given.equals(that.given);
    }

    @Override
    public int hashCode() {
        return Objects.hash(family, middle, given);
    }

    /** Initials only ("L. V. H."), so that a name written to a log by accident does not disclose it. */
    @Override
    public String toString() {
        StringBuilder initials = new StringBuilder();
        for (String word : words()) {
            initials.append(initials.length() == 0 ? "" : " ").append(word.charAt(0)).append('.');
        }
        return initials.toString();
    }
}
