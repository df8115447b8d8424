package org.dancu.results.digitising.reading;

import java.util.List;
import java.util.stream.Collectors;

/** A line of words as the recogniser laid them out. */
record OcrLine(List<OcrWord> words) {

    OcrLine {
        words = List.copyOf(words);
    }

    String text() {
        return words.stream().map(OcrWord::text).collect(Collectors.joining(" "));
    }
}
