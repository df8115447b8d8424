package org.dancu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.dancu.register.ImportFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Runs {@code dancu import} as the jar would, on the test database. */
@SpringBootTest
@AutoConfigureMockMvc
class ImportCommandTest {

    @Autowired JdbcClient jdbc;
    @TempDir Path dir;
    private final CommandConsole console = new CommandConsole();
    private ImportFixtures persons;

    @BeforeEach
    void fixtures() {
        persons = new ImportFixtures(jdbc);
    }

    @AfterEach
    void removeImported() {
        persons.removeImported();
    }

    /** A free ID of a man born in Điện Biên in 1985. */
    private String pin() {
        return persons.pin(1985, 'M');
    }

    private long imported() {
        return persons.imported();
    }

    private Path file(String text) throws IOException {
        Path file = dir.resolve("persons.csv");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void dryRunWritesNothingAndTheRealRunLoadsOnceWithAnExplicitMapping() throws IOException {
        Path file = file("CCCD;Tên đầy đủ;Ngày sinh;Giới tính;Mã xã\n"
                + pin() + ";Lò Văn Hùng;12/03/1985;Nam;03334\n"
                + pin() + ";Quàng Văn Sơn;1985;Nam;03334\n");
        String mapping = "--mapping=Tên đầy đủ=full_name";

        assertThat(console.dancu("import", "--file", file.toString(), mapping, "--dry-run")).isZero();
        assertThat(console.printed()).contains("2 rows, 0 with problems", "2 ready to add", "Dry run");
        assertThat(imported()).isZero();

        console.clear();
        assertThat(console.dancu("import", "--file", file.toString(), mapping)).isZero();
        assertThat(console.printed()).contains("2 persons added");
        assertThat(imported()).isEqualTo(2);

        console.clear();
        assertThat(console.dancu("import", "--file", file.toString(), mapping)).isZero();
        assertThat(console.printed()).contains("2 already in the register unchanged", "0 persons added");
        assertThat(imported()).isEqualTo(2);
    }

    @Test
    void rowsWithProblemsExitOneAndWriteNothing() throws IOException {
        Path file = file("pin,full_name,birth_date,sex,commune_code\n" + pin() + ",Lò Văn Hùng,12/03/1985,M,03334\n"
                + "01108512345,Lò Văn Sơn,12/03/1985,M,03334\n");
        assertThat(console.dancu("import", "--file", file.toString())).isEqualTo(ImportCommand.PROBLEMS);
        assertThat(console.printed()).contains("1 with problems", "Invalid personal ID", "line 3",
                "leading 0 was probably lost", "Nothing was written");
        assertThat(imported()).isZero();
    }

    @Test
    void namesTheRegisterCannotStoreAndSplitRowsAreRefusedByLineAndNothingIsWritten() throws IOException {
        Path file = file("pin,full_name,birth_date,sex,commune_code,address\n"
                + pin() + ",Lò Văn Hùng,12/03/1985,M,03334,Bản Co Củ\n"
                + pin() + ",Páo,12/03/1985,M,03334,\n"
                + pin() + ",Lò " + "Văn ".repeat(74) + "Hùng,12/03/1985,M,03334,\n"
                + pin() + ",Lò Văn Sơn,12/03/1985,M,03334,Bản Bó, xã Thanh Nưa\n");
        assertThat(console.dancu("import", "--file", file.toString())).isEqualTo(ImportCommand.PROBLEMS);
        assertThat(console.printed()).contains("3 with problems", "line 3", "the family name is missing",
                "line 4", "longer than 100 characters", "line 5", "More cells than the header has columns",
                "Nothing was written");
        assertThat(imported()).isZero();
    }

    @Test
    void badArgumentsAndUnreadableFilesExitTwo() throws IOException {
        assertThat(console.dancu("import")).isEqualTo(2);
        assertThat(console.errors()).contains("--file is required");
        Path file = file("pin,full_name\n1,A\n");
        console.clear();
        assertThat(console.dancu("import", "--file", file.toString(), "--mapping=full_name=nickname")).isEqualTo(2);
        assertThat(console.errors()).contains("unknown field 'nickname'");
        console.clear();
        assertThat(console.dancu("import", "--file", file.toString())).isEqualTo(2);
        assertThat(console.errors()).contains("birth_date");
        Path binary = dir.resolve("photo.csv");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 1, 2, 0});
        console.clear();
        assertThat(console.dancu("import", "--file", binary.toString())).isEqualTo(2);
        assertThat(console.errors()).contains("not text");
    }

    @Test
    void helpListsTheCommand() {
        assertThat(console.dancu("--help")).isZero();
        assertThat(console.printed()).contains("import", "--dry-run");
    }
}
