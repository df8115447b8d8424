package org.dancu.results.digitising.reading;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tells which known form a page of recognised text is, by its printed titles and labels, and takes
 * each field's value from the line its label starts. A page is a form when its title is found with
 * at least two of its labels, or, its title lost (a stain, a tear), three quarters of its labels.
 */
final class FormRecognition {

    private static final int LABELS_WITH_TITLE = 2;
    private static final double LABELS_WITHOUT_TITLE = 0.75;

    private FormRecognition() {
    }

    static FormReading read(OcrPage page) {
        return KnownForms.ALL.stream()
                .map(layout -> Candidate.of(layout, page))
                .filter(Candidate::recognised)
                .max(Comparator.comparingInt(Candidate::evidence))
                .map(Candidate::reading)
                .orElseGet(() -> FormReading.problem(PageProblem.WRONG_FORM));
    }

    /** A page read as one layout: which lines carry which of its labels. */
    private record Candidate(FormLayout layout, boolean titleFound, Map<String, List<LabelledLine.Match>> byLabel) {

        static Candidate of(FormLayout layout, OcrPage page) {
            boolean title = false;
            Map<String, List<LabelledLine.Match>> byLabel = new HashMap<>();
            for (OcrLine line : page.lines()) {
                LabelledLine labelled = new LabelledLine(line);
                title |= layout.titles().stream().anyMatch(labelled::reads);
                bestLabel(layout, labelled).ifPresent(best ->
                        byLabel.computeIfAbsent(best.label(), key -> new ArrayList<>()).add(best.match()));
            }
            return new Candidate(layout, title, byLabel);
        }

        /** The label the line starts with; of two read equally well, the longer ("Quyển số" over "Số"). */
        private static Optional<LabelOnLine> bestLabel(FormLayout layout, LabelledLine line) {
            LabelOnLine best = null;
            for (String label : layout.labels()) {
                LabelledLine.Match match = line.match(label);
                if (match != null && (best == null || match.similarity() > best.match().similarity()
                        || match.similarity() == best.match().similarity() && label.length() > best.label().length())) {
                    best = new LabelOnLine(label, match);
                }
            }
            return Optional.ofNullable(best);
        }

        boolean recognised() {
            int labels = byLabel.size();
            return titleFound && labels >= LABELS_WITH_TITLE
                    || labels >= Math.ceil(LABELS_WITHOUT_TITLE * layout.labels().size());
        }

        int evidence() {
            return byLabel.size() + (titleFound ? 1 : 0);
        }

        FormReading reading() {
            List<FieldReading> fields = new ArrayList<>();
            for (FieldSpec field : layout.fields()) {
                List<LabelledLine.Match> lines = linesFor(field);
                LabelledLine.Match match = lines.size() >= field.occurrence() ? lines.get(field.occurrence() - 1) : null;
                if (match != null && !match.text().isEmpty()) {
                    ValueKind.Checked checked = field.kind().check(match.text());
                    fields.add(new FieldReading(field.name(), checked.value(), match.confidence() * checked.trust()));
                } else if (!field.optional()) {
                    fields.add(new FieldReading(field.name(), "", 0));
                }
            }
            return new FormReading(layout.kind(), fields, null);
        }

        /**
         * The lines carrying the field's label. When there are more than the form has fields with that
         * label (noise read as "Số:" above the real one), those whose value fails its check are passed over.
         */
        private List<LabelledLine.Match> linesFor(FieldSpec field) {
            List<LabelledLine.Match> lines = byLabel.getOrDefault(field.label(), List.of());
            long needed = layout.fields().stream().filter(f -> f.label().equals(field.label())).count();
            if (lines.size() <= needed) {
                return lines;
            }
            List<LabelledLine.Match> passing = lines.stream()
                    .filter(line -> field.kind().check(line.text()).trust() > ValueKind.INVALID).toList();
            return passing.size() >= needed ? passing : lines;
        }
    }

    private record LabelOnLine(String label, LabelledLine.Match match) {
    }
}
