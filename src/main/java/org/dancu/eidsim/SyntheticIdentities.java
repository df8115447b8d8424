package org.dancu.eidsim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import org.dancu.civil.ParseResult;
import org.dancu.civil.PartialDate;
import org.dancu.civil.PersonName;
import org.dancu.civil.Pin;

/**
 * The living persons with an ID of a synthetic province's {@code persons.csv} (the generator's), for the
 * simulator run alone: the same people as the demo's register with the same size and seed. Each is kept
 * as its line's few fields and turned into an {@link Identity} when asked for.
 */
public final class SyntheticIdentities implements Identities {

    private final Map<String, String[]> persons;

    private SyntheticIdentities(Map<String, String[]> persons) {
        this.persons = persons;
    }

    public static SyntheticIdentities read(Path personsCsv) {
        Map<String, String[]> persons = new HashMap<>();
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(personsCsv, StandardCharsets.UTF_8)) {
            for (NamedCsvRecord row : reader) {
                String pin = row.getField("pin");
                if (!pin.isEmpty() && "true".equals(row.getField("alive"))) {
                    persons.put(pin, new String[] {row.getField("family_name"), row.getField("middle_name"),
                            row.getField("given_name"), row.getField("birth_date"), row.getField("phone")});
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the synthetic persons " + personsCsv, e);
        }
        return new SyntheticIdentities(persons);
    }

    public int size() {
        return persons.size();
    }

    @Override
    public Optional<Identity> find(Pin pin) {
        String[] fields = persons.get(pin.value());
        if (fields == null) {
            return Optional.empty();
        }
        ParseResult<PartialDate, PartialDate.Invalid> birth = PartialDate.parse(fields[3]);
        return Optional.of(new Identity(pin, PersonName.of(fields[0], fields[1], fields[2]),
                birth.isValid() ? birth.value() : null, fields[4].isEmpty() ? null : fields[4]));
    }
}
