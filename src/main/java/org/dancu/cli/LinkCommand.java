package org.dancu.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.dancu.linkage.Comparison;
import org.dancu.linkage.Contribution;
import org.dancu.linkage.Decision;
import org.dancu.linkage.LinkResult;
import org.dancu.linkage.LinkageModel;
import org.dancu.linkage.PersonRecord;
import org.dancu.linkage.RecordCsv;
import org.dancu.linkage.RegisterIndex;
import org.dancu.linkage.Training;
import org.dancu.linkage.TrainingOptions;

/**
 * {@code dancu link --register REGISTER.csv --records RECORDS.csv --out LINKS.csv [--explain EXPLAIN.csv]
 * [--model MODEL.json]}: links each record to its best candidate in the register. Without
 * {@code --model} the model is trained on the two files (EM, unsupervised) and not kept; with a
 * {@code --model} file that exists it is used as it is; with one that does not exist yet the model
 * is trained and saved there, so the next run reuses it. No database is needed: commune codes meet
 * through the locality tables bundled in the jar.
 */
class LinkCommand implements Command {

    static final List<String> LINKS_HEADER = List.of("record_id", "person_id", "probability", "decision");

    @Override
    public String name() {
        return "link";
    }

    @Override
    public String summary() {
        return "link sector records to the register: --register --records --out [--explain] [--model]";
    }

    @Override
    public String usage() {
        return "--register REGISTER.csv --records RECORDS.csv --out LINKS.csv [--explain EXPLAIN.csv] [--model MODEL.json]\n"
                + "  writes record_id,person_id,probability,decision; no database needed\n"
                + "  --model     reused when the file exists, trained on the inputs and saved when it does not (docs/linkage.md)";
    }

    @Override
    public int run(List<String> arguments) {
        CommandOptions options = CommandOptions.parse(name(), arguments, Set.of("register", "records", "out"),
                Set.of("explain", "model"));
        Path out = Path.of(options.get("out"));
        CsvOutput.checkTarget("out", out);
        Path explain = options.has("explain") ? Path.of(options.get("explain")) : null;
        if (explain != null) {
            CsvOutput.checkTarget("explain", explain);
        }
        Path modelFile = options.has("model") ? Path.of(options.get("model")) : null;
        LinkageModel model = modelFile != null && Files.exists(modelFile) ? loadModel(modelFile) : null;
        if (modelFile != null && model == null) {
            CsvOutput.checkTarget("model", modelFile);
        }
        long began = System.nanoTime();
        List<PersonRecord> register = read(Path.of(options.get("register")), RecordCsv.Kind.REGISTER);
        List<PersonRecord> records = read(Path.of(options.get("records")), RecordCsv.Kind.RECORDS);
        RegisterIndex index = RegisterIndex.build(register, BundledCommunes.mapping());
        try {
            if (model == null) {
                Training training = index.train(records, TrainingOptions.defaults());
                model = training.model();
                System.out.printf("Trained on %,d candidate and %,d random pairs (EM %d iterations%s)%n",
                        training.candidatePairs(), training.randomPairs(), training.iterations(),
                        training.converged() ? "" : ", not converged");
                if (modelFile != null) {
                    model.save(modelFile);
                    System.out.println("Model saved to " + modelFile);
                }
            }
            List<LinkResult> results = index.withModel(model).link(records, explain != null);
            CsvOutput.write(out, LINKS_HEADER, rows -> writeLinks(rows, results));
            if (explain != null) {
                CsvOutput.write(explain, explainHeader(), rows -> writeExplanations(rows, results));
            }
            Map<Decision, Integer> counts = new EnumMap<>(Decision.class);
            results.forEach(r -> counts.merge(r.decision(), 1, Integer::sum));
            System.out.printf("Linked %,d records against %,d persons in %.1f s: %d match, %d review, %d nonmatch%n",
                    records.size(), register.size(), (System.nanoTime() - began) / 1e9,
                    counts.getOrDefault(Decision.MATCH, 0), counts.getOrDefault(Decision.REVIEW, 0),
                    counts.getOrDefault(Decision.NONMATCH, 0));
            return 0;
        } catch (IOException e) {
            System.err.println("dancu: could not write the results: " + e.getMessage());
            return 1;
        }
    }

    static List<PersonRecord> read(Path file, RecordCsv.Kind kind) {
        try {
            return RecordCsv.read(file, kind);
        } catch (RecordCsv.InvalidFileException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }

    private static LinkageModel loadModel(Path file) {
        try {
            return LinkageModel.load(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("--model " + file + " cannot be read: " + e.getMessage());
        } catch (IllegalArgumentException | ClassCastException e) {
            throw new IllegalArgumentException("--model " + file + ": " + e.getMessage());
        }
    }

    private static void writeLinks(BufferedWriter out, List<LinkResult> results) throws IOException {
        for (LinkResult r : results) {
            out.write(CsvOutput.field(r.recordId()) + "," + CsvOutput.field(r.person().orElse("")) + ","
                    + LinkResult.probabilityText(r.probability()) + "," + r.decision().code() + "\n");
        }
    }

    private static List<String> explainHeader() {
        List<String> header = new ArrayList<>(List.of("record_id", "person_id", "probability", "decision",
                "prior_weight"));
        for (Comparison c : Comparison.values()) {
            header.add(c.key() + "_level");
            header.add(c.key() + "_weight");
        }
        header.add("total_weight");
        return header;
    }

    private static void writeExplanations(BufferedWriter out, List<LinkResult> results) throws IOException {
        for (LinkResult r : results) {
            StringBuilder row = new StringBuilder(CsvOutput.field(r.recordId())).append(',')
                    .append(CsvOutput.field(r.person().orElse(""))).append(',').append(LinkResult.probabilityText(r.probability()))
                    .append(',').append(r.decision().code());
            if (r.explanation() == null) {
                row.append(",".repeat(2 * Comparison.values().length + 2));
            } else {
                row.append(',').append(weight(r.explanation().priorWeight()));
                for (Contribution c : r.explanation().contributions()) {
                    row.append(',').append(c.level()).append(c.termFrequency() ? "+tf" : "").append(',')
                            .append(weight(c.weight()));
                }
                row.append(',').append(weight(r.explanation().totalWeight()));
            }
            out.write(row.append('\n').toString());
        }
    }

    private static String weight(double w) {
        return String.format(Locale.ROOT, "%.3f", w);
    }
}
