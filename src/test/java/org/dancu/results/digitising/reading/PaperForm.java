package org.dancu.results.digitising.reading;

import java.util.List;
import java.util.Map;

/**
 * A filled-in paper form as it is printed, line by line, with the truth of its fields (canonical
 * values as {@link FormReader} should give them, by {@link FormFields} name).
 */
record PaperForm(FormKind kind, List<Line> lines, Map<String, String> truth) {

    PaperForm {
        lines = List.copyOf(lines);
        truth = Map.copyOf(truth);
    }

    enum Style { TITLE, CENTRED, TEXT }

    record Line(String text, Style style) {

        static Line title(String text) {
            return new Line(text, Style.TITLE);
        }

        static Line centred(String text) {
            return new Line(text, Style.CENTRED);
        }

        static Line text(String text) {
            return new Line(text, Style.TEXT);
        }
    }
}
