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
 * <li>{@value #RECORDS}: the sector's records: IDs missing (25 %), mistyped (3 %: one digit or two
 * swapped) or a relative's (1 %); names in ASCII (30 %), upper case (20 %), decomposed (10 %), with
 * minority spelling variants (6 % of minority names), the middle name dropped (8 %) or the given
 * name first (2 %); dates known to the year only (4 %), defaulted to 01-01 (3 %), day and month
 * swapped (2 %), a year off (2 %) or missing (3 %), as ISO or DD/MM/YYYY; sex as M/F/Nam/Nữ or
 * missing (10 %); old (45 %) or current (45 %) commune codes, missing (5 %) or another commune
 * (5 %); the address half the time; 3 % duplicates (a second messy copy of a person);</li>
 * <li>{@value #TRUTH}: record_id → person_id, empty for people not in the register.</li>
 * </ul>
 * Seeded: the same inputs give the same files.
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

    /** What was written. */
    public record Summary(int registerPersons, int records, int notInRegister, int duplicates) {
    }

    private record Person(String id, String pin, String oldId, String fullName, String family, String middle,
                          String given, String birthDate, String sex, String ethnicity, String commune,
                          String currentCommune, String address, String fatherName, String motherName,
                          List<String> relativePins) {
    }

    private final SplittableRandom random;
    private final List<String> communes = new ArrayList<>();

    private MessyCopies(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /**
     * @param persons the synthetic population's persons.csv
     * @param records how many records to write; held-out persons are taken from the population, so it
     *                must have more than {@code records × 5 %} persons
     */
    public static Summary write(Path persons, Path directory, int records, long seed) {
        try {
            return new MessyCopies(seed).run(read(persons), directory, records);
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
        try (CsvSink out = new CsvSink(directory.resolve(RECORDS), "record_id", "full_name", "pin", "old_id",
                "birth_date", "sex", "commune_code", "address");
             CsvSink truth = new CsvSink(directory.resolve(TRUTH), "record_id", "person_id")) {
            for (int r = 0; r < recordOrder.length; r++) {
                Person p = chosen.get(recordOrder[r]);
                String recordId = "R" + (r + 1);
                out.field(recordId).field(name(p)).field(pin(p)).field(oldId(p)).field(date(p.birthDate()))
                        .field(sex(p.sex())).field(commune(p)).field(random.nextDouble() < 0.5 ? p.address() : "")
                        .endRow();
                truth.field(recordId).field(inRegister.get(recordOrder[r]) ? p.id() : "").endRow();
            }
        }
        return new Summary(population.size() - outsiders, wanted, outsiders, duplicates);
    }

    private String pin(Person p) {
        double draw = random.nextDouble();
        if (draw < 0.25 || p.pin().isEmpty()) {
            return "";
        }
        if (draw < 0.28) {
            return mistyped(p.pin());
        }
        if (draw < 0.29 && !p.relativePins().isEmpty()) {
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
        if (!"01".equals(p.ethnicity()) && random.nextDouble() < 0.06) {
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
        if (random.nextDouble() < 0.08) {
            middle = "";
        }
        String full = random.nextDouble() < 0.02 && !family.isEmpty()
                ? join(given, family, middle) : join(family, middle, given);
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
        if (recorded.length() == 4 || draw < 0.07) {
            return Integer.toString(year);
        }
        int month = Integer.parseInt(recorded.substring(5, 7));
        int day = Integer.parseInt(recorded.substring(8, 10));
        if (draw < 0.10) {
            month = 1;
            day = 1;
        } else if (draw < 0.12 && day <= 12 && day != month) {
            int swap = day;
            day = month;
            month = swap;
        } else if (draw < 0.14 && !(month == 2 && day == 29)) {
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
        if (draw < 0.05) {
            return "";
        }
        if (draw < 0.10) {
            return communes.get(random.nextInt(communes.size()));
        }
        return draw < 0.55 || p.currentCommune().isEmpty() ? p.commune() : p.currentCommune();
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
