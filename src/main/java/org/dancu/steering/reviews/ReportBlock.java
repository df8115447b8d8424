package org.dancu.steering.reviews;

import java.math.BigDecimal;
import java.util.List;

import org.dancu.steering.IndicatorDefinition;

/** The content of a report, independent of the file format it is written to. */
public sealed interface ReportBlock {

    record Heading(String text, int level) implements ReportBlock {
    }

    record Text(String text) implements ReportBlock {
    }

    /**
     * A table whose cells are text or {@link Figure}s: documents print a figure through
     * {@link Figures}, spreadsheets keep it a number with a number format.
     */
    record Table(List<String> header, List<List<Object>> rows) implements ReportBlock {
    }

    /**
     * Two columns side by side without borders, each line centred: the heading of an administrative
     * document (issuing body and number beside the national motto) and its closing (recipients
     * beside the signature). The right column is centred; the left one too when {@code leftCentred},
     * else set flush left (a list of recipients).
     */
    record Columns(List<Line> left, List<Line> right, boolean leftCentred) implements ReportBlock {
    }

    /** Centred lines: the title of an administrative document. */
    record Centred(List<Line> lines) implements ReportBlock {
    }

    /** A line of text and how it is set. */
    record Line(String text, Style style) {

        enum Style { PLAIN, BOLD, ITALIC }

        static Line plain(String text) {
            return new Line(text, Style.PLAIN);
        }

        static Line bold(String text) {
            return new Line(text, Style.BOLD);
        }

        static Line italic(String text) {
            return new Line(text, Style.ITALIC);
        }
    }

    /** A number and how it reads; a null value reads "no data yet" (an absent change: nothing). */
    record Figure(BigDecimal value, Kind kind) {

        public enum Kind { PERCENT, DECIMAL, CHANGE, COUNT }

        /** A value of an indicator: a percentage when its factor is 100. */
        public static Figure of(IndicatorDefinition definition, BigDecimal value) {
            return new Figure(value, definition != null && definition.factor() == 100 ? Kind.PERCENT : Kind.DECIMAL);
        }
    }
}
