package org.dancu.register.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The word starts cut from COPY lines: the cases PersonSearchTests gives the SQL function, and escapes. */
class NameWordCopyTest {

    private static String wordLines(String keyLines) {
        return new String(NameWordCopy.wordLines(keyLines.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    @Test
    void everySuffixThatStartsAWordIsALineOfItsOwn() {
        assertThat(wordLines("1\t1990\tlo van on\n2\t1985\ta  b\n3\t2000\t x y \n4\t1970\t\n5\t1999\tz\n"))
                .isEqualTo("1\t1990\tlo van on\n1\t1990\tvan on\n1\t1990\ton\n2\t1985\ta  b\n2\t1985\tb\n"
                        + "3\t2000\tx y \n3\t2000\ty \n5\t1999\tz\n");
    }

    @Test
    void escapedCharactersStayInTheirWord() {
        // COPY writes a backslash as \\ and a tab as \t; neither is a space, so neither starts a word
        assertThat(wordLines("7\t1950\th\\\\mong a\\tb\n8\t1951\tđinh thị\n"))
                .isEqualTo("7\t1950\th\\\\mong a\\tb\n7\t1950\ta\\tb\n8\t1951\tđinh thị\n8\t1951\tthị\n");
    }

    @Test
    void noLinesGiveNoWords() {
        assertThat(wordLines("")).isEmpty();
    }
}
