package org.dancu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/** Runs {@code dancu generate} as the jar would: good arguments write the files, bad ones write nothing. */
@SpringBootTest
@AutoConfigureMockMvc
class GenerateCommandTest {

    @TempDir Path temp;

    private final CommandConsole console = new CommandConsole();

    @Test
    void writesTheThreeFilesAndASummary() throws IOException {
        Path target = temp.resolve("dien-bien");
        assertThat(console.dancu("generate", "--province", "11", "--people", "500", "--seed=3", "--out", target.toString()))
                .isZero();
        assertThat(Files.readAllLines(target.resolve("persons.csv"))).hasSize(501);
        assertThat(target.resolve("households.csv")).exists();
        assertThat(target.resolve("events.csv")).exists();
        assertThat(console.printed()).contains("Generated 500 persons", "129 communes");
    }

    @Test
    void writesAHarshMessyCopyWhenAsked() throws IOException {
        Path target = temp.resolve("messy");
        assertThat(console.dancu("generate", "--province", "11", "--people", "500", "--out", target.toString(),
                "--messy", "300", "--profile", "harsh")).isZero();
        assertThat(Files.readAllLines(target.resolve("records.csv"))).hasSize(301).first().asString()
                .endsWith(",ethnicity,father_name,mother_name");
        assertThat(Files.readAllLines(target.resolve("truth.csv"))).hasSize(301);
        assertThat(target.resolve("register.csv")).exists();
        assertThat(console.printed()).contains("Messy copy (harsh): 300 records");
    }

    @Test
    void badMessyOptionsAreRefusedAndNothingIsWritten() {
        Path target = temp.resolve("bad-messy");
        assertThat(console.dancu("generate", "--province", "11", "--people", "50", "--out", target.toString(),
                "--messy", "80")).isEqualTo(2);
        assertThat(console.dancu("generate", "--province", "11", "--people", "50", "--out", target.toString(),
                "--messy", "20", "--profile", "gentle")).isEqualTo(2);
        assertThat(console.dancu("generate", "--province", "11", "--people", "50", "--out", target.toString(),
                "--profile", "harsh")).isEqualTo(2);
        assertThat(target).doesNotExist();
        assertThat(console.errors()).contains("--messy must be a positive whole number of records, at most --people, not '80'",
                "unknown profile 'gentle' (normal or harsh)", "--profile is for the messy copy: give --messy too");
    }

    @Test
    void badPeopleCountsAreRefusedAndNothingIsWritten() {
        for (String people : List.of("0", "-5", "abc", "1.5")) {
            Path target = temp.resolve("people" + people);
            assertThat(console.dancu("generate", "--province", "11", "--people", people, "--out", target.toString()))
                    .isEqualTo(2);
            assertThat(target).doesNotExist();
        }
        assertThat(console.errors()).contains("--people must be a positive whole number, not '0'");
    }

    @Test
    void missingOrUnknownOptionsAreRefused() {
        Path target = temp.resolve("none");
        assertThat(console.dancu("generate", "--province", "11", "--out", target.toString())).isEqualTo(2);
        assertThat(console.dancu("generate", "--province", "11", "--people", "5", "--out", target.toString(), "--colour", "red"))
                .isEqualTo(2);
        assertThat(console.dancu("generate", "--province", "11", "--people", "5", "--seed", "x", "--out", target.toString()))
                .isEqualTo(2);
        assertThat(target).doesNotExist();
        assertThat(console.errors()).contains("--people is required", "unknown option --colour",
                "--seed must be a whole number");
    }

    @Test
    void unknownProvinceIsRefusedAndNothingIsWritten() {
        Path target = temp.resolve("nowhere");
        assertThat(console.dancu("generate", "--province", "99", "--people", "10", "--out", target.toString())).isEqualTo(2);
        assertThat(target).doesNotExist();
        assertThat(console.errors()).contains("unknown province code '99'");
    }

    @Test
    void aNonEmptyDirectoryIsKeptUnlessForced() throws IOException {
        Path target = Files.createDirectories(temp.resolve("used"));
        Files.writeString(target.resolve("notes.txt"), "keep me");
        assertThat(console.dancu("generate", "--province", "11", "--people", "10", "--out", target.toString())).isEqualTo(2);
        assertThat(target.resolve("persons.csv")).doesNotExist();
        assertThat(console.errors()).contains("is not empty; use --force");
        assertThat(console.dancu("generate", "--province", "11", "--people", "10", "--out", target.toString(), "--force"))
                .isZero();
        assertThat(Files.readAllLines(target.resolve("persons.csv"))).hasSize(11);
    }
}
