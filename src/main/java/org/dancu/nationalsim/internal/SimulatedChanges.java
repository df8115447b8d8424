package org.dancu.nationalsim.internal;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

import org.dancu.national.NationalField;
import org.dancu.national.NationalPerson;

/**
 * Writes the simulated change feed: a seeded share of deaths, moves and corrections there from the
 * start (dated after the synthetic population's reference day), then births, deaths, moves and
 * corrections drawn one at a time while the simulator runs.
 */
final class SimulatedChanges {

    static final String SEEDED_DATE = "2026-08-01";
    private static final List<String> KINDS = List.of("DEATH", "MOVE", "CORRECTION", "BIRTH");

    private final SimulatorStore store;
    private final List<String> communes;

    SimulatedChanges(SimulatorStore store, List<String> communes) {
        this.store = store;
        this.communes = communes;
    }

    /** Deaths, moves and corrections, in turn, for a {@code share} of the persons. */
    int seed(long seed, double share) {
        List<NationalPerson> persons = store.sample(seed + 1, share);
        for (int i = 0; i < persons.size(); i++) {
            change(persons.get(i), KINDS.get(i % 3), SEEDED_DATE, i);
        }
        return persons.size();
    }

    /** One change of a random kind on a random living person, dated {@code today}. */
    void next(RandomGenerator random, LocalDate today) {
        String kind = KINDS.get(random.nextInt(KINDS.size()));
        if (kind.equals("BIRTH")) {
            birth(random, today);
            return;
        }
        Optional<NationalPerson> person = store.living(1 + random.nextLong(store.highestNumber()));
        person.ifPresent(p -> change(p, kind, today.toString(), random.nextInt(1_000)));
    }

    private void change(NationalPerson person, String kind, String date, int draw) {
        Map<NationalField, String> values = new EnumMap<>(NationalField.class);
        switch (kind) {
            case "DEATH" -> {
                values.put(NationalField.ALIVE, "false");
                values.put(NationalField.DEATH_DATE, date);
            }
            case "MOVE" -> {
                String from = person.fields().get(NationalField.COMMUNE_CODE);
                values.put(NationalField.COMMUNE_CODE, communes.get((communes.indexOf(from) + 1) % communes.size()));
                values.put(NationalField.ADDRESS, "Tổ " + (1 + draw % 30));
            }
            default -> values.put(NationalField.BIRTH_DATE, corrected(person.fields().get(NationalField.BIRTH_DATE)));
        }
        store.record(person.pin(), kind, date, values);
    }

    /** A year becomes a full date in that year; a full date moves back one day. */
    private static String corrected(String birthDate) {
        return birthDate.length() == 4 ? birthDate + "-07-01" : LocalDate.parse(birthDate).minusDays(1).toString();
    }

    /**
     * A personal ID of the province (011) for a child born that day: the century-and-sex digit and the
     * two-digit year agree with the birth, {@code serial} (0–999,999) makes the rest.
     */
    static String newbornPin(LocalDate born, boolean female, int serial) {
        return String.format("011%d%02d%06d", (born.getYear() / 100 - 19) * 2 + (female ? 1 : 0),
                born.getYear() % 100, serial);
    }

    private void birth(RandomGenerator random, LocalDate today) {
        boolean female = random.nextBoolean();
        String pin = newbornPin(today, female, random.nextInt(1_000_000));
        Map<NationalField, String> values = new EnumMap<>(NationalField.class);
        values.put(NationalField.FULL_NAME, female ? "Lò Thị Ánh" : "Lò Văn Bun");
        values.put(NationalField.BIRTH_DATE, today.toString());
        values.put(NationalField.SEX, female ? "F" : "M");
        values.put(NationalField.COMMUNE_CODE, communes.get(random.nextInt(communes.size())));
        values.put(NationalField.ADDRESS, "Tổ " + (1 + random.nextInt(30)));
        values.put(NationalField.ALIVE, "true");
        if (store.find(List.of(pin)).isEmpty()) {
            store.record(pin, "BIRTH", today.toString(), values);
        }
    }
}
