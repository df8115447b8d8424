package org.dancu.register.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * The word starts and their positions cut from COPY lines: the cases PersonSearchTests gives the SQL
 * function, and escapes.
 */
class NameWordCopyTest {

    private static String wordLines(String keyLines) {
        return new String(NameWordCopy.wordLines(keyLines.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    @Test
    void everySuffixThatStartsAWordIsALineOfItsOwn() {
        assertThat(wordLines("1\t1990\tlo van on\n2\t1985\ta  b\n3\t2000\t x y \n4\t1970\t\n5\t1999\tz\n"))
                .isEqualTo("1\t1990\tlo van on\t0\n1\t1990\tvan on\t1\n1\t1990\ton\t2\n2\t1985\ta  b\t0\n"
                        + "2\t1985\tb\t1\n3\t2000\tx y \t0\n3\t2000\ty \t1\n5\t1999\tz\t0\n");
    }

    @Test
    void escapedCharactersStayInTheirWord() {
        // COPY writes a backslash as \\ and a tab as \t; neither is a space, so neither starts a word
        assertThat(wordLines("7\t1950\th\\\\mong a\\tb\n8\t1951\tđinh thị\n"))
                .isEqualTo("7\t1950\th\\\\mong a\\tb\t0\n7\t1950\ta\\tb\t1\n8\t1951\tđinh thị\t0\n8\t1951\tthị\t1\n");
    }

    @Test
    void noLinesGiveNoWords() {
        assertThat(wordLines("")).isEmpty();
    }
}
