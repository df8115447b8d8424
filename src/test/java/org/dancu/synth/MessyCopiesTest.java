package org.dancu.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MessyCopiesTest {

    private static final String HEADER = "person_id,pin,old_id,full_name,family_name,middle_name,given_name,birth_date,"
            + "sex,ethnicity,commune_code,current_commune_code,address,household_id,relation_to_head,father_pin,"
            + "father_name,mother_pin,mother_name,spouse_pin,spouse_name,marital_status,alive,death_date,resident,phone";

    private static Path population(Path dir, int people) throws IOException {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        String[] given = {"Hùng", "Dình", "Páo", "Bun", "Inh"};
        for (int i = 1; i <= people; i++) {
            String pin = String.format("0110%02d%06d", 50 + i % 40, i);
            String father = i > 1 ? String.format("0110%02d%06d", 50 + (i - 1) % 40, i - 1) : "";
            csv.append(String.join(",", Integer.toString(i), pin, "", "Giàng A " + given[i % 5], "Giàng", "A",
                    given[i % 5], "19" + (50 + i % 40) + "-0" + (1 + i % 9) + "-1" + i % 10, "M", "08", "03124",
                    "03334", "\"Bản Nà Nhạn, Xã Nà Nhạn\"", "1", "CHILD", father, "", "", "", "", "", "SINGLE", "true",
                    "", "true", "")).append('\n');
        }
        return Files.writeString(dir.resolve("persons.csv"), csv, StandardCharsets.UTF_8);
    }

    @Test
    void writesRegisterRecordsAndTruthThatAgree(@TempDir Path dir) throws IOException {
        Path persons = population(dir, 2_000);
        MessyCopies.Summary summary = MessyCopies.write(persons, dir, 1_000, 7);

        assertThat(summary.records()).isEqualTo(1_000);
        assertThat(summary.notInRegister()).isEqualTo(50);
        assertThat(summary.duplicates()).isEqualTo(30);
        assertThat(summary.registerPersons()).isEqualTo(1_950);
        List<String> records = Files.readAllLines(dir.resolve(MessyCopies.RECORDS));
        List<String> truth = Files.readAllLines(dir.resolve(MessyCopies.TRUTH));
        List<String> register = Files.readAllLines(dir.resolve(MessyCopies.REGISTER));
        assertThat(records.get(0)).isEqualTo("record_id,full_name,pin,old_id,birth_date,sex,commune_code,address");
        assertThat(truth.get(0)).isEqualTo("record_id,person_id");
        assertThat(records).hasSize(1_001);
        assertThat(truth).hasSize(1_001);
        assertThat(register).hasSize(1_951);

        Set<String> registered = new HashSet<>();
        register.subList(1, register.size()).forEach(row -> registered.add(row.substring(0, row.indexOf(','))));
        Map<String, Integer> perPerson = new HashMap<>();
        int outsiders = 0;
        for (String row : truth.subList(1, truth.size())) {
            String person = row.substring(row.indexOf(',') + 1);
            if (person.isEmpty()) {
                outsiders++;
            } else {
                assertThat(registered).contains(person);
                perPerson.merge(person, 1, Integer::sum);
            }
        }
        assertThat(outsiders).isGreaterThanOrEqualTo(50);
        assertThat(perPerson.values()).contains(2);
        long missingPins = records.stream().skip(1).filter(row -> row.split(",", -1)[2].isEmpty()).count();
        assertThat(missingPins).isBetween(200L, 300L);
        assertThat(records).anyMatch(row -> row.contains("GIÀNG")).anyMatch(row -> row.contains("Giang A"))
                .anyMatch(row -> row.contains(",03334,")).anyMatch(row -> row.contains(",03124,"));
    }

    @Test
    void theHarshProfileIsMessierAndCarriesEthnicityAndParents(@TempDir Path dir) throws IOException {
        Path persons = population(dir, 2_000);
        Path normal = Files.createDirectory(dir.resolve("normal"));
        Path harsh = Files.createDirectory(dir.resolve("harsh"));
        MessyCopies.write(persons, normal, 1_000, 7, MessyCopies.Profile.of("normal"));
        MessyCopies.write(persons, harsh, 1_000, 7, MessyCopies.Profile.of("HARSH"));

        List<String[]> plain = rows(normal);
        List<String[]> messy = rows(harsh);
        assertThat(Files.readAllLines(harsh.resolve(MessyCopies.RECORDS)).get(0)).isEqualTo(
                "record_id,full_name,pin,old_id,birth_date,sex,commune_code,address,ethnicity,father_name,mother_name");
        assertThat(count(messy, 2, String::isEmpty)).as("missing IDs").isBetween(350L, 450L);
        assertThat(count(plain, 2, String::isEmpty)).isBetween(200L, 300L);
        assertThat(count(messy, 4, date -> date.length() == 4)).as("year only")
                .isGreaterThan(count(plain, 4, date -> date.length() == 4) + 20);
        assertThat(count(messy, 6, String::isEmpty)).as("communes missing").isBetween(100L, 200L);
        assertThat(count(messy, 1, name -> !name.startsWith("Giàng") && !name.startsWith("GIÀNG")
                && !name.startsWith("Giang") && !name.startsWith("Gia\u0300ng")))
                .as("family names misspelt or written after the given name")
                .isGreaterThan(count(plain, 1, name -> !name.startsWith("Giàng") && !name.startsWith("GIÀNG")
                        && !name.startsWith("Giang") && !name.startsWith("Gia\u0300ng")) + 20);
        assertThat(count(messy, -3, "08"::equals)).as("ethnicity given").isBetween(400L, 600L);
        assertThatThrownBy(() -> MessyCopies.Profile.of("gentle")).hasMessageContaining("normal or harsh");
    }

    private static List<String[]> rows(Path directory) throws IOException {
        List<String> lines = Files.readAllLines(directory.resolve(MessyCopies.RECORDS));
        return lines.subList(1, lines.size()).stream().map(line -> line.split(",", -1)).toList();
    }

    /** Rows whose column (counted from the end when negative: the address before may hold a comma) passes. */
    private static long count(List<String[]> rows, int column, java.util.function.Predicate<String> test) {
        return rows.stream().filter(row -> test.test(row[column < 0 ? row.length + column : column])).count();
    }

    @Test
    void theSameSeedGivesTheSameFiles(@TempDir Path dir) throws IOException {
        Path persons = population(dir, 500);
        Path first = Files.createDirectory(dir.resolve("a"));
        Path second = Files.createDirectory(dir.resolve("b"));
        MessyCopies.write(persons, first, 200, 3);
        MessyCopies.write(persons, second, 200, 3);
        for (String file : List.of(MessyCopies.REGISTER, MessyCopies.RECORDS, MessyCopies.TRUTH)) {
            assertThat(Files.readString(first.resolve(file))).isEqualTo(Files.readString(second.resolve(file)));
        }
    }
}
