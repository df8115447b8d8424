package org.dancu.synth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import org.dancu.civil.VietnameseText;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;

/**
 * Derives a sectoral dataset, as messy as real ones, from a synthetic population, with the truth to
 * score linkage against. Out of {@code persons.csv} it writes:
 * <ul>
 * <li>{@value #REGISTER}: the register, every person except those held out (about 5 % of the records
 * are people not in the register);</li>
 * <li>{@value #RECORDS}: the sector's records, with the errors of the {@link Profile} chosen
 * (rates there): IDs missing, mistyped or a relative's; names in ASCII, upper case or decomposed,
 * with minority spelling variants, typing slips, the middle name dropped or the given name first;
 * dates known to the year only, defaulted to 01-01, day and month swapped, a year off or missing, as
 * ISO or DD/MM/YYYY; sex as M/F/Nam/Nữ or missing; old or current commune codes, missing or another
 * commune; the address half the time; 3 % duplicates (a second messy copy of a person); in the harsh
 * profile also the ethnicity and the parents' names some of the time;</li>
 * <li>{@value #TRUTH}: record_id → person_id, empty for people not in the register.</li>
 * </ul>
 * Seeded: the same inputs, profile and seed give the same files.
 */
public final class MessyCopies {

    public static final String REGISTER = "register.csv";
    public static final String RECORDS = "records.csv";
    public static final String TRUTH = "truth.csv";

    private static final double OUTSIDERS = 0.05;
    private static final double DUPLICATES = 0.03;
    private static final Map<String, String> VARIANTS = Map.ofEntries(
            Map.entry("Giàng", "Dàng"), Map.entry("Sùng", "Xùng"), Map.entry("Vàng", "Vàn"),
            Map.entry("Thào", "Thao"), Map.entry("Mùa", "Mua"), Map.entry("Lầu", "Lâu"), Map.entry("Vừ", "Vư"),
            Map.entry("Lò", "Lồ"), Map.entry("Lường", "Lương"), Map.entry("Quàng", "Quang"),
            Map.entry("Tòng", "Toòng"), Map.entry("Cà", "Ca"), Map.entry("Páo", "Pao"), Map.entry("Dế", "Dề"),
            Map.entry("Sử", "Xử"), Map.entry("Mỷ", "Mỉ"), Map.entry("Dợ", "Dơ"), Map.entry("Chư", "Trư"),
            Map.entry("Seo", "Sèo"), Map.entry("Chẩu", "Chấu"), Map.entry("Lù", "Lừ"), Map.entry("Điêu", "Điều"));

    /**
     * How messy the records are: each rate is the share of records (of minority records for
     * {@code variant}) with that error. {@link #NORMAL} is what sectoral datasets usually look like;
     * {@link #HARSH} has half the IDs missing, mistyped or a relative's, twice the name errors, more
     * imprecise dates and commune codes missing or old, and carries the ethnicity and the parents' names
     * as some sectors (schools, health) do.
     */
    public enum Profile {
        NORMAL(new Rates(0.25, 0.03, 0.01, 0.06, 0, 0.08, 0.02, 0.04, 0.03, 0.05, 0.45, 0, 0)),
        HARSH(new Rates(0.40, 0.07, 0.03, 0.12, 0.06, 0.16, 0.04, 0.08, 0.06, 0.15, 0.60, 0.5, 0.3));

        private final Rates rates;

        Profile(Rates rates) {
            this.rates = rates;
        }

        /** The profile by its name in any case ("normal", "harsh"); {@link IllegalArgumentException} otherwise. */
        public static Profile of(String name) {
            for (Profile p : values()) {
                if (p.name().equalsIgnoreCase(name.strip())) {
                    return p;
                }
            }
            throw new IllegalArgumentException("unknown profile '" + name + "' (normal or harsh)");
        }
    }

    /**
     * @param oldCommune share of the records that give their commune's old code (the rest of those with
     *                   a code give the current one; 5 % of all records give another commune)
     * @param ethnicity  share of the records that give the ethnicity; 0: no such column
     * @param parents    share that give each parent's name; 0: no such columns
     */
    private record Rates(double pinMissing, double pinMistyped, double pinRelative, double variant, double typo,
                         double noMiddle, double givenFirst, double yearOnly, double january, double communeMissing,
                         double oldCommune, double ethnicity, double parents) {
    }

    /** What was written. */
    public record Summary(int registerPersons, int records, int notInRegister, int duplicates) {
    }

    private record Person(String id, String pin, String oldId, String fullName, String family, String middle,
                          String given, String birthDate, String sex, String ethnicity, String commune,
                          String currentCommune, String address, String fatherName, String motherName,
                          List<String> relativePins) {
    }

    private final SplittableRandom random;
    private final Rates rates;
    private final List<String> communes = new ArrayList<>();

    private MessyCopies(long seed, Profile profile) {
        this.random = new SplittableRandom(seed);
        this.rates = profile.rates;
    }

