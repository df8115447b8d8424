package org.dancu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dancu.linkage.CommuneMapping;
import org.dancu.linkage.CommuneTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The link and dedupe contract, on small files: headers, one row per record, bad input exits 2 and writes nothing. */
class LinkCommandTest {

    private static final String REGISTER = """
            person_id,full_name,pin,old_id,birth_date,sex,ethnicity,commune_code,address,father_name,mother_name,extra
            1,Lò Văn Hùng,011095001234,,1995-03-21,M,03,03124,"Bản Him Lam, Phường Him Lam",,,x
            2,Lò Thị Hương,011198004321,,1998-07-02,F,03,03130,,,,x
            3,Giàng A Dình,011087005555,040123456,1987,M,08,03400,,,,x
            4,Nguyễn Thị Mai,011301006666,,2001-11-30,F,01,03124,,,,x
            """;
    private static final String RECORDS = """
            address,record_id,full_name,pin,birth_date,sex,commune_code
            ,r1,LO VAN HUNG,011095001234,21/03/1995,Nam,03334
            ,r2,Lo Thi Huong,,1998-07-02,Nữ,03130
            ,r3,Vừ A Sử,,1950,M,
            ,r4,Nguyen Thi Mai,011301006666,2001,F,3124
            """;

    private final CommandConsole console = new CommandConsole();

