package org.dancu.payments.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.dancu.civil.PersonName;
import org.dancu.civil.VietnameseText;
import org.dancu.payments.NameVerdict;

/**
 * Whether the holder a bank names for an account is the register's person: pure Java, no Spring, so
 * a bank's list of 650,000 accounts is checked in one loop. Both names are compared word by word on
 * their ASCII key ({@link VietnameseText#asciiKey}: no diacritics, đ as d, any case), because banks
 * answer upper-case and unaccented, often masked ({@code NGUYEN V** A**}).
 *
 * <p>Each word of the register's name carries a weight (family name 0.35, middle name 0.20 shared by
 * its words, given name 0.45; without a middle name 0.45 and 0.55) and is paired with at most one word
 * of the bank's, the pairing that scores best winning. A pair scores 1 when equal, 0.97 when the bank
 * masked the word and every letter it shows agrees, 0.85 for one typo (one letter added, dropped,
 * changed or two swapped) in a word of four letters or more, 0.6 for one typo in a shorter word (An
 * and Anh are different names). A bank word left unpaired (a middle name the register lacks, or a
 * different one) takes 0.15 off, and words paired out of order (the given name first) 0.10.
 *
 * <p>The verdict: {@link NameVerdict#MATCH} from {@value #MATCH_SCORE}, {@link NameVerdict#CLOSE_MATCH}
 * from {@value #CLOSE_SCORE}, else {@link NameVerdict#NO_MATCH}; and always NO_MATCH when the family or
 * the given name finds no partner or more than one word has a typo. {@link NameVerdict#NOT_POSSIBLE}
 * when there is no answer, when it has more than {@value #MAX_WORDS} words, or when the bank's mask
 * leaves neither the family nor the given name whole to compare ({@code N*** V** A**}, {@code N*** VAN A**}):
 * agreeing initials prove little.
 */
public final class NameMatch {

    public static final double MATCH_SCORE = 0.95;
    public static final double CLOSE_SCORE = 0.70;
    static final int MAX_WORDS = 8;

    private static final double EQUAL = 1.0;
    private static final double MASKED = 0.97;
    private static final double TYPO = 0.85;
    private static final double SHORT_TYPO = 0.6;
    private static final int SHORT_WORD = 3;
    private static final double UNPAIRED_BANK_WORD = 0.15;
    private static final double OUT_OF_ORDER = 0.10;
    private static final char MASK = '*';

    private enum Role { FAMILY, MIDDLE, GIVEN }

    /** The verdict and its score between 0 and 1. */
    public record Result(NameVerdict verdict, double score) {

        static final Result NOT_POSSIBLE = new Result(NameVerdict.NOT_POSSIBLE, 0);
    }

    private NameMatch() {
    }

    /** The register's name against the bank's answer (null when the bank gave none). */
    public static Result of(PersonName registered, String bankName) {
        Objects.requireNonNull(registered, "registered");
        if (bankName == null) {
            return Result.NOT_POSSIBLE;
        }
        String[] bank = words(bankName);
        if (bank.length == 0 || bank.length > MAX_WORDS) {
            return Result.NOT_POSSIBLE;
        }
        Words ours = Words.of(registered);
        if (ours.size() > MAX_WORDS) {
            return Result.NOT_POSSIBLE;
        }
        if (String.join(" ", bank).equals(String.join(" ", ours.words))) {
            return new Result(NameVerdict.MATCH, EQUAL);
        }
        return new Pairing(ours, bank).best();
    }

