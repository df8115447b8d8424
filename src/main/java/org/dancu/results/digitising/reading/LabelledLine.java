package org.dancu.results.digitising.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A line read as "label: value". The label is what stands before the first colon; when OCR lost the
 * colon, every run of leading words is tried as the label and the rest is the value.
 */
final class LabelledLine {

    /** How alike a label as read and as printed must be to count as found. */
    static final double SAME_LABEL = 0.75;
    private static final int LONGEST_LABEL_WORDS = 8;
    private static final Pattern STRAY_MARKS = Pattern.compile("^[\\s:;_|~,.=—-]+|[\\s:;_|~,.=—-]+$");

    private final OcrLine line;

    LabelledLine(OcrLine line) {
        this.line = line;
    }

    /** The value's words after {@code label}, with how alike the label read is to it; null when the label is not there. */
    Match match(String label) {
        String labelKey = PrintedText.key(label);
        List<OcrWord> words = line.words();
        for (int i = 0; i < words.size(); i++) {
            String text = words.get(i).text();
            int colon = text.indexOf(':');
            if (colon >= 0) {
                StringBuilder read = new StringBuilder();
                for (int j = 0; j < i; j++) {
                    read.append(words.get(j).text()).append(' ');
                }
                read.append(text, 0, colon);
                List<OcrWord> value = new ArrayList<>();
                if (colon + 1 < text.length()) {
                    value.add(new OcrWord(text.substring(colon + 1), words.get(i).confidence()));
                }
                value.addAll(words.subList(i + 1, words.size()));
                return scored(labelKey, read.toString(), value);
            }
        }
        Match best = null;
        StringBuilder read = new StringBuilder();
        for (int k = 1; k < words.size() && k <= LONGEST_LABEL_WORDS; k++) {
            read.append(k > 1 ? " " : "").append(words.get(k - 1).text());
            Match match = scored(labelKey, read.toString(), words.subList(k, words.size()));
            if (match != null && (best == null || match.similarity() > best.similarity())) {
                best = match;
            }
        }
        return best;
    }

    private static Match scored(String labelKey, String read, List<OcrWord> value) {
        double similarity = PrintedText.similarity(labelKey, PrintedText.key(read));
        return similarity >= SAME_LABEL ? new Match(similarity, value) : null;
    }

    /** Whether the whole line reads as {@code title}. */
    boolean reads(String title) {
        return PrintedText.similarity(PrintedText.key(title), PrintedText.key(line.text())) >= SAME_LABEL;
    }

    record Match(double similarity, List<OcrWord> value) {

        /** The value's text without the stray marks OCR reads from specks at its ends (":", "_", "|" …). */
        String text() {
            return STRAY_MARKS.matcher(String.join(" ", value.stream().map(OcrWord::text).toList())).replaceAll("");
        }

        /** The weakest word's confidence, 0 to 1: one misread word is enough to make a value wrong. */
        double confidence() {
            return value.stream().mapToDouble(OcrWord::confidence).min().orElse(0) / 100;
        }
    }
}
