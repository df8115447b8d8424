package org.dancu.results.digitising.reading;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import org.dancu.civil.PartialDate;
import org.dancu.synth.ProvinceLayout;
import org.dancu.synth.SyntheticPopulation;

/**
 * People of a small synthetic Điện Biên drawn by the project's generator ({@link SyntheticPopulation}),
 * to fill the forms: realistic Kinh and minority names, IDs and parents, no real person. The layout
 * is read straight from the locality reference file, so no application context is needed.
 */
final class SyntheticPeople {

    private static final String ADMIN_UNITS = "/locality/vn_admin_units_2025-03-01.csv";
    private static final String DIEN_BIEN = "11";

    /** One generated person; {@code spouse} and the parents' names may be empty. */
    record Person(String fullName, String pin, PartialDate birth, boolean male, String fatherName,
                  String motherName, String spouseName, String spousePin, ProvinceLayout.Commune commune,
                  ProvinceLayout.District district) {
    }

    private final List<Person> people;

    private SyntheticPeople(List<Person> people) {
        this.people = people;
    }

    static SyntheticPeople generate(int count, long seed) {
        try {
            ProvinceLayout layout = dienBien();
            Path directory = Files.createTempDirectory("dancu-scan-people");
            try {
                SyntheticPopulation.generate(layout, count, seed, directory, n -> { });
                return new SyntheticPeople(read(directory.resolve(SyntheticPopulation.PERSONS), layout));
            } finally {
                for (String file : List.of(SyntheticPopulation.PERSONS, SyntheticPopulation.HOUSEHOLDS,
                        SyntheticPopulation.EVENTS)) {
                    Files.deleteIfExists(directory.resolve(file));
                }
                Files.delete(directory);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Living adults with an ID: land-use right holders. */
    List<Person> adults() {
        return people.stream().filter(p -> !p.pin().isEmpty() && p.birth().year() <= 2006).toList();
    }

    /** People with a full birth date and both parents named: subjects of a birth register extract. */
    List<Person> withParents() {
        return people.stream().filter(p -> p.birth().precision() == PartialDate.Precision.DAY)
                .filter(p -> !p.fatherName().isEmpty() && !p.motherName().isEmpty()).toList();
    }

    private static List<Person> read(Path persons, ProvinceLayout layout) throws IOException {
        Map<String, ProvinceLayout.District> districtOf = new LinkedHashMap<>();
        Map<String, ProvinceLayout.Commune> communes = new LinkedHashMap<>();
        for (ProvinceLayout.District district : layout.districts()) {
            for (ProvinceLayout.Commune commune : district.communes()) {
                districtOf.put(commune.code(), district);
                communes.put(commune.code(), commune);
            }
        }
        List<Person> people = new ArrayList<>();
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(persons, StandardCharsets.UTF_8)) {
            for (NamedCsvRecord row : reader) {
                if (!row.getField("alive").equals("true")) {
                    continue;
                }
                String code = row.getField("commune_code");
                people.add(new Person(row.getField("full_name"), row.getField("pin"),
                        PartialDate.parse(row.getField("birth_date")).orElseThrow(), row.getField("sex").equals("M"),
                        row.getField("father_name"), row.getField("mother_name"), row.getField("spouse_name"),
                        row.getField("spouse_pin"), communes.get(code), districtOf.get(code)));
            }
        }
        return people;
    }

    /** Điện Biên's districts and communes before the 2025 reform, from the reference file. */
    private static ProvinceLayout dienBien() throws IOException {
        Map<String, String[]> districts = new LinkedHashMap<>();
        Map<String, List<ProvinceLayout.Commune>> communes = new LinkedHashMap<>();
        try (InputStream in = SyntheticPeople.class.getResourceAsStream(ADMIN_UNITS);
             CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(
                     new String(in.readAllBytes(), StandardCharsets.UTF_8))) {
            for (NamedCsvRecord row : reader) {
                String parent = row.getField("parent_code");
                if (parent.equals(DIEN_BIEN)) {
                    districts.put(row.getField("code"), new String[] {row.getField("name"), row.getField("full_name")});
                } else if (districts.containsKey(parent)) {
                    communes.computeIfAbsent(parent, key -> new ArrayList<>()).add(new ProvinceLayout.Commune(
                            row.getField("code"), row.getField("name"), row.getField("full_name"),
                            row.getField("type"), List.of()));
                }
            }
        }
        List<ProvinceLayout.District> layout = new ArrayList<>();
        districts.forEach((code, names) -> layout.add(new ProvinceLayout.District(code, names[0], names[1],
                communes.getOrDefault(code, List.of()))));
        return new ProvinceLayout(DIEN_BIEN, "Điện Biên", layout);
    }
}