    /** The words of a name to compare: ASCII key, apostrophes dropped (H'Hen, HHEN), hyphens as spaces. */
    static String[] words(String name) {
        String key = VietnameseText.asciiKey(name);
        StringBuilder kept = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c >= 'a' && c <= 'z' || c == MASK) {
                kept.append(c);
            } else if (c != '\'') {
                kept.append(' ');
            }
        }
        String trimmed = kept.toString().strip();
        return trimmed.isEmpty() ? new String[0] : trimmed.split(" +");
    }

    /** How far one of our words is from one of the bank's; {@link #TYPO} and {@link #SHORT_TYPO} mark a typo. */
    static double similarity(String ours, String bank) {
        int mask = bank.indexOf(MASK);
        if (mask >= 0) {
            String prefix = bank.substring(0, mask);
            String suffix = bank.substring(bank.lastIndexOf(MASK) + 1);
            boolean agrees = ours.length() >= prefix.length() + suffix.length() && ours.startsWith(prefix)
                    && ours.endsWith(suffix);
            return agrees ? MASKED : 0;
        }
        if (ours.equals(bank)) {
            return EQUAL;
        }
        if (oneEditApart(ours, bank)) {
            return Math.min(ours.length(), bank.length()) > SHORT_WORD ? TYPO : SHORT_TYPO;
        }
        return 0;
    }

    private static boolean isTypo(double similarity) {
        return similarity == TYPO || similarity == SHORT_TYPO;
    }

    /** One letter added, dropped or changed, or two neighbours swapped. */
    static boolean oneEditApart(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1) {
            return false;
        }
        int i = 0;
        while (i < la && i < lb && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (la == lb) {
            if (i == la) {
                return false;
            }
            boolean swapped = i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.regionMatches(i + 2, b, i + 2, la - i - 2);
            return swapped || a.regionMatches(i + 1, b, i + 1, la - i - 1);
        }
        return la > lb ? a.regionMatches(i + 1, b, i, lb - i) : b.regionMatches(i + 1, a, i, la - i);
    }

    /** The register's words with their roles and weights. */
    private record Words(String[] words, Role[] roles, double[] weights) {

        static Words of(PersonName name) {
            String[] family = NameMatch.words(name.family());
            String[] middle = NameMatch.words(name.middle());
            String[] given = NameMatch.words(name.given());
            double familyWeight = family.length == 0 ? 0 : middle.length == 0 ? 0.45 : 0.35;
            double middleWeight = middle.length == 0 ? 0 : 0.20;
            double givenWeight = 1 - familyWeight - middleWeight;
            List<String> words = new ArrayList<>();
            List<Role> roles = new ArrayList<>();
            List<Double> weights = new ArrayList<>();
            add(family, Role.FAMILY, familyWeight, words, roles, weights);
            add(middle, Role.MIDDLE, middleWeight, words, roles, weights);
            add(given, Role.GIVEN, givenWeight, words, roles, weights);
            return new Words(words.toArray(String[]::new), roles.toArray(Role[]::new),
                    weights.stream().mapToDouble(Double::doubleValue).toArray());
        }

        private static void add(String[] part, Role role, double weight, List<String> words, List<Role> roles,
                                List<Double> weights) {
            for (String word : part) {
                words.add(word);
                roles.add(role);
                weights.add(weight / part.length);
            }
        }

        int size() {
            return words.length;
        }
    }

    /** Every way of pairing our words with the bank's (each at most once), searched for the best score. */
    private static final class Pairing {

        private final Words ours;
        private final int bankWords;
        private final double[][] similarity;
        private final int[] partner;
        private final boolean[] taken;
        private double bestScore = -1;
        private boolean bestPlausible;
        private boolean bestConfirmed;

        Pairing(Words ours, String[] bank) {
            this.ours = ours;
            this.bankWords = bank.length;
            this.similarity = new double[ours.size()][bank.length];
            for (int i = 0; i < ours.size(); i++) {
                for (int j = 0; j < bank.length; j++) {
                    similarity[i][j] = NameMatch.similarity(ours.words[i], bank[j]);
                }
            }
            this.partner = new int[ours.size()];
            this.taken = new boolean[bank.length];
        }

        Result best() {
            search(0);
            if (bestPlausible && !bestConfirmed) {
                return Result.NOT_POSSIBLE;
            }
            double score = Math.round(Math.max(0, Math.min(1, bestScore)) * 1000) / 1000.0;
            NameVerdict verdict = !bestPlausible ? NameVerdict.NO_MATCH
                    : score >= MATCH_SCORE ? NameVerdict.MATCH
                    : score >= CLOSE_SCORE ? NameVerdict.CLOSE_MATCH : NameVerdict.NO_MATCH;
            return new Result(verdict, score);
        }

        private void search(int word) {
            if (word == ours.size()) {
                score();
                return;
            }
            partner[word] = -1;
            search(word + 1);
            for (int j = 0; j < bankWords; j++) {
                if (!taken[j] && similarity[word][j] > 0) {
                    taken[j] = true;
                    partner[word] = j;
                    search(word + 1);
                    taken[j] = false;
                }
            }
            partner[word] = -1;
        }

        private void score() {
            double score = 0;
            int typos = 0;
            int paired = 0;
            int previous = -1;
            boolean inOrder = true;
            boolean familyPaired = false;
            boolean givenPaired = false;
            boolean hasFamily = false;
            boolean confirmed = false;
            for (int i = 0; i < ours.size(); i++) {
                hasFamily |= ours.roles[i] == Role.FAMILY;
                if (partner[i] < 0) {
                    continue;
                }
                double s = similarity[i][partner[i]];
                score += ours.weights[i] * s;
                typos += isTypo(s) ? 1 : 0;
                paired++;
                inOrder &= partner[i] > previous;
                previous = partner[i];
                familyPaired |= ours.roles[i] == Role.FAMILY;
                givenPaired |= ours.roles[i] == Role.GIVEN;
                confirmed |= ours.roles[i] != Role.MIDDLE && s != MASKED;
            }
            score -= UNPAIRED_BANK_WORD * (bankWords - paired);
            score -= inOrder ? 0 : OUT_OF_ORDER;
            boolean plausible = (familyPaired || !hasFamily) && givenPaired && typos <= 1;
            if (plausible && !bestPlausible || plausible == bestPlausible && score > bestScore) {
                bestScore = score;
                bestPlausible = plausible;
                bestConfirmed = confirmed;
            }
        }
    }
}
