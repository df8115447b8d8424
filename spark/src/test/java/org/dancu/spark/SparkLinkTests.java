package org.dancu.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dancu.linkage.CommuneMapping;
import org.dancu.linkage.LinkResult;
import org.dancu.linkage.LinkageModel;
import org.dancu.linkage.PersonRecord;
import org.dancu.linkage.RecordCsv;
import org.dancu.linkage.RegisterIndex;
import org.dancu.linkage.SharedFixture;
import org.dancu.linkage.TrainingOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark runner in local mode, small: on the engine's synthetic fixture it trains the model the
 * single-machine engine trains (both inputs are below the sample size) and makes the same decisions,
 * in the LINKS.csv contract and in Parquet; bad input is refused with nothing written.
 */
class SparkLinkTests {

    private static SparkSession spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        // small data: two partitions, and no code generation (compiling it costs more than it saves here)
        spark = SparkSession.builder().master("local[2]").appName("dancu-spark-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2")
                .config("spark.default.parallelism", "2").config("spark.sql.adaptive.enabled", "false")
                .config("spark.sql.codegen.wholeStage", "false").config("spark.sql.codegen.factoryMode", "NO_CODEGEN")
                .getOrCreate();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void trainsTheEnginesModelAndMakesItsDecisions() throws IOException {
        List<PersonRecord> register = SharedFixture.register(3_000);
        List<PersonRecord> records = SharedFixture.records(register, 1_500, 100);
        Path out = dir.resolve("LINKS.csv");
        Path model = dir.resolve("model.json");
        SparkLink.Summary summary = SparkLink.run(spark, Map.of("register", write("register.csv", "person_id", register),
                "records", write("records.csv", "record_id", records), "out", out.toString(),
                "model", model.toString(), "parquet", dir.resolve("links.parquet").toString()));

        RegisterIndex index = RegisterIndex.build(register, CommuneMapping.none());
        LinkageModel engineModel = index.train(records, TrainingOptions.defaults()).model();
        assertEquals(engineModel.toJson(), Files.readString(model), "the same counts give the same model");
        List<LinkResult> engine = index.withModel(engineModel).link(records, false);
        List<String> expected = new ArrayList<>(List.of("record_id,person_id,probability,decision"));
        engine.forEach(r -> expected.add(r.recordId() + "," + r.person().orElse("") + ","
                + LinkResult.probabilityText(r.probability()) + "," + r.decision().code()));
        assertEquals(expected, Files.readAllLines(out), "the same decisions, row for row, in input order");
        assertEquals(1_600, summary.records());
        assertTrue(summary.decisions().get("match") > 1_300, "most messy copies are linked: " + summary.decisions());

        List<Row> parquet = spark.read().parquet(dir.resolve("links.parquet").toString()).collectAsList();
        assertEquals(1_600, parquet.size());
        Map<String, String> decisions = new java.util.HashMap<>();
        parquet.forEach(row -> decisions.put(row.getString(0), row.getString(3)));
        engine.forEach(r -> assertEquals(r.decision().code(), decisions.get(r.recordId()), r.recordId()));
    }

    @Test
    void aSavedModelIsReusedAsItIs() throws IOException {
        List<PersonRecord> register = SharedFixture.register(400);
        List<PersonRecord> records = SharedFixture.records(register, 200, 10);
        LinkageModel strict = LinkageModel.initial().withThresholds(new LinkageModel.Thresholds(0.999999, 0.99, 4));
        Path model = dir.resolve("strict.json");
        strict.save(model);
        Path out = dir.resolve("LINKS.csv");
        SparkLink.run(spark, Map.of("register", write("register.csv", "person_id", register),
                "records", write("records.csv", "record_id", records), "out", out.toString(), "model", model.toString()));

        List<LinkResult> engine = RegisterIndex.build(register, strict, CommuneMapping.none()).link(records, false);
        List<String> lines = Files.readAllLines(out);
        for (int i = 0; i < engine.size(); i++) {
            assertEquals(engine.get(i).decision().code(), lines.get(i + 1).substring(lines.get(i + 1).lastIndexOf(',') + 1));
        }
        assertEquals(strict.toJson(), Files.readString(model), "an existing model file is not retrained");
    }

    @Test
    void badFilesAreRefusedAndNothingIsWritten() throws IOException {
        List<PersonRecord> register = SharedFixture.register(50);
        String registerFile = write("register.csv", "person_id", register);
        Path noName = Files.writeString(dir.resolve("no-name.csv"), "record_id,pin\nR1,011090000001\n");
        Path twice = Files.writeString(dir.resolve("twice.csv"), "record_id,full_name\nR1,Lò Văn Hùng\nR1,Lò Thị Mai\n");
        Path out = dir.resolve("LINKS.csv");

        var missing = assertThrows(RecordCsv.InvalidFileException.class, () -> SparkLink.run(spark,
                Map.of("register", registerFile, "records", noName.toString(), "out", out.toString())));
        assertTrue(missing.getMessage().endsWith("the header has no column 'full_name'"), missing.getMessage());
        var repeated = assertThrows(RecordCsv.InvalidFileException.class, () -> SparkLink.run(spark,
                Map.of("register", registerFile, "records", twice.toString(), "out", out.toString())));
        assertTrue(repeated.getMessage().endsWith("record_id R1 appears twice"), repeated.getMessage());
        assertFalse(Files.exists(out));
        assertThrows(IllegalArgumentException.class, () -> SparkLink.options(List.of("--register", "r.csv", "--out")));
        assertThrows(IllegalArgumentException.class, () -> SparkLink.options(List.of("--register", "r.csv")));
    }

    private String write(String name, String idColumn, List<PersonRecord> people) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(idColumn + ",full_name,pin,old_id,birth_date,sex,commune_code,address,ethnicity,father_name,mother_name");
        Function<String, String> field = v -> v.contains(",") || v.contains("\"") ? '"' + v.replace("\"", "\"\"") + '"' : v;
        for (PersonRecord p : people) {
            lines.add(String.join(",", List.of(p.id(), p.fullName(), p.pin(), p.oldId(), p.birthDate(), p.sex(),
                    p.communeCode(), p.address(), p.ethnicity(), p.fatherName(), p.motherName()).stream().map(field).toList()));
        }
        return Files.write(dir.resolve(name), lines, StandardCharsets.UTF_8).toString();
    }
}
