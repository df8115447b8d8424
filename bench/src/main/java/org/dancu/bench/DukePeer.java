package org.dancu.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.dancu.civil.Sex;
import org.dancu.civil.VietnameseText;
import org.dancu.linkage.PersonRecord;

import no.priv.garshol.duke.ConfigurationImpl;
import no.priv.garshol.duke.DataSource;
import no.priv.garshol.duke.Processor;
import no.priv.garshol.duke.Property;
import no.priv.garshol.duke.PropertyImpl;
import no.priv.garshol.duke.Record;
import no.priv.garshol.duke.RecordImpl;
import no.priv.garshol.duke.comparators.ExactComparator;
import no.priv.garshol.duke.comparators.JaroWinkler;
import no.priv.garshol.duke.comparators.Levenshtein;
import no.priv.garshol.duke.comparators.DiceCoefficientComparator;
import no.priv.garshol.duke.databases.InMemoryBlockingDatabase;
import no.priv.garshol.duke.databases.KeyFunction;
import no.priv.garshol.duke.datasources.InMemoryDataSource;
import no.priv.garshol.duke.matchers.AbstractMatchListener;

/**
 * Duke 1.2 as the peer, configured as its documentation suggests (a probability pair per property,
 * in-memory blocking database with sorted-neighbourhood keys), on the same records. Duke has no
 * Vietnamese cleaning, so it is given the values already folded to ASCII: an advantage, not a handicap.
 * Untuned beyond that: no search for its thresholds.
 */
final class DukePeer {

    /** What Duke decided: record → person for its matches at or above the threshold. */
    record Result(Map<String, String> matches, double seconds) {
    }

    private DukePeer() {
    }

    static Result link(List<PersonRecord> register, List<PersonRecord> records) {
        long began = System.nanoTime();
        ConfigurationImpl config = new ConfigurationImpl();
        List<Property> properties = new ArrayList<>();
        properties.add(new PropertyImpl("ID"));
        properties.add(new PropertyImpl("NAME", new JaroWinkler(), 0.1, 0.9));
        properties.add(new PropertyImpl("PIN", new Levenshtein(), 0.2, 0.95));
        properties.add(new PropertyImpl("DOB", new Levenshtein(), 0.2, 0.85));
        properties.add(new PropertyImpl("SEX", new ExactComparator(), 0.4, 0.55));
        properties.add(new PropertyImpl("COMMUNE", new ExactComparator(), 0.4, 0.65));
        properties.add(new PropertyImpl("ADDRESS", new DiceCoefficientComparator(), 0.4, 0.65));
        config.setProperties(properties);
        config.setThreshold(0.9);
        config.setMaybeThreshold(0.7);
        InMemoryBlockingDatabase database = new InMemoryBlockingDatabase();
        database.setKeyFunctions(List.of(key(r -> r.getValue("PIN")),
                key(r -> prefix(r.getValue("NAME"), 6) + prefix(r.getValue("DOB"), 4))));
        database.setWindowSize(5);
        database.setConfiguration(config);
        config.setDatabase(database);
        config.addDataSource(1, source(register));
        config.addDataSource(2, source(records));
        Processor processor = new Processor(config, database);
        Map<String, String> matches = new HashMap<>();
        java.util.Set<String> recordIds = new java.util.HashSet<>();
        records.forEach(r -> recordIds.add(r.id()));
        processor.addMatchListener(new AbstractMatchListener() {
            @Override
            public synchronized void matches(Record r1, Record r2, double confidence) {
                // Duke reports the pair in either order
                boolean firstIsRecord = recordIds.contains(r1.getValue("ID"));
                matches.put((firstIsRecord ? r1 : r2).getValue("ID"), (firstIsRecord ? r2 : r1).getValue("ID"));
            }
        });
        processor.link(config.getDataSources(1), config.getDataSources(2), false, 10_000);
        processor.close();
        return new Result(matches, (System.nanoTime() - began) / 1e9);
    }

    private static KeyFunction key(Function<Record, String> key) {
        return record -> {
            String value = key.apply(record);
            return value == null ? "" : value;
        };
    }

    private static String prefix(String value, int length) {
        return value == null ? "" : value.substring(0, Math.min(length, value.length()));
    }

    private static DataSource source(List<PersonRecord> people) {
        List<Record> records = new ArrayList<>(people.size());
        for (PersonRecord p : people) {
            RecordImpl record = new RecordImpl();
            record.addValue("ID", p.id());
            add(record, "NAME", VietnameseText.asciiKey(p.fullName()));
            add(record, "PIN", p.pin().replaceAll("[^0-9]", ""));
            add(record, "DOB", isoDate(p.birthDate()));
            add(record, "SEX", Sex.parse(p.sex()).toOptional().map(Sex::name).orElse(""));
            add(record, "COMMUNE", p.communeCode());
            add(record, "ADDRESS", VietnameseText.asciiKey(p.address()));
            records.add(record);
        }
        return new InMemoryDataSource(records);
    }

    private static void add(RecordImpl record, String property, String value) {
        if (!value.isEmpty()) {
            record.addValue(property, value);
        }
    }

    /** DD/MM/YYYY → YYYYMMDD, YYYY-MM-DD → YYYYMMDD, so that the string comparison sees one form. */
    private static String isoDate(String text) {
        if (text.matches("\\d{2}/\\d{2}/\\d{4}")) {
            return text.substring(6) + text.substring(3, 5) + text.substring(0, 2);
        }
        return text.replace("-", "");
    }
}
