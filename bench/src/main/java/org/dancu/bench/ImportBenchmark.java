package org.dancu.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;


import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import org.dancu.DancuApplication;
import org.dancu.locality.Localities;
import org.dancu.register.BulkImport;
import org.dancu.register.ImportOutcome;
import org.dancu.synth.ProvinceLayout;
import org.dancu.synth.SyntheticPopulation;
import org.postgresql.PGConnection;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The register import of 1,000,000 synthetic persons (system property {@code import.persons}) end to
 * end, as {@code dancu import} runs it (upload copy and hash, decoding, then one pass: every check,
 * staging COPY, duplicate and register comparison in SQL, the INSERT … SELECT with one registration
 * event per person; the job's ledger entry) against its peer in the same run: a raw {@code COPY} of
 * the same file into a table of the same columns, with no checks at all. The register is emptied
 * (outside the timing) before each import run.
 */
final class ImportBenchmark {

    private static final int PEOPLE = Integer.getInteger("import.persons", 1_000_000);
    private static final int RUNS = 3;
    private static final String COLUMNS = "pin, full_name, birth_date, sex, ethnicity, commune_code, address";

    private ImportBenchmark() {
    }

    static void run() {
        try {
            Path work = Files.createTempDirectory("dancu-import-bench");
            try (ConfigurableApplicationContext context = new SpringApplicationBuilder(DancuApplication.class)
                    .web(WebApplicationType.NONE)
                    .properties("dancu.database.embedded-directory=", "logging.level.root=WARN",
                            "spring.main.log-startup-info=false",
                            "dancu.register.import-directory=" + work.resolve("jobs"))
                    .run()) {
                Path file = importFile(context, work);
                measure(context, file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Generates the population and writes it as an officer's file would come: Vietnamese dates, UTF-8. */
    private static Path importFile(ConfigurableApplicationContext context, Path work) throws IOException {
        ProvinceLayout layout = ProvinceLayout.of(context.getBean(Localities.class), "11");
        Path synth = work.resolve("synth");
        Files.createDirectories(synth);
        SyntheticPopulation.generate(layout, PEOPLE, 1, synth, n -> { });
        Path file = work.resolve("persons-import.csv");
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder()
                .ofNamedCsvRecord(synth.resolve(SyntheticPopulation.PERSONS), StandardCharsets.UTF_8);
             Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CsvWriter csv = CsvWriter.builder().build(out)) {
            csv.writeRecord(COLUMNS.split(", "));
            for (NamedCsvRecord row : reader) {
                csv.writeRecord(row.getField("pin"), row.getField("full_name"), dayFirst(row.getField("birth_date")),
                        row.getField("sex"), row.getField("ethnicity"), row.getField("commune_code"),
                        row.getField("address"));
            }
        }
        return file;
    }

    /** 1958-03-21 → 21/03/1958, 1958-03 → 03/1958, 1958 stays. */
    private static String dayFirst(String iso) {
        String[] parts = iso.split("-");
        StringBuilder text = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            text.insert(0, parts[i] + "/");
        }
        return text.toString();
    }

    private static void measure(ConfigurableApplicationContext context, Path file) throws IOException, SQLException {
        BulkImport imports = context.getBean(BulkImport.class);
        System.out.println("register import benchmark; " + Measure.machine());
        System.out.printf("%,d persons, %,d MB file, median of %d runs, import and peer alternating%n%n", PEOPLE,
                Files.size(file) / 1_000_000, RUNS);
        double[] imported = new double[RUNS];
        double[] copied = new double[RUNS];
        ImportOutcome outcome = null;
        try (Connection owner = DatabaseOwner.connect(context.getEnvironment())) {
            execute(owner, "CREATE TABLE bench_raw_person (" + COLUMNS.replace(",", " text,") + " text)");
            for (int run = 0; run < RUNS; run++) {
                execute(owner, "TRUNCATE register.life_event, register.person");
                long began = System.nanoTime();
                outcome = imports.run(file, Map.of(), false);
                imported[run] = (System.nanoTime() - began) / 1e9;

                execute(owner, "TRUNCATE bench_raw_person");
                began = System.nanoTime();
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    owner.unwrap(PGConnection.class).getCopyAPI()
                            .copyIn("COPY bench_raw_person FROM STDIN (FORMAT csv, HEADER true)", in);
                }
                copied[run] = (System.nanoTime() - began) / 1e9;
            }
        }
        double importMedian = Measure.median(imported);
        double copyMedian = Measure.median(copied);
        System.out.printf("last run: %,d rows, %,d added, %,d with problems %s%n", outcome.rows(), outcome.added(),
                outcome.rowsWithProblems(), outcome.problems());
        System.out.println("| import s (end to end) | peer s (raw COPY, same file) | import ÷ peer | rows/s |");
        System.out.println("|--:|--:|--:|--:|");
        System.out.printf("| %.1f | %.1f | %.1f | %,.0f |%n", importMedian, copyMedian, importMedian / copyMedian,
                PEOPLE / importMedian);
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
