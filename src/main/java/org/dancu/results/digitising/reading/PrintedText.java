package org.dancu.results.digitising.reading;

import org.dancu.civil.VietnameseText;

/**
 * Compares printed text as read by OCR with the text it should be, forgiving what OCR gets wrong
 * most in Vietnamese: diacritics (compared without them, đ as d), case, punctuation and spacing,
 * and a few wrong letters (edit distance).
 */
final class PrintedText {

    private PrintedText() {
    }

    /** Lower-case ASCII letters and digits, words separated by single spaces. */
    static String key(String text) {
        return VietnameseText.asciiKey(text).replaceAll("[^a-z0-9]+", " ").strip();
    }

    /** 1 for the same key, down to 0: one minus the edit distance over the longer key's length. */
    static double similarity(String keyA, String keyB) {
        int longer = Math.max(keyA.length(), keyB.length());
        return longer == 0 ? 1 : 1 - (double) editDistance(keyA, keyB) / longer;
    }

    /** Levenshtein distance: insertions, deletions and substitutions, each costing one. */
    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