    /**
     * @param persons the synthetic population's persons.csv
     * @param records how many records to write; held-out persons are taken from the population, so it
     *                must have more than {@code records × 5 %} persons
     */
    public static Summary write(Path persons, Path directory, int records, long seed) {
        return write(persons, directory, records, seed, Profile.NORMAL);
    }

    /** As {@link #write(Path, Path, int, long)}, with the errors of the given profile. */
    public static Summary write(Path persons, Path directory, int records, long seed, Profile profile) {
        try {
            return new MessyCopies(seed, profile).run(read(persons), directory, records);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Summary run(List<Person> population, Path directory, int wanted) throws IOException {
        for (Person p : population) {
            communes.add(p.commune());
        }
        int outsiders = (int) Math.round(wanted * OUTSIDERS);
        int duplicates = (int) Math.round(wanted * DUPLICATES);
        int insiders = wanted - outsiders - duplicates;
        if (population.size() < outsiders + insiders) {
            throw new IllegalArgumentException("the population has " + population.size()
                    + " persons, too few for " + wanted + " records");
        }
        int[] order = shuffled(population.size());
        boolean[] heldOut = new boolean[population.size()];
        for (int i = 0; i < outsiders; i++) {
            heldOut[order[i]] = true;
        }
        try (CsvSink register = new CsvSink(directory.resolve(REGISTER), "person_id", "full_name", "pin", "old_id",
                "birth_date", "sex", "ethnicity", "commune_code", "address", "father_name", "mother_name")) {
            for (int i = 0; i < population.size(); i++) {
                if (!heldOut[i]) {
                    Person p = population.get(i);
                    register.field(p.id()).field(p.fullName()).field(p.pin()).field(p.oldId())
                            .field(p.birthDate()).field(p.sex()).field(p.ethnicity()).field(p.commune())
                            .field(p.address()).field(p.fatherName()).field(p.motherName()).endRow();
                }
            }
        }
        List<Person> chosen = new ArrayList<>(wanted);
        List<Boolean> inRegister = new ArrayList<>(wanted);
        for (int i = 0; i < outsiders + insiders; i++) {
            chosen.add(population.get(order[i]));
            inRegister.add(i >= outsiders);
        }
        for (int i = 0; i < duplicates; i++) {
            int source = random.nextInt(outsiders + insiders);
            chosen.add(chosen.get(source));
            inRegister.add(inRegister.get(source));
        }
        int[] recordOrder = shuffled(chosen.size());
        List<String> columns = new ArrayList<>(List.of("record_id", "full_name", "pin", "old_id", "birth_date", "sex",
                "commune_code", "address"));
        boolean kin = rates.ethnicity > 0;
        if (kin) {
            columns.addAll(List.of("ethnicity", "father_name", "mother_name"));
        }
        try (CsvSink out = new CsvSink(directory.resolve(RECORDS), columns.toArray(String[]::new));
             CsvSink truth = new CsvSink(directory.resolve(TRUTH), "record_id", "person_id")) {
            for (int r = 0; r < recordOrder.length; r++) {
                Person p = chosen.get(recordOrder[r]);
                String recordId = "R" + (r + 1);
                out.field(recordId).field(name(p)).field(pin(p)).field(oldId(p)).field(date(p.birthDate()))
                        .field(sex(p.sex())).field(commune(p)).field(random.nextDouble() < 0.5 ? p.address() : "");
                if (kin) {
                    out.field(random.nextDouble() < rates.ethnicity ? p.ethnicity() : "")
                            .field(parent(p.fatherName())).field(parent(p.motherName()));
                }
                out.endRow();
                truth.field(recordId).field(inRegister.get(recordOrder[r]) ? p.id() : "").endRow();
            }
        }
        return new Summary(population.size() - outsiders, wanted, outsiders, duplicates);
    }

    private String pin(Person p) {
        double draw = random.nextDouble();
        if (draw < rates.pinMissing || p.pin().isEmpty()) {
            return "";
        }
        if (draw < rates.pinMissing + rates.pinMistyped) {
            return mistyped(p.pin());
        }
        if (draw < rates.pinMissing + rates.pinMistyped + rates.pinRelative && !p.relativePins().isEmpty()) {
            return p.relativePins().get(random.nextInt(p.relativePins().size()));
        }
        return p.pin();
    }

    private String mistyped(String digits) {
        char[] chars = digits.toCharArray();
        int at = 3 + random.nextInt(chars.length - 4);
        if (random.nextInt(3) == 0 && chars[at] != chars[at + 1]) {
            char swap = chars[at];
            chars[at] = chars[at + 1];
            chars[at + 1] = swap;
        } else {
            chars[at] = (char) ('0' + (chars[at] - '0' + 1 + random.nextInt(9)) % 10);
        }
        return new String(chars);
    }

    private String oldId(Person p) {
        return random.nextDouble() < 0.4 ? p.oldId() : "";
    }

    private String name(Person p) {
        String family = p.family();
        String middle = p.middle();
        String given = p.given();
        if (!"01".equals(p.ethnicity()) && random.nextDouble() < rates.variant) {
            String[] parts = {family, given, middle};
            int which = random.nextInt(3);
            String variant = VARIANTS.get(parts[which]);
            if (variant != null) {
                parts[which] = variant;
            }
            family = parts[0];
            given = parts[1];
            middle = parts[2];
        }
        if (rates.typo > 0 && random.nextDouble() < rates.typo) {
            if (random.nextBoolean()) {
                given = slip(given);
            } else {
                family = slip(family);
            }
        }
        if (random.nextDouble() < rates.noMiddle) {
            middle = "";
        }
        String full = random.nextDouble() < rates.givenFirst && !family.isEmpty()
                ? join(given, family, middle) : join(family, middle, given);
        return written(full);
    }

    /** A parent's name as a record gives it (in the harsh profile's share of records), written as names are. */
    private String parent(String name) {
        return !name.isEmpty() && random.nextDouble() < rates.parents ? written(name) : "";
    }

    /** One typing slip in a word: a letter replaced, dropped or doubled, or two letters swapped. */
    private String slip(String word) {
        if (word.length() < 2) {
            return word;
        }
        int at = random.nextInt(word.length() - 1);
        StringBuilder out = new StringBuilder(word);
        switch (random.nextInt(4)) {
            case 0 -> out.setCharAt(at + 1, (char) ('a' + random.nextInt(26)));
            case 1 -> out.deleteCharAt(at + 1);
            case 2 -> out.insert(at + 1, out.charAt(at + 1));
            default -> {
                char swap = out.charAt(at);
                out.setCharAt(at, out.charAt(at + 1));
                out.setCharAt(at + 1, swap);
            }
        }
        return out.toString();
    }

    /** A name in ASCII (30 %), upper case (20 %), decomposed (10 %) or as registered. */
    private String written(String full) {
        double form = random.nextDouble();
        if (form < 0.3) {
            return titleCase(VietnameseText.asciiKey(full));
        }
        if (form < 0.5) {
            return full.toUpperCase(Locale.ROOT);
        }
        if (form < 0.6) {
            return Normalizer.normalize(full, Normalizer.Form.NFD);
        }
        return full;
    }

    private static String join(String... parts) {
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            if (!part.isEmpty()) {
                out.append(out.length() == 0 ? "" : " ").append(part);
            }
        }
        return out.toString();
    }

    private static String titleCase(String words) {
        StringBuilder out = new StringBuilder(words.length());
        boolean start = true;
        for (char c : words.toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ';
        }
        return out.toString();
    }

    private String date(String recorded) {
        double draw = random.nextDouble();
        if (draw < 0.03) {
            return "";
        }
        int year = Integer.parseInt(recorded.substring(0, 4));
        double yearOnly = 0.03 + rates.yearOnly;
        if (recorded.length() == 4 || draw < yearOnly) {
            return Integer.toString(year);
        }
        int month = Integer.parseInt(recorded.substring(5, 7));
        int day = Integer.parseInt(recorded.substring(8, 10));
        double january = yearOnly + rates.january;
        if (draw < january) {
            month = 1;
            day = 1;
        } else if (draw < january + 0.02 && day <= 12 && day != month) {
            int swap = day;
            day = month;
            month = swap;
        } else if (draw < january + 0.04 && !(month == 2 && day == 29)) {
            year += random.nextBoolean() ? 1 : -1;
        }
        return random.nextBoolean() ? String.format("%04d-%02d-%02d", year, month, day)
                : String.format("%02d/%02d/%04d", day, month, year);
    }

    private String sex(String code) {
        if (random.nextDouble() < 0.1) {
            return "";
        }
        boolean male = "M".equals(code);
        switch (random.nextInt(4)) {
            case 0:
                return male ? "Nam" : "Nữ";
            case 1:
                return male ? "nam" : "NỮ";
            default:
                return code;
        }
    }

    private String commune(Person p) {
        double draw = random.nextDouble();
        if (draw < rates.communeMissing) {
            return "";
        }
        double other = rates.communeMissing + 0.05;
        if (draw < other) {
            return communes.get(random.nextInt(communes.size()));
        }
        return draw < other + rates.oldCommune || p.currentCommune().isEmpty()
                ? p.commune() : p.currentCommune();
    }

    private int[] shuffled(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }

    private static List<Person> read(Path persons) throws IOException {
        List<Person> population = new ArrayList<>();
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(persons, StandardCharsets.UTF_8)) {
            for (NamedCsvRecord row : reader) {
                List<String> relatives = new ArrayList<>(3);
                for (String column : List.of("father_pin", "mother_pin", "spouse_pin")) {
                    String pin = row.getField(column);
                    if (!pin.isEmpty()) {
                        relatives.add(pin);
                    }
                }
                population.add(new Person(row.getField("person_id"), row.getField("pin"), row.getField("old_id"),
                        row.getField("full_name"), row.getField("family_name"), row.getField("middle_name"),
                        row.getField("given_name"), row.getField("birth_date"), row.getField("sex"),
                        row.getField("ethnicity"), row.getField("commune_code"),
                        row.getField("current_commune_code"), row.getField("address"), row.getField("father_name"),
                        row.getField("mother_name"), List.copyOf(relatives)));
            }
        }
        return population;
    }
}
