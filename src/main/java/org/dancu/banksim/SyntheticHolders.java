package org.dancu.banksim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import org.dancu.civil.PersonName;
import org.dancu.civil.Pin;

/**
 * The persons with an ID of a synthetic province's {@code persons.csv} (the generator's), the dead among them,
 * for the simulator run alone: the same people as the demo's register with the same size and seed. Each is
 * kept as its line's few fields and turned into a {@link Holder} when asked for.
 */
public final class SyntheticHolders implements Holders {

    private final Map<String, String[]> persons;

    private SyntheticHolders(Map<String, String[]> persons) {
        this.persons = persons;
    }

    public static SyntheticHolders read(Path personsCsv) {
        Map<String, String[]> persons = new HashMap<>();
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(personsCsv, StandardCharsets.UTF_8)) {
            for (NamedCsvRecord row : reader) {
                String pin = row.getField("pin");
                if (!pin.isEmpty()) {
                    persons.put(pin, new String[] {row.getField("family_name"), row.getField("middle_name"),
                            row.getField("given_name"), row.getField("alive")});
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the synthetic persons " + personsCsv, e);
        }
        return new SyntheticHolders(persons);
    }

    public int size() {
        return persons.size();
    }

    @Override
    public Optional<Holder> find(Pin pin) {
        String[] fields = persons.get(pin.value());
        return fields == null ? Optional.empty()
                : Optional.of(new Holder(pin, PersonName.of(fields[0], fields[1], fields[2]), "true".equals(fields[3])));
    }
}
