package org.dancu.register.internal;

import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.dancu.tabular.Confidence;
import org.dancu.tabular.Decoding;
import org.dancu.tabular.LegacyEncoding;
import org.dancu.tabular.TabularFormat;
import org.dancu.tabular.TextEncoding;

/** An import job as stored: the file, what was detected, the mapping, the status and the counts. */
public record ImportJob(long jobId, String fileName, String fileHash, TabularFormat format, String sheet,
                        Decoding decoding, List<String> header, ColumnMapping mapping, boolean dayFirst,
                        Status status, boolean skipProblemRows, String officer, String scopeCode, Long rowsTotal,
                        Long rowsWithProblems, Long rowsUnchanged, Long rowsAdded,
                        Map<ImportProblem, Long> problemCounts, String failure, List<String> failureArgs,
                        OffsetDateTime createdAt, OffsetDateTime checkedAt, OffsetDateTime appliedAt) {

    public enum Status {
        UPLOADED, CHECKING, CHECKED, APPLYING, APPLIED, FAILED,
        /** Not applied within the retention period: the file is deleted and must be uploaded again. */
        EXPIRED;

        boolean running() {
            return this == CHECKING || this == APPLYING;
        }
    }

    public boolean running() {
        return status.running();
    }

    public boolean applicable() {
        return status == Status.CHECKED;
    }

    static Map<ImportProblem, Long> decodeCounts(String text) {
        Map<ImportProblem, Long> counts = new EnumMap<>(ImportProblem.class);
        if (text != null && !text.isBlank()) {
            for (String part : text.split(";")) {
                String[] pair = part.split("=", 2);
                counts.put(ImportProblem.valueOf(pair[0]), Long.parseLong(pair[1]));
            }
        }
        return counts;
    }

    static String encodeCounts(Map<ImportProblem, Long> counts) {
        StringBuilder text = new StringBuilder();
        for (ImportProblem problem : ImportProblem.values()) {
            Long count = counts.get(problem);
            if (count != null) {
                text.append(text.isEmpty() ? "" : ";").append(problem.name()).append('=').append(count);
            }
        }
        return text.toString();
    }

    static Decoding decoding(String encoding, boolean bom, String convertedFrom, boolean nfc, String confidence) {
        return new Decoding(TextEncoding.valueOf(encoding), bom,
                convertedFrom == null ? null : LegacyEncoding.valueOf(convertedFrom), nfc,
                Confidence.valueOf(confidence));
    }
}
