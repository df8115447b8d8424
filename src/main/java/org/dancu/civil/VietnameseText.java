package org.dancu.civil;

import java.text.Normalizer;
import java.util.Objects;
import java.util.Set;

/**
 * Canonical forms of Vietnamese text, so that the same name typed on different keyboards, in
 * different decades or by different agencies compares equal.
 *
 * <p>NFC alone is not enough: "Hoà" and "Hòa" are both NFC but put the tone mark on different
 * vowels, and both spellings are in everyday official use. {@link #normalize} therefore moves the
 * tone mark, syllable by syllable, to one canonical vowel. The classic placement is used (òa, òe,
 * ủy in open syllables), because it is what the GSO list of administrative units and most civil
 * registers before 2025 use. Everything is done in one pass over the characters with lookup
 * tables, because names are normalised by the million during record linkage.
 */
public final class VietnameseText {

    private static final int NO_TONE = 0;
    private static final int TONES = 6;

    /** The twelve vowel letters; each row lists the letter without tone, then huyền, sắc, hỏi, ngã, nặng. */
    private static final String[] VOWEL_ROWS = {
            "aàáảãạ", "ăằắẳẵặ", "âầấẩẫậ", "eèéẻẽẹ", "êềếểễệ", "iìíỉĩị",
            "oòóỏõọ", "ôồốổỗộ", "ơờớởỡợ", "uùúủũụ", "ưừứửữự", "yỳýỷỹỵ"};
    private static final String VOWEL_ASCII = "aaaeeiooouuy";
    private static final int BASE_I = 5;
    private static final int BASE_U = 9;
    /** Per row of {@link #VOWEL_ROWS}: does the letter carry a shape mark (ă â ê ô ơ ư)? The tone always goes on one of those. */
    private static final boolean[] SHAPE_MARKED = {
            false, true, true, false, true, false, false, true, true, false, true, false};

    /** Everything up to the end of Latin Extended Additional, where Vietnamese letters live. */
    private static final int TABLE_SIZE = 0x1F00;
    /** Per character: 0 = not a vowel; otherwise 1 + base * TONES + tone, plus {@link #UPPER}. */
    private static final short[] VOWEL_INFO = new short[TABLE_SIZE];
    private static final short UPPER = 0x1000;
    /** [upper ? 1 : 0][base * TONES + tone] → the precomposed letter. */
    private static final char[][] COMPOSE = new char[2][VOWEL_ROWS.length * TONES];

    /** The runs of vowels (tone marks removed) Vietnamese syllables have, after the consonants qu and gi. */
    private static final Set<String> VOWEL_RUNS = Set.of("a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
            "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi", "ôi", "ơi", "oo",
            "ua", "uâ", "uê", "ui", "uô", "uơ", "uy", "ưa", "ưi", "ươ", "ưu", "yê",
            "iêu", "oai", "oao", "oay", "oeo", "uây", "uôi", "uya", "uyê", "uyu", "ươi", "ươu", "yêu");
    /**
     * Runs that end in an off-glide: nothing follows them, and their tone stands before the glide
     * ("mái", "mía", "mùa", "người"), never on it.
     */
    private static final Set<String> GLIDE_ENDED = Set.of("ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iu",
            "oi", "ôi", "ơi", "ua", "ui", "ưa", "ưi", "ưu", "iêu", "oai", "oao", "oay", "oeo", "uây", "uôi", "uya",
            "uyu", "ươi", "ươu", "yêu");
    /** Endings a Vietnamese syllable may have after its vowels; "k" occurs in minority place names (Đắk, Ngọk). */
    private static final String[] FINAL_CONSONANTS = {"", "c", "ch", "k", "m", "n", "ng", "nh", "p", "t"};
    private static final int LONGEST_SYLLABLE = 8;
    /** Ð (U+00D0) looks exactly like Đ (U+0110) and old keyboard drivers and converters produce it. */
    private static final char ICELANDIC_ETH = '\u00D0';
    private static final char D_STROKE = '\u0110';

    static {
        for (int base = 0; base < VOWEL_ROWS.length; base++) {
            String row = VOWEL_ROWS[base];
            for (int tone = 0; tone < TONES; tone++) {
                char lower = row.charAt(tone);
                char upper = Character.toUpperCase(lower);
                int index = base * TONES + tone;
                COMPOSE[0][index] = lower;
                COMPOSE[1][index] = upper;
                VOWEL_INFO[lower] = (short) (1 + index);
                VOWEL_INFO[upper] = (short) (1 + index | UPPER);
            }
        }
    }

    private VietnameseText() {
    }

    /**
     * Repairs decomposed (NFD) input, trims and collapses all whitespace to single spaces, turns
     * typographic apostrophes into {@code '} (H’Mông → H'Mông), the look-alike Icelandic Ð into
     * Vietnamese Đ, and puts each syllable's tone mark on its canonical vowel. Case is kept.
     */
    public static String normalize(String text) {
        return canonical(text, false);
    }

