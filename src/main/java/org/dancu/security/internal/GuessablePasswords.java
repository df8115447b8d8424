package org.dancu.security.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.dancu.civil.VietnameseText;

/**
 * Passwords an attacker tries first (NIST SP 800-63B, 3.1.1.2): runs of one character or a few repeated, sequences
 * along the alphabet, the digits or a keyboard row, and well-known words padded with digits and symbols or written
 * with look-alike digits ("P@ssw0rd2024!"). A deployment can add a corpus of breached passwords, compared whole.
 */
final class GuessablePasswords {

    private static final String WORDS = "security/guessable-words.txt";
    private static final List<String> SEQUENCES = List.of("abcdefghijklmnopqrstuvwxyz", "01234567890",
            "qwertyuiop", "asdfghjkl", "zxcvbnm");
    private static final int FEWEST_DISTINCT = 4;
    /** Share of neighbouring characters that repeat or follow a sequence from which a password is a pattern. */
    private static final double PATTERN_SHARE = 0.75;

    private final Set<String> words;
    private final Set<String> corpus;

    private GuessablePasswords(Set<String> words, Set<String> corpus) {
        this.words = words;
        this.corpus = corpus;
    }

    /** The bundled words, and the corpus in {@code corpusFile} (one password a line) when it is named. */
    static GuessablePasswords load(String corpusFile) {
        Set<String> words = new HashSet<>();
        try (InputStream in = GuessablePasswords.class.getClassLoader().getResourceAsStream(WORDS)) {
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).forEach(words::add);
            Set<String> corpus = new HashSet<>();
            if (!corpusFile.isBlank()) {
                try (var lines = Files.lines(Path.of(corpusFile), StandardCharsets.UTF_8)) {
                    lines.map(line -> line.strip().toLowerCase(Locale.ROOT)).filter(line -> !line.isEmpty())
                            .forEach(corpus::add);
                }
            }
            return new GuessablePasswords(words, corpus);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the guessable-password lists", e);
        }
    }

    boolean isGuessable(String password) {
        String key = VietnameseText.asciiKey(password).replaceAll("\\s", "");
        return corpus.contains(password.strip().toLowerCase(Locale.ROOT)) || key.chars().distinct().count() < FEWEST_DISTINCT
                || isPattern(key) || isPaddedWord(key);
    }

    private static boolean isPattern(String key) {
        int following = 0;
        for (int i = 1; i < key.length(); i++) {
            if (key.charAt(i) == key.charAt(i - 1) || inSequence(key.charAt(i - 1), key.charAt(i))) {
                following++;
            }
        }
        return key.length() > 1 && following >= PATTERN_SHARE * (key.length() - 1);
    }

    private static boolean inSequence(char a, char b) {
        for (String sequence : SEQUENCES) {
            int at = sequence.indexOf(a);
            if (at >= 0 && ((at + 1 < sequence.length() && sequence.charAt(at + 1) == b)
                    || (at > 0 && sequence.charAt(at - 1) == b))) {
                return true;
            }
        }
        return false;
    }

    /** A listed word, once or repeated, with digits and symbols around it and look-alike digits inside. */
    private boolean isPaddedWord(String key) {
        String core = readLookAlikes(key.replaceAll("^[^a-z]+|[^a-z]+$", "")).replaceAll("[^a-z]", "");
        if (core.isEmpty()) {
            return true;
        }
        for (String word : words) {
            if (core.equals(word) || (core.length() % word.length() == 0 && core.equals(word.repeat(core.length() / word.length())))) {
                return true;
            }
        }
        return false;
    }

    private static String readLookAlikes(String text) {
        StringBuilder read = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            read.append(switch (c) {
                case '0' -> 'o';
                case '1', '!' -> 'i';
                case '3' -> 'e';
                case '4', '@' -> 'a';
                case '5', '$' -> 's';
                case '7' -> 't';
                default -> c;
            });
        }
        return read.toString();
    }
}
