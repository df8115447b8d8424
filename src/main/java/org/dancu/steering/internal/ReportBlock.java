package org.dancu.steering.internal;

import java.util.List;

/** The content of a report, independent of the file format it is written to. */
sealed interface ReportBlock {

    record Heading(String text, int level) implements ReportBlock {
    }

    record Text(String text) implements ReportBlock {
    }

    /** A table whose cells are text or numbers (numbers stay numbers in spreadsheets). */
    record Table(List<String> header, List<List<Object>> rows) implements ReportBlock {
    }
}
