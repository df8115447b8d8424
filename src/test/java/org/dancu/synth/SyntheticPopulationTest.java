package org.dancu.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.dancu.civil.PartialDate;
import org.dancu.civil.PersonName;
import org.dancu.civil.Pin;
import org.dancu.civil.Sex;
import org.dancu.locality.Localities;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/** Generates Điện Biên over the real locality data and checks the truth files against the model. */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SyntheticPopulationTest {

    private static final int PEOPLE = 20_000;

    @Autowired Localities localities;
    @TempDir static Path temp;

    private ProvinceLayout layout;
    private CsvTable persons;
    private CsvTable households;
    private CsvTable events;

    @BeforeAll
    void generate() throws IOException {
        layout = ProvinceLayout.of(localities, "11");
        Path out = Files.createDirectories(temp.resolve("large"));
        SyntheticPopulation.Summary summary = SyntheticPopulation.generate(layout, PEOPLE, 42, out, n -> { });
        assertThat(summary.persons()).isEqualTo(PEOPLE);
        persons = CsvTable.read(out.resolve(SyntheticPopulation.PERSONS));
        households = CsvTable.read(out.resolve(SyntheticPopulation.HOUSEHOLDS));
        events = CsvTable.read(out.resolve(SyntheticPopulation.EVENTS));
    }

    @Test
    void layoutHasTheTenDistrictsAnd129CommunesEachWithACurrentCommune() {
        assertThat(layout.districts()).hasSize(10);
        assertThat(layout.communeCount()).isEqualTo(129);
        assertThat(layout.districts().stream().flatMap(d -> d.communes().stream()))
                .allSatisfy(c -> assertThat(c.currentCodes()).isNotEmpty());
    }

    @Test
    void unknownProvinceIsRefused() {
        assertThatThrownBy(() -> ProvinceLayout.of(localities, "99")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown province code '99'");
    }

    @Test
    void sameSeedAndSizeGiveIdenticalFilesAndAnotherSeedDoesNot() throws IOException {
        Path first = generateSmall("first", 7);
        Path second = generateSmall("second", 7);
        Path other = generateSmall("other", 8);
        for (String file : List.of(SyntheticPopulation.PERSONS, SyntheticPopulation.HOUSEHOLDS,
                SyntheticPopulation.EVENTS)) {
            assertThat(Files.readAllBytes(first.resolve(file))).isEqualTo(Files.readAllBytes(second.resolve(file)));
        }
        assertThat(Files.readAllBytes(first.resolve(SyntheticPopulation.PERSONS)))
                .isNotEqualTo(Files.readAllBytes(other.resolve(SyntheticPopulation.PERSONS)));
    }

    private Path generateSmall(String name, long seed) throws IOException {
        Path out = Files.createDirectories(temp.resolve(name));
        SyntheticPopulation.generate(layout, 3_000, seed, out, n -> { });
        return out;
    }

    @Test
    void ethnicSharesFollowTheProvinceMix() {
        Map<String, Long> counts = persons.rows().stream()
                .collect(Collectors.groupingBy(r -> r.get("ethnicity"), Collectors.counting()));
        assertThat(share(counts, "08")).isBetween(0.32, 0.38);
        assertThat(share(counts, "03")).isBetween(0.31, 0.37);
        assertThat(share(counts, "01")).isBetween(0.16, 0.22);
        assertThat(counts).containsKeys("29", "09", "35", "37");
    }

    private static double share(Map<String, Long> counts, String code) {
        return counts.getOrDefault(code, 0L) / (double) PEOPLE;
    }

    @Test
    void kinhAreConcentratedInTheCity() {
        long cityKinh = persons.rows().stream()
                .filter(r -> r.get("ethnicity").equals("01") && r.get("address").contains("Thành phố Điện Biên Phủ"))
                .count();
        long cityAll = persons.rows().stream().filter(r -> r.get("address").contains("Thành phố Điện Biên Phủ")).count();
        assertThat(cityKinh / (double) cityAll).isGreaterThan(0.5);
    }

    @Test
    void pinsAreValidUniqueAndAgreeWithSexAndBirthYear() {
        Set<String> seen = new HashSet<>();
        long fromElsewhere = 0;
        for (Map<String, String> row : persons.rows()) {
            Pin pin = Pin.parse(row.get("pin"), 2026).orElseThrow();
            PartialDate born = PartialDate.parse(row.get("birth_date")).orElseThrow();
            Sex sex = row.get("sex").equals("M") ? Sex.MALE : Sex.FEMALE;
            assertThat(pin.checkAgainst(sex, born).isConsistent()).as(row.get("person_id")).isTrue();
            assertThat(seen.add(row.get("pin"))).isTrue();
            if (!pin.provinceCode().equals("011")) {
                fromElsewhere++;
            }
        }
        assertThat(fromElsewhere / (double) PEOPLE).isBetween(0.03, 0.10);
    }

    @Test
    void householdSizesFitTheGroups() {
        Map<String, String> ethnicityOfHead = new HashMap<>();
        persons.rows().stream().filter(r -> r.get("relation_to_head").equals("HEAD"))
                .forEach(r -> ethnicityOfHead.put(r.get("household_id"), r.get("ethnicity")));
        double kinh = meanSize(ethnicityOfHead, true);
        double minority = meanSize(ethnicityOfHead, false);
        assertThat(households.rows()).allSatisfy(h -> assertThat(Integer.parseInt(h.get("size"))).isBetween(1, 10));
        assertThat(kinh).isBetween(3.2, 4.1);
        assertThat(minority).isBetween(4.8, 6.0);
    }

    private double meanSize(Map<String, String> ethnicityOfHead, boolean kinh) {
        return households.rows().stream()
                .filter(h -> ethnicityOfHead.get(h.get("household_id")).equals("01") == kinh)
                .mapToInt(h -> Integer.parseInt(h.get("size"))).average().orElseThrow();
    }

    @Test
    void hmongMenMostlyHaveTheMiddleNameA() {
        List<Map<String, String>> men = persons.rows().stream()
                .filter(r -> r.get("ethnicity").equals("08") && r.get("sex").equals("M")).toList();
        long withA = men.stream().filter(r -> r.get("middle_name").equals("A")).count();
        assertThat(withA / (double) men.size()).isGreaterThan(0.75);
        assertThat(men).allSatisfy(r -> assertThat(r.get("full_name"))
                .isEqualTo(String.join(" ", List.of(r.get("family_name"), r.get("middle_name"), r.get("given_name")))
                        .replace("  ", " ")));
    }

    @Test
    void everyNameIsAProperVietnameseNameWrittenAsTheRegisterWritesNames() {
        assertThat(persons.rows()).allSatisfy(r -> assertThat(PersonName.spelling(r.get("full_name")))
                .as(r.get("full_name")).isEqualTo(PersonName.Spelling.NORMALISED));
    }

    @Test
    void noGivenNameRepeatsTheLastWordOfTheMiddleName() {
        assertThat(persons.rows()).noneSatisfy(r -> {
            String middle = r.get("middle_name");
            assertThat(middle.substring(middle.lastIndexOf(' ') + 1)).isEqualTo(r.get("given_name"));
        });
    }

    @Test
    void someOlderPeopleHaveOnlyABirthYearAndYoungerOnesFullDates() {
        long yearOnly = persons.rows().stream().map(r -> r.get("birth_date")).filter(d -> d.length() == 4).count();
        assertThat(yearOnly).isPositive();
        assertThat(persons.rows()).filteredOn(r -> r.get("birth_date").length() == 4)
                .allSatisfy(r -> assertThat(Integer.parseInt(r.get("birth_date"))).isLessThan(1960));
        long children = persons.rows().stream().filter(r -> r.get("birth_date").compareTo("2011") >= 0).count();
        assertThat(children / (double) PEOPLE).as("a young province").isGreaterThan(0.2);
    }

    @Test
    void childrenCarryTheirFathersFamilyNameAndParentsPinsPointToMembers() {
        Map<String, Map<String, String>> byPin = persons.rows().stream()
                .collect(Collectors.toMap(r -> r.get("pin"), r -> r));
        List<Map<String, String>> withFather = persons.rows().stream()
                .filter(r -> !r.get("father_pin").isEmpty()).toList();
        assertThat(withFather).isNotEmpty().allSatisfy(r -> {
            Map<String, String> father = byPin.get(r.get("father_pin"));
            assertThat(father.get("family_name")).isEqualTo(r.get("family_name"));
            assertThat(father.get("full_name")).isEqualTo(r.get("father_name"));
            assertThat(father.get("sex")).isEqualTo("M");
        });
        assertThat(persons.rows()).filteredOn(r -> !r.get("spouse_pin").isEmpty())
                .allSatisfy(r -> assertThat(byPin.get(r.get("spouse_pin")).get("spouse_pin")).isEqualTo(r.get("pin")));
    }

    @Test
    void eventsReferToPersonsAndDeathsMatchThePersonRows() {
        Map<String, Map<String, String>> byId = persons.rows().stream()
                .collect(Collectors.toMap(r -> r.get("person_id"), r -> r));
        assertThat(events.rows().stream().map(e -> e.get("type")).collect(Collectors.toSet()))
                .contains("BIRTH", "DEATH", "MARRIAGE", "MOVE_WITHIN", "MOVE_IN", "MOVE_OUT");
        assertThat(events.rows()).allSatisfy(e -> {
            Map<String, String> person = byId.get(e.get("person_id"));
            assertThat(person.get("pin")).isEqualTo(e.get("pin"));
            assertThat(e.get("effective_date")).isBetween("2015-01-01", "2026-06-30");
            if (e.get("type").equals("DEATH")) {
                assertThat(person.get("alive")).isEqualTo("false");
                assertThat(person.get("death_date")).isEqualTo(e.get("effective_date"));
            }
        });
        long dead = persons.rows().stream().filter(r -> r.get("alive").equals("false")).count();
        assertThat(dead).isEqualTo(events.rows().stream().filter(e -> e.get("type").equals("DEATH")).count());
        assertThat(dead / (double) PEOPLE).isBetween(0.01, 0.10);
    }
}
