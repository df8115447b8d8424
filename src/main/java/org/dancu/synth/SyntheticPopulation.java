package org.dancu.synth;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.LongConsumer;

/**
 * Writes a synthetic population of a province — {@value #PERSONS}, {@value #HOUSEHOLDS} and
 * {@value #EVENTS} — as the error-free truth described in docs/synth.md. The same layout, size and
 * seed always give byte-identical files: one {@link SplittableRandom} drives every draw, in a fixed
 * order, and nothing is written in hash order. The ethnic and name model is Điện Biên's.
 */
public final class SyntheticPopulation {

    /** The day the population is described at; the event window ends here. */
    public static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    public static final String PERSONS = "persons.csv";
    public static final String HOUSEHOLDS = "households.csv";
    public static final String EVENTS = "events.csv";
    public static final int PROGRESS_STEP = 100_000;

    private static final String[] PERSON_COLUMNS = {"person_id", "pin", "old_id", "full_name", "family_name",
        "middle_name", "given_name", "birth_date", "sex", "ethnicity", "commune_code", "current_commune_code",
        "address", "household_id", "relation_to_head", "father_pin", "father_name", "mother_pin", "mother_name",
        "spouse_pin", "spouse_name", "marital_status", "alive", "death_date", "resident", "phone", "email", "religion",
        "nationality", "home_town", "birth_registration_place"};
    private static final String[] HOUSEHOLD_COLUMNS = {"household_id", "head_person_id", "commune_code",
        "current_commune_code", "address", "size"};
    private static final String[] EVENT_COLUMNS = {"event_id", "person_id", "pin", "household_id", "type",
        "effective_date", "commune_from", "commune_to", "other_province"};

    /** Where migrants' IDs were registered (three-digit ID codes), weighted: the lowland Kinh provinces and the neighbours. */
    private static final Object[][] ORIGINS = {{"034", 20}, {"036", 12}, {"038", 12}, {"001", 8}, {"014", 10},
        {"040", 6}, {"012", 6}, {"025", 6}, {"030", 5}, {"033", 5}, {"035", 5}, {"037", 5}, {"015", 3}, {"010", 3}};

    public record Summary(long persons, long households, long events, long deceased, long movedOut) {
    }

    private SyntheticPopulation() {
    }

    /**
     * @param people   the number of persons to write, dead and moved-out ones included; at least 1
     * @param progress told the number of persons written at every {@value #PROGRESS_STEP}
     */
    public static Summary generate(ProvinceLayout layout, int people, long seed, Path directory,
                                   LongConsumer progress) throws IOException {
        if (people < 1) {
            throw new IllegalArgumentException("the number of people must be at least 1");
        }
        SplittableRandom random = new SplittableRandom(seed);
        Geography geography = new Geography(layout, seed);
        String homeProvince = "0" + layout.provinceCode();
        Weighted<String> origins = new Weighted<>();
        for (Object[] origin : ORIGINS) {
            if (!origin[0].equals(homeProvince)) {
                origins.add((String) origin[0], (Integer) origin[1]);
            }
        }
        HouseholdBuilder builder = new HouseholdBuilder(random, NameBook.load(), new IdIssuer(random), homeProvince,
                origins);
        LifeCourse lifeCourse = new LifeCourse(random, geography, builder, origins);
        try (CsvSink persons = new CsvSink(directory.resolve(PERSONS), PERSON_COLUMNS);
             CsvSink households = new CsvSink(directory.resolve(HOUSEHOLDS), HOUSEHOLD_COLUMNS);
             CsvSink events = new CsvSink(directory.resolve(EVENTS), EVENT_COLUMNS)) {
            RowWriter rows = new RowWriter(persons, households, events,
                    new Particulars(seed, geography, homeProvince));
            long householdId = 0;
            while (persons.rows() < people) {
                Place place = geography.householdPlace(random);
                EthnicGroup group = place.householdGroups().pick(random);
                int size = Math.min(drawSize(group, random), (int) (people - persons.rows()));
                List<String> current = place.commune().currentCodes();
                String currentCode = current.isEmpty() ? "" : current.get(random.nextInt(current.size()));
                Household household = new Household(++householdId, place, currentCode, place.address(random));
                builder.fill(household, group, size);
                List<LifeEvent> lifeEvents = lifeCourse.live(household);
                long before = persons.rows();
                rows.write(household, lifeEvents);
                if (persons.rows() / PROGRESS_STEP > before / PROGRESS_STEP) {
                    progress.accept(persons.rows() / PROGRESS_STEP * PROGRESS_STEP);
                }
            }
            return new Summary(persons.rows(), households.rows(), events.rows(), rows.deceased(), rows.movedOut());
        }
    }

    private static int drawSize(EthnicGroup group, SplittableRandom random) {
        double[] weights = group.householdSizeWeights();
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        double target = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            target -= weights[i];
            if (target < 0) {
                return i + 1;
            }
        }
        return weights.length;
    }
}