    private static Path write(Path directory, String name, String content) throws IOException {
        return Files.writeString(directory.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void linksEveryRecordOnceAndExplainsIt(@TempDir Path dir) throws IOException {
        Path links = dir.resolve("links.csv");
        Path explain = dir.resolve("explain.csv");
        int code = console.dancu("link", "--register", write(dir, "register.csv", REGISTER).toString(),
                "--records", write(dir, "records.csv", RECORDS).toString(), "--out", links.toString(),
                "--explain=" + explain);

        assertThat(code).as(console.errors()).isZero();
        List<String> rows = Files.readAllLines(links);
        assertThat(rows.get(0)).isEqualTo("record_id,person_id,probability,decision");
        assertThat(rows).hasSize(5);
        assertThat(rows.subList(1, 5)).extracting(row -> row.split(",", -1)[0]).containsExactly("r1", "r2", "r3", "r4");
        // four persons are too few for unsupervised training to be sure of anything: the person is right
        assertThat(rows.get(1)).startsWith("r1,1,").doesNotEndWith(",nonmatch");
        assertThat(rows.get(3)).isEqualTo("r3,,0.000000,nonmatch");
        for (String row : rows.subList(1, 5)) {
            assertThat(row.split(",", -1)[3]).isIn("match", "review", "nonmatch");
        }
        List<String> explained = Files.readAllLines(explain);
        assertThat(explained.get(0)).startsWith("record_id,person_id,probability,decision,prior_weight,id_level,id_weight")
                .endsWith(",total_weight");
        assertThat(explained).hasSize(5);
        assertThat(explained.get(1)).contains(",exact,");
        assertThat(console.printed()).contains("Linked 4 records against 4 persons");
    }

    @Test
    void aModelFileThatDoesNotExistIsTrainedAndSavedThenReused(@TempDir Path dir) throws IOException {
        Path register = write(dir, "register.csv", REGISTER);
        Path records = write(dir, "records.csv", RECORDS);
        Path model = dir.resolve("model.json");
        assertThat(console.dancu("link", "--register", register.toString(), "--records", records.toString(),
                "--out", dir.resolve("a.csv").toString(), "--model", model.toString())).isZero();
        assertThat(model).exists();
        assertThat(Files.readString(model)).contains("dancu-linkage-model/1");
        console.clear();
        assertThat(console.dancu("link", "--register", register.toString(), "--records", records.toString(),
                "--out", dir.resolve("b.csv").toString(), "--model", model.toString())).isZero();
        assertThat(console.printed()).doesNotContain("Trained");
        assertThat(Files.readAllLines(dir.resolve("b.csv"))).isEqualTo(Files.readAllLines(dir.resolve("a.csv")));
    }

    @Test
    void badFilesExitWithTwoAndWriteNothing(@TempDir Path dir) throws IOException {
        Path register = write(dir, "register.csv", REGISTER);
        Path records = write(dir, "records.csv", RECORDS);
        Path out = dir.resolve("links.csv");
        Path noName = write(dir, "no-name.csv", "record_id,pin\nr1,011095001234\n");
        Path twice = write(dir, "twice.csv", "record_id,full_name\nr1,An\nr1,Bình\n");
        Path badModel = write(dir, "bad.json", "{\"format\": \"something else\"}");

        assertRefused(List.of("link", "--register", register.toString(), "--records", noName.toString(),
                "--out", out.toString()), "full_name", out);
        assertRefused(List.of("link", "--register", register.toString(), "--records", twice.toString(),
                "--out", out.toString()), "appears twice", out);
        assertRefused(List.of("link", "--register", dir.resolve("missing.csv").toString(), "--records",
                records.toString(), "--out", out.toString()), "not a readable file", out);
        assertRefused(List.of("link", "--register", register.toString(), "--records", records.toString(),
                "--out", out.toString(), "--model", badModel.toString()), "--model", out);
        assertRefused(List.of("link", "--register", register.toString(), "--out", out.toString()),
                "--records is required", out);
        assertRefused(List.of("dedupe", "--records", twice.toString(), "--out", out.toString()), "appears twice", out);
        assertThat(Files.readString(badModel)).isEqualTo("{\"format\": \"something else\"}");
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(name -> name.contains(".part"));
        }
    }

    private void assertRefused(List<String> arguments, String message, Path out) {
        console.clear();
        assertThat(console.dancu(arguments.toArray(String[]::new))).isEqualTo(2);
        assertThat(console.errors()).contains(message);
        assertThat(out).doesNotExist();
    }

    @Test
    void dedupeGivesEachRecordItsClusterTheSmallestIdInIt(@TempDir Path dir) throws IOException {
        Path records = write(dir, "records.csv", """
                record_id,full_name,pin,birth_date,sex,commune_code
                7,Lò Văn Hùng,011095001234,1995-03-21,M,03124
                3,LO VAN HUNG,011095001234,21/03/1995,Nam,03334
                5,Giàng A Dình,011087005555,1987,M,03400
                9,Nguyễn Thị Mai,011301006666,2001-11-30,F,03124
                """);
        Path out = dir.resolve("clusters.csv");
        assertThat(console.dancu("dedupe", "--records", records.toString(), "--out", out.toString()))
                .as(console.errors()).isZero();
        assertThat(Files.readAllLines(out)).containsExactly("record_id,cluster_id", "7,3", "3,3", "5,5", "9,9");
    }

    @Test
    void theCommuneTableAnswersEveryCodeAsLinkReadsIt(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("communes.csv");
        assertThat(console.dancu("communes", "--out", out.toString())).as(console.errors()).isZero();

        CommuneTable table = CommuneTable.read(out);
        CommuneMapping link = BundledCommunes.mapping();
        assertThat(Files.readAllLines(out).get(0)).isEqualTo("code,current_code,former_district");
        assertThat(table.current("03334")).isEqualTo(link.current("03334"));
        assertThat(table.formerDistrict("03124")).isNotEmpty().isEqualTo(link.formerDistrict("03124"));
        for (int n = 0; n < 100_000; n++) {
            String code = String.format("%05d", n);
            assertThat(table.current(code)).as(code).isEqualTo(link.current(code));
            assertThat(table.formerDistrict(code)).as(code).isEqualTo(link.formerDistrict(code));
        }
        assertRefused(List.of("communes", "--out", dir.toString()), "is a directory", dir.resolve("none"));
    }

    @Test
    void helpListsTheCommands() {
        console.dancu("--help");
        assertThat(console.printed()).contains("link ").contains("dedupe ").contains("communes ");
    }
}
