package org.dancu.linkage;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A small register and a messy copy of it, made in code: IDs missing or mistyped, names in ASCII
 * or upper case, some dates year-only, and a few people not in the register.
 */
final class TrainingFixture {

    private static final String[] FAMILY = {"Lò", "Quàng", "Tòng", "Giàng", "Vàng", "Sùng", "Nguyễn", "Cà", "Lường"};
    private static final String[] MIDDLE = {"Văn", "Thị", "A", "Seo"};
    private static final String[] GIVEN = {"Hùng", "Hương", "Dình", "Páo", "Mai", "Xiêng", "Ín", "Bun", "Sử", "Mỷ",
            "Chiến", "Lan", "Dế", "Ánh", "Pọm", "Inh"};

    private TrainingFixture() {
    }

    static List<PersonRecord> register(int size) {
        SplittableRandom random = new SplittableRandom(11);
        List<PersonRecord> register = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            int year = 1950 + random.nextInt(60);
            String pin = String.format("011%d%02d%06d", year < 2000 ? random.nextInt(2) : 2 + random.nextInt(2),
                    year % 100, i);
            String name = FAMILY[random.nextInt(FAMILY.length)] + " " + MIDDLE[random.nextInt(MIDDLE.length)] + " "
                    + GIVEN[random.nextInt(GIVEN.length)];
            String date = String.format("%d-%02d-%02d", year, 1 + random.nextInt(12), 1 + random.nextInt(28));
            register.add(new PersonRecord(Integer.toString(i + 1), name, pin, null, date,
                    random.nextBoolean() ? "M" : "F", String.format("%05d", 3124 + 3 * random.nextInt(30)), null));
        }
        return register;
    }

    /** Messy copies of the first {@code size} persons, then {@code outsiders} people not in the register. */
    static List<PersonRecord> records(List<PersonRecord> register, int size, int outsiders) {
        SplittableRandom random = new SplittableRandom(12);
        List<PersonRecord> records = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            PersonRecord p = register.get(i);
            String pin = random.nextDouble() < 0.25 ? "" : p.pin();
            String name = random.nextBoolean() ? org.dancu.civil.VietnameseText.asciiKey(p.fullName())
                    : p.fullName().toUpperCase(java.util.Locale.ROOT);
            String date = random.nextDouble() < 0.1 ? p.birthDate().substring(0, 4) : p.birthDate();
            records.add(new PersonRecord("R" + i, name, pin, null, date, p.sex(), p.communeCode(), null));
        }
        List<PersonRecord> others = register(register.size() + outsiders);
        for (int i = 0; i < outsiders; i++) {
            PersonRecord p = others.get(register.size() + i);
            records.add(new PersonRecord("X" + i, p.fullName(), "011" + p.pin().substring(3, 6) + "9" + p.pin()
                    .substring(7), null, p.birthDate(), p.sex(), p.communeCode(), null));
        }
        return records;
    }

    static LinkageModel trained() {
        List<PersonRecord> register = register(3_000);
        RegisterIndex index = RegisterIndex.build(register, CommuneMapping.none());
        return index.train(records(register, 1_500, 100), new TrainingOptions(1, 5_000, 50_000,
                LinkageModel.Thresholds.defaults())).model();
    }
}
