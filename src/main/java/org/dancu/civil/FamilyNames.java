package org.dancu.civil;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Words that are evidence of a family name, for spotting names written in the wrong order.
 *
 * <p>Built once from the bundled lists: Kinh family names with their counts, and the typical family
 * names of the Thái, H'Mông, Tày, Nùng, Mường, Dao, Khmer and Chăm, and the given names with their
 * counts, all from the same kind of public sources. A word counts only when it is at least as often
 * a family name as a given name (Lâm, Thái, Hà, Sơn are common as
 * both and so prove nothing), and never when it is a middle-name marker (Văn, Thị). Kinh names seen
 * only once and spellings that are not Vietnamese (mis-encoded text such as "Buøi") are dropped:
 * in that source they are mostly typing or encoding errors.
 *
 * <p>Words with diacritics are looked up accent-aware; words typed without any are looked up by
 * their ASCII key, so "Nguyen" is known and "Anh" is not (Ánh is more often a given name).
 */
final class FamilyNames {

    private static final int MIN_KINH_COUNT = 2;
    /**
     * The ethnic lists give no frequencies; a name they call typical is weighed as if seen this
     * often, so that it proves a family name unless it is a common given name (Sơn, Lâm).
     */
    private static final int TYPICAL_ETHNIC_COUNT = 10;
    private static final Set<String> MIDDLE_MARKERS = Set.of("văn", "thị");
    private static final Set<String> ONSETS = Set.of("ch", "gh", "kh", "ng", "ngh", "nh", "ph", "th", "tr");
    private static final Set<String> CODAS = Set.of("", "c", "ch", "k", "m", "n", "ng", "nh", "p", "t");

    private static final Set<String> FOLDED = new HashSet<>();
    private static final Set<String> ASCII = new HashSet<>();

    static {
        Map<String, Integer> familyFolded = new HashMap<>();
        Map<String, Integer> familyAscii = new HashMap<>();
        for (String[] row : CsvResource.rows("/civil/family_names.csv")) {
            int count = Integer.parseInt(row[1]);
            if (count >= MIN_KINH_COUNT && isVietnameseSyllable(row[0])) {
                familyFolded.merge(VietnameseText.fold(row[0]), count, Integer::sum);
                familyAscii.merge(VietnameseText.asciiKey(row[0]), count, Integer::sum);
            }
        }
        for (String[] row : CsvResource.rows("/civil/ethnic_family_names_by_group.csv")) {
            familyFolded.merge(VietnameseText.fold(row[2]), TYPICAL_ETHNIC_COUNT, Math::max);
            familyAscii.merge(VietnameseText.asciiKey(row[2]), TYPICAL_ETHNIC_COUNT, Math::max);
        }
        Map<String, Integer> givenFolded = new HashMap<>();
        Map<String, Integer> givenAscii = new HashMap<>();
        for (String[] row : CsvResource.rows("/civil/given_names.csv")) {
            int count = Integer.parseInt(row[2]);
            givenFolded.merge(VietnameseText.fold(row[0]), count, Integer::sum);
            givenAscii.merge(VietnameseText.asciiKey(row[0]), count, Integer::sum);
        }
        keepDistinctive(familyFolded, givenFolded, FOLDED);
        keepDistinctive(familyAscii, givenAscii, ASCII);
        for (String marker : MIDDLE_MARKERS) {
            FOLDED.remove(marker);
            ASCII.remove(VietnameseText.asciiKey(marker));
        }
    }

    private FamilyNames() {
    }

    /** Whether the single word {@code word} (any case or spelling) is evidence of a family name. */
    static boolean isFamilyName(String word) {
        String folded = VietnameseText.fold(word);
        String ascii = VietnameseText.asciiKey(folded);
        return ascii.equals(folded) ? ASCII.contains(ascii) : FOLDED.contains(folded);
    }

    /** Văn and Thị, written with or without diacritics. */
    static boolean isMiddleMarker(String word) {
        String folded = VietnameseText.fold(word);
        String ascii = VietnameseText.asciiKey(folded);
        return MIDDLE_MARKERS.contains(folded) || ascii.equals(folded) && (ascii.equals("van") || ascii.equals("thi"));
    }

    private static void keepDistinctive(Map<String, Integer> family, Map<String, Integer> given, Set<String> into) {
        family.forEach((name, count) -> {
            if (count >= given.getOrDefault(name, 0)) {
                into.add(name);
            }
        });
    }

    /** Vietnamese letters only, shaped as one syllable: an initial consonant group, vowels, a final consonant group. */
    static boolean isVietnameseSyllable(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!VietnameseText.isVietnameseLetter(word.charAt(i))) {
                return false;
            }
        }
        String ascii = VietnameseText.asciiKey(word);
        int onsetEnd = 0;
        while (onsetEnd < ascii.length() && !isVowel(ascii.charAt(onsetEnd))) {
            onsetEnd++;
        }
        int codaStart = ascii.length();
        while (codaStart > onsetEnd && !isVowel(ascii.charAt(codaStart - 1))) {
            codaStart--;
        }
        if (codaStart == onsetEnd) {
            return false;
        }
        for (int i = onsetEnd; i < codaStart; i++) {
            if (!isVowel(ascii.charAt(i))) {
                return false;
            }
        }
        return (onsetEnd <= 1 || ONSETS.contains(ascii.substring(0, onsetEnd)))
                && CODAS.contains(ascii.substring(codaStart));
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }
}
