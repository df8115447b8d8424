package org.dancu.synth;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import org.dancu.civil.CsvResource;
import org.dancu.civil.PersonName;

/**
 * Every group's name pools, read from the bundled tables: Kinh names with their observed counts,
 * the minorities' short hand-made pools ({@code minority_names.csv}), and for the small other
 * groups their typical family names with Văn/Thị and Kinh given names.
 */
final class NameBook {

    private static final Map<String, String> OTHER_GROUP_CODES = Map.of("tay", "02", "muong", "06", "nung", "07");

    /**
     * Share of a minority group's given names drawn from the Kinh pool: younger Thái, Khơ Mú and
     * Lào people often carry Kinh given names; H'Mông, Hà Nhì and Si La names stay more traditional.
     * The rest comes from the group's own short pool, so same-name people stay common.
     */
    private static final Map<String, Double> KINH_GIVEN_SHARE = Map.of("hmong", 0.15, "hanhi", 0.15, "sila", 0.15,
            "dao", 0.25);
    private static final double DEFAULT_KINH_GIVEN_SHARE = 0.4;

    private final Map<EthnicGroup, NamePool> pools = new EnumMap<>(EthnicGroup.class);
    private final Weighted<NamePool> otherPools = new Weighted<>();

    private NameBook() {
    }

    static NameBook load() {
        NameBook book = new NameBook();
        Weighted<String> kinhMaleGiven = new Weighted<>();
        Weighted<String> kinhFemaleGiven = new Weighted<>();
        for (String[] row : CsvResource.rows("/synth/kinh_given_names.csv")) {
            if (isCleanName(row[0])) {
                genderPool(row[1], kinhMaleGiven, kinhFemaleGiven).ifPresentAdd(written(row[0]),
                        Double.parseDouble(row[2]));
            }
        }
        Weighted<String> kinhMaleMiddle = new Weighted<>();
        Weighted<String> kinhFemaleMiddle = new Weighted<>();
        for (String[] row : CsvResource.rows("/synth/kinh_middle_names.csv")) {
            if (isCleanName(row[0])) {
                genderPool(row[1], kinhMaleMiddle, kinhFemaleMiddle).ifPresentAdd(written(row[0]),
                        Double.parseDouble(row[2]));
            }
        }
        Weighted<String> kinhFamily = new Weighted<>();
        for (String[] row : CsvResource.rows("/synth/kinh_family_names.csv")) {
            if (isCleanName(row[0])) {
                kinhFamily.add(written(row[0]), Double.parseDouble(row[1]));
            }
        }
        book.pools.put(EthnicGroup.KINH, new NamePool(EthnicGroup.KINH.code(), kinhFamily, kinhMaleMiddle,
                kinhFemaleMiddle, kinhMaleGiven, kinhFemaleGiven));
        book.loadMinorities(kinhMaleGiven, kinhFemaleGiven);
        book.loadOthers(kinhMaleGiven, kinhFemaleGiven);
        return book;
    }

    /**
     * The generated population is the error-free truth, so only names the register would accept
     * enter it: written in Vietnamese orthography (a list entry read in the wrong encoding, such as
     * "Buøi", is left out) and made of letters only.
     */
    private static boolean isCleanName(String name) {
        return PersonName.spelling(name) != PersonName.Spelling.MIS_DECODED && PersonName.parse(name).isValid();
    }

    /** A list entry as the register writes names: "Thuỷ" → "Thủy", "Hoà" → "Hòa". */
    private static String written(String name) {
        return PersonName.parse(name).value().fullName();
    }

    private void loadMinorities(Weighted<String> kinhMaleGiven, Weighted<String> kinhFemaleGiven) {
        Map<String, Map<String, Weighted<String>>> byGroup = new LinkedHashMap<>();
        for (String[] row : CsvResource.rows("/synth/minority_names.csv")) {
            byGroup.computeIfAbsent(row[0], g -> new LinkedHashMap<>())
                    .computeIfAbsent(row[1], k -> new Weighted<>())
                    .add(row[2], Double.parseDouble(row[3]));
        }
        byGroup.forEach((key, kinds) -> {
            EthnicGroup group = EthnicGroup.valueOf(key.toUpperCase(Locale.ROOT));
            double kinhShare = KINH_GIVEN_SHARE.getOrDefault(key, DEFAULT_KINH_GIVEN_SHARE);
            pools.put(group, new NamePool(group.code(), kinds.get("family"), kinds.get("male_middle"),
                    kinds.get("female_middle"), Weighted.mix(kinds.get("male_given"), kinhMaleGiven, kinhShare),
                    Weighted.mix(kinds.get("female_given"), kinhFemaleGiven, kinhShare)));
        });
    }

    private void loadOthers(Weighted<String> maleGiven, Weighted<String> femaleGiven) {
        Map<String, Weighted<String>> families = new LinkedHashMap<>();
        for (String[] row : CsvResource.rows("/synth/other_family_names.csv")) {
            if (OTHER_GROUP_CODES.containsKey(row[0])) {
                families.computeIfAbsent(row[0], k -> new Weighted<>()).add(row[2], 1);
            }
        }
        Weighted<String> maleMiddle = new Weighted<String>().add("Văn", 1);
        Weighted<String> femaleMiddle = new Weighted<String>().add("Thị", 1);
        families.forEach((key, family) -> otherPools.add(new NamePool(OTHER_GROUP_CODES.get(key), family,
                maleMiddle, femaleMiddle, maleGiven, femaleGiven), 1));
    }

    /** The pool for a household of this group; for {@link EthnicGroup#OTHER} one of the small groups. */
    NamePool poolFor(EthnicGroup group, SplittableRandom random) {
        return group == EthnicGroup.OTHER ? otherPools.pick(random) : pools.get(group);
    }

    private static GenderTarget genderPool(String gender, Weighted<String> male, Weighted<String> female) {
        return switch (gender) {
            case "M" -> new GenderTarget(male);
            case "F" -> new GenderTarget(female);
            default -> new GenderTarget(null);
        };
    }

    /** Names of unknown gender in the source are left out rather than guessed. */
    private record GenderTarget(Weighted<String> pool) {
        void ifPresentAdd(String name, double weight) {
            if (pool != null) {
                pool.add(name, weight);
            }
        }
    }
}