    /** {@link #normalize} and lower case, independent of the JVM's locale: for accent-aware equality. */
    public static String fold(String text) {
        return canonical(text, true);
    }

    /**
     * {@link #fold} without any diacritics, đ becoming d (Unicode does not decompose đ): for
     * search and comparison that ignores accents, "Điện Biên Phủ" → "dien bien phu".
     */
    public static String asciiKey(String text) {
        String folded = fold(text);
        int length = folded.length();
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            char c = folded.charAt(i);
            if (c < 0x80) {
                out.append(c);
            } else if (c == 'đ') {
                out.append('d');
            } else if (c < TABLE_SIZE && VOWEL_INFO[c] != 0) {
                out.append(VOWEL_ASCII.charAt(((VOWEL_INFO[c] & ~UPPER) - 1) / TONES));
            } else {
                appendWithoutMarks(out, c);
            }
        }
        return out.toString();
    }

    /**
     * Whether the text is written in Vietnamese orthography, in either tone placement ("Thùy" and
     * "Thuỳ" both are): every letter one of the Vietnamese alphabet (with f, j, w, z), every run of
     * vowels one Vietnamese has, a vowel run that ends in a glide (ai, ao, âu, ia, ua, ươi …) neither
     * followed by a consonant nor toned on that glide, and at most one tone mark per word. A word
     * without any letter outside ASCII passes: names are often typed without accents, and text
     * decoded with the wrong code page always leaves such letters. Text decoded
     * with the wrong code page fails: VNI or Windows-1258 bytes read as Windows-1252 or UTF-8 give
     * "Ñoã" for Đỗ, "Khaùnh" for Khánh, "Vuõ" for Vũ, "BĂši" for Bùi. Decomposed input is composed
     * first, and Ð (which {@link #normalize} repairs) counts as Đ; spaces, apostrophes, hyphens and
     * other non-letters separate words.
     */
    public static boolean isVietnameseOrthography(String text) {
        String composed = Normalizer.normalize(Objects.requireNonNull(text, "text"), Normalizer.Form.NFC);
        char[] letters = composed.toCharArray();
        int i = 0;
        while (i < letters.length) {
            if (!Character.isLetter(letters[i])) {
                i++;
                continue;
            }
            int start = i;
            while (i < letters.length && Character.isLetter(letters[i])) {
                if (!isVietnameseLetter(letters[i]) && letters[i] != ICELANDIC_ETH) {
                    return false;
                }
                i++;
            }
            if (!isVietnameseWord(letters, start, i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isVietnameseWord(char[] letters, int from, int to) {
        int tones = 0;
        for (int i = from; i < to; i++) {
            tones += toneOf(letters[i]) != NO_TONE ? 1 : 0;
        }
        if (tones > 1) {
            return false;
        }
        boolean plain = true;
        for (int i = from; i < to; i++) {
            plain &= letters[i] < 0x80;
        }
        if (plain) {
            // mis-decoding always leaves characters outside ASCII; a word typed without accents
            // ("Nguyen", a minority name such as "Ayun") is not judged by the shape of its vowels
            return true;
        }
        int i = startOfNucleus(letters, from, to);
        while (i < to) {
            if (!isVowel(letters[i])) {
                i++;
                continue;
            }
            StringBuilder run = new StringBuilder();
            while (i < to && isVowel(letters[i])) {
                run.append(Character.toLowerCase(withTone(letters[i], NO_TONE)));
                i++;
            }
            String vowels = run.toString();
            if (!VOWEL_RUNS.contains(vowels)
                    || GLIDE_ENDED.contains(vowels) && (i < to || toneOf(letters[i - 1]) != NO_TONE)) {
                return false;
            }
        }
        return true;
    }

    /** A letter of the Vietnamese alphabet, or one of f, j, w, z used in minority and foreign names. */
    static boolean isVietnameseLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == 'đ' || c == D_STROKE || isVowel(c);
    }

    private static String canonical(String text, boolean lowerCase) {
        Objects.requireNonNull(text, "text");
        String composed = mayNeedComposition(text) ? Normalizer.normalize(text, Normalizer.Form.NFC) : text;
        int length = composed.length();
        char[] out = new char[length];
        int written = 0;
        boolean spacePending = false;
        int i = 0;
        while (i < length) {
            char c = composed.charAt(i);
            if (isSpace(c)) {
                spacePending = written > 0;
                i++;
                continue;
            }
            if (spacePending) {
                out[written++] = ' ';
                spacePending = false;
            }
            if (Character.isLetter(c)) {
                int start = written;
                while (i < length && Character.isLetter(c = composed.charAt(i))) {
                    char letter = c == ICELANDIC_ETH ? D_STROKE : c;
                    out[written++] = lowerCase ? Character.toLowerCase(letter) : letter;
                    i++;
                }
                placeTone(out, start, written);
            } else {
                out[written++] = isApostrophe(c) ? '\'' : c;
                i++;
            }
        }
        return new String(out, 0, written);
    }

    /**
     * Text made only of characters below the combining marks (U+0300) and of Latin Extended
     * Additional, where every precomposed Vietnamese letter lives, is already NFC: checking that
     * is much cheaper than asking the normaliser.
     */
    private static boolean mayNeedComposition(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0300' && (c < '\u1E00' || c > '\u1EFF')) {
                return true;
            }
        }
        return false;
    }

    /** Other accented letters (ç, ñ, ö …) and stray combining marks: decompose and drop the marks. */
    private static void appendWithoutMarks(StringBuilder out, char c) {
        if (Character.getType(c) == Character.NON_SPACING_MARK) {
            return;
        }
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        for (int j = 0; j < decomposed.length(); j++) {
            char d = decomposed.charAt(j);
            if (Character.getType(d) != Character.NON_SPACING_MARK) {
                out.append(d);
            }
        }
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isApostrophe(char c) {
        return c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '\u00B4' || c == '`';
    }

    /**
     * Moves the tone mark of the syllable held in {@code letters} from index {@code from} up to,
     * not including, {@code to} to its canonical vowel.
     * Words that do not parse as one Vietnamese syllable (foreign names, abbreviations) are left
     * exactly as they are.
     */
    private static void placeTone(char[] letters, int from, int to) {
        int length = to - from;
        if (length < 1 || length > LONGEST_SYLLABLE) {
            return;
        }
        int tonePosition = -1;
        int tone = NO_TONE;
        for (int i = from; i < to; i++) {
            int t = toneOf(letters[i]);
            if (t != NO_TONE) {
                if (tonePosition >= 0) {
                    return;
                }
                tonePosition = i;
                tone = t;
            }
        }
        if (tonePosition < 0) {
            return;
        }
        int nucleus = startOfNucleus(letters, from, to);
        int end = nucleus;
        while (end < to && isVowel(letters[end])) {
            end++;
        }
        int vowels = end - nucleus;
        if (vowels == 0 || vowels > 3 || !isFinalConsonant(letters, end, to)) {
            return;
        }
        int target = canonicalVowel(letters, nucleus, end, end < to);
        if (target != tonePosition) {
            letters[tonePosition] = withTone(letters[tonePosition], NO_TONE);
            letters[target] = withTone(letters[target], tone);
        }
    }

    /**
     * Skips the initial consonant. The u of "qu" and the i of "gi" before another vowel belong to
     * the consonant: "quý" puts its mark on y, "già" on a.
     */
    private static int startOfNucleus(char[] letters, int from, int to) {
        int i = from;
        while (i < to && !isVowel(letters[i])) {
            i++;
        }
        if (i == from + 1 && i + 1 < to && isVowel(letters[i + 1])) {
            char initial = Character.toLowerCase(letters[from]);
            int base = baseOf(letters[i]);
            if (initial == 'q' && base == BASE_U || initial == 'g' && base == BASE_I) {
                i++;
            }
        }
        return i;
    }

    private static int canonicalVowel(char[] letters, int start, int end, boolean closed) {
        for (int i = end - 1; i >= start; i--) {
            if (SHAPE_MARKED[baseOf(letters[i])]) {
                return i;
            }
        }
        int vowels = end - start;
        if (closed) {
            return end - 1;
        }
        return vowels == 3 ? start + 1 : start;
    }

    private static boolean isFinalConsonant(char[] letters, int from, int to) {
        int length = to - from;
        if (length > 2) {
            return false;
        }
        for (String ending : FINAL_CONSONANTS) {
            if (ending.length() == length && matchesIgnoringCase(letters, from, ending)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesIgnoringCase(char[] letters, int from, String ascii) {
        for (int i = 0; i < ascii.length(); i++) {
            if (Character.toLowerCase(letters[from + i]) != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isVowel(char c) {
        return c < TABLE_SIZE && VOWEL_INFO[c] != 0;
    }

    private static int baseOf(char c) {
        return isVowel(c) ? ((VOWEL_INFO[c] & ~UPPER) - 1) / TONES : -1;
    }

    private static int toneOf(char c) {
        return isVowel(c) ? ((VOWEL_INFO[c] & ~UPPER) - 1) % TONES : NO_TONE;
    }

    private static char withTone(char vowel, int tone) {
        int info = VOWEL_INFO[vowel];
        int base = ((info & ~UPPER) - 1) / TONES;
        return COMPOSE[(info & UPPER) != 0 ? 1 : 0][base * TONES + tone];
    }
}
