package org.dancu.results.digitising.reading;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The lines of one page as Tesseract's TSV output gives them, in reading order. */
record OcrPage(List<OcrLine> lines) {

    private static final int WORD_LEVEL = 5;
    private static final int COLUMNS = 12;

    OcrPage {
        lines = List.copyOf(lines);
    }

    /**
     * Reads TSV (level, page, block, paragraph, line, word, left, top, width, height, conf, text):
     * the word rows, grouped by their block, paragraph and line.
     */
    static OcrPage parseTsv(String tsv) {
        Map<String, List<OcrWord>> lines = new LinkedHashMap<>();
        for (String row : tsv.split("\n")) {
            String[] columns = row.split("\t", -1);
            if (columns.length < COLUMNS || !columns[0].equals(Integer.toString(WORD_LEVEL))) {
                continue;
            }
            String text = columns[11].strip();
            if (text.isEmpty()) {
                continue;
            }
            String line = columns[2] + "." + columns[3] + "." + columns[4];
            lines.computeIfAbsent(line, key -> new ArrayList<>())
                    .add(new OcrWord(text, Math.max(0, Double.parseDouble(columns[10]))));
        }
        return new OcrPage(lines.values().stream().map(OcrLine::new).toList());
    }

    /** Words of at least two letters or digits read with a confidence of at least {@code confidence}. */
    long wordsAtLeast(double confidence) {
        return lines.stream().flatMap(line -> line.words().stream())
                .filter(word -> word.confidence() >= confidence)
                .filter(word -> word.text().codePoints().filter(Character::isLetterOrDigit).count() >= 2)
                .count();
    }
}
