package org.dancu.tabular;

import java.text.Normalizer;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How much a text reads like Vietnamese: the share of its words with non-ASCII letters that are
 * well-formed syllables (only letters of the Vietnamese alphabet, one vowel group that Vietnamese
 * has, at most one tone mark). A text decoded with the wrong table fails on nearly every such word.
 */
final class VietnameseEvidence {

    /** Words with non-ASCII characters and how many of them are well-formed syllables. */
    record Score(int words, int wellFormed) {

        double share() {
            return words == 0 ? 1.0 : (double) wellFormed / words;
        }
    }

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\p{Punct}0-9]+");
    private static final String VOWELS = "aăâeêioôơuưy";
    private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";
    private static final Set<String> NUCLEI = Set.of(
            "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
            "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi", "ôi", "ơi",
            "oo", "ua", "uâ", "uê", "ui", "uô", "uơ", "uy", "ưa", "ưi", "ươ", "ưu", "yê",
            "iêu", "yêu", "oai", "oay", "oeo", "uây", "uôi", "ươi", "ươu", "uya", "uyê", "uyu");
    /** VNI writes a tone or mark as a character after the vowel; these never follow a vowel in Unicode text. */
    private static final Pattern VNI_MARK = Pattern.compile("[aeiouy][ùøûõïâáàåãäêéèúüë]|[AEIOUY][ÙØÛÕÏÂÁÀÅÃÄÊÉÈÚÜË]|^[ñÑ]");

    private VietnameseEvidence() {
    }

    static Score score(String text) {
        int words = 0;
        int wellFormed = 0;
        for (String word : SEPARATORS.split(Normalizer.normalize(text, Normalizer.Form.NFC))) {
            if (!word.isEmpty() && !isAscii(word)) {
                words++;
                if (isSyllable(word)) {
                    wellFormed++;
                }
            }
        }
        return new Score(words, wellFormed);
    }

    /** Share of the non-ASCII words that carry VNI's separate mark characters. */
    static double vniShare(String text) {
        int words = 0;
        int marked = 0;
        for (String word : SEPARATORS.split(text)) {
            if (!word.isEmpty() && !isAscii(word)) {
                words++;
                if (VNI_MARK.matcher(word).find()) {
                    marked++;
                }
            }
        }
        return words == 0 ? 0 : (double) marked / words;
    }

    static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSyllable(String word) {
        String decomposed = Normalizer.normalize(word.toLowerCase(java.util.Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder base = new StringBuilder();
        int tones = 0;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (TONES.indexOf(c) >= 0) {
                tones++;
            } else {
                base.append(c);
            }
        }
        String letters = Normalizer.normalize(base, Normalizer.Form.NFC);
        if (tones > 1) {
            return false;
        }
        StringBuilder nucleus = new StringBuilder();
        boolean nucleusEnded = false;
        for (int i = 0; i < letters.length(); i++) {
            char c = letters.charAt(i);
            boolean vowel = VOWELS.indexOf(c) >= 0;
            if (!vowel && !(c >= 'a' && c <= 'z' || c == 'đ')) {
                return false;
            }
            if (vowel) {
                if (nucleusEnded) {
                    return false;
                }
                nucleus.append(c);
            } else if (!nucleus.isEmpty()) {
                nucleusEnded = true;
            }
        }
        String group = nucleus.toString();
        // in "qu…" and "gi…" the u and i belong to the consonant
        if (letters.startsWith("qu") || letters.startsWith("gi") && group.length() > 1) {
            group = group.substring(1);
        }
        return group.isEmpty() || NUCLEI.contains(group);
    }
}
