package org.dancu.synth;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.dancu.civil.CsvResource;

import org.dancu.synth.ProvinceLayout.Commune;
import org.dancu.synth.ProvinceLayout.District;

/**
 * Spreads households over a layout's communes. Each district has a population and an ethnic mix
 * ({@code district_profiles.csv}, Điện Biên's districts; other districts get the province-wide
 * mix and 5,000 people a commune); within a district wards count twice and townships 1.5 times
 * a rural commune. Draws are per household, so weights are divided by the expected household
 * size and groups by their mean household size, which keeps the shares right for persons.
 */
final class Geography {

    private static final double PEOPLE_PER_UNKNOWN_COMMUNE = 5_000;
    private static final String[] VILLAGE_FIRST = {"Na", "Nà", "Huổi", "Pá", "Nậm", "Phiêng", "Hua", "Co", "Xá",
        "Pú", "Pom", "Hát", "Tà", "Mường", "Lọng", "Sái", "Hồng", "Tin", "Púng", "Ten"};
    private static final String[] VILLAGE_SECOND = {"Lếch", "Khoang", "Sáng", "Ten", "Pao", "Lay", "Tấu", "Mỏ",
        "Có", "Hẹ", "Xa", "Ngua", "Chạ", "Pết", "Lúm", "Cang", "Tâu", "Nọi", "Luông", "Mới", "Phăng", "Hăn"};

    private final Weighted<Place> households = new Weighted<>();
    private final Map<String, List<Place>> byDistrict = new HashMap<>();
    private final List<Place> all = new ArrayList<>();

    Geography(ProvinceLayout layout, long seed) {
        Map<String, double[]> profiles = new HashMap<>();
        for (String[] row : CsvResource.rows("/synth/district_profiles.csv")) {
            double[] values = new double[row.length - 1];
            for (int i = 1; i < row.length; i++) {
                values[i - 1] = Double.parseDouble(row[i]);
            }
            profiles.put(row[0], values);
        }
        double[] provinceWide = provinceWide(profiles);
        SplittableRandom villageRandom = new SplittableRandom(seed ^ 0x5DEECE66DL);
        for (District district : layout.districts()) {
            double[] profile = profiles.getOrDefault(district.code(), provinceWide);
            double population = profiles.containsKey(district.code()) ? profile[0]
                    : PEOPLE_PER_UNKNOWN_COMMUNE * district.communes().size();
            Weighted<EthnicGroup> groups = new Weighted<>();
            double inverseSize = 0;
            double shareSum = 0;
            for (EthnicGroup group : EthnicGroup.values()) {
                double share = profile[group.ordinal() + 1];
                groups.add(group, share / group.meanHouseholdSize());
                inverseSize += share / group.meanHouseholdSize();
                shareSum += share;
            }
            double meanSize = shareSum / inverseSize;
            double factors = district.communes().stream().mapToDouble(Geography::sizeFactor).sum();
            List<Place> places = new ArrayList<>();
            for (Commune commune : district.communes()) {
                Place place = new Place(commune, district, groups, villages(commune, villageRandom));
                places.add(place);
                all.add(place);
                households.add(place, population * sizeFactor(commune) / factors / meanSize);
            }
            byDistrict.put(district.code(), places);
        }
    }

    private static double[] provinceWide(Map<String, double[]> profiles) {
        double[] sum = new double[EthnicGroup.values().length + 1];
        profiles.values().forEach(profile -> {
            for (int i = 1; i < profile.length; i++) {
                sum[i] += profile[0] * profile[i];
            }
        });
        sum[0] = 1;
        return sum;
    }

    private static double sizeFactor(Commune commune) {
        return switch (commune.type()) {
            case "Phường" -> 2.0;
            case "Thị trấn" -> 1.5;
            default -> 1.0;
        };
    }

    private static List<String> villages(Commune commune, SplittableRandom random) {
        int count = 6 + random.nextInt(10);
        if (commune.urban()) {
            List<String> groups = new ArrayList<>(count);
            for (int i = 1; i <= count; i++) {
                groups.add("Tổ dân phố " + i);
            }
            return groups;
        }
        Set<String> names = new LinkedHashSet<>();
        while (names.size() < count) {
            names.add("Bản " + VILLAGE_FIRST[random.nextInt(VILLAGE_FIRST.length)] + ' '
                    + VILLAGE_SECOND[random.nextInt(VILLAGE_SECOND.length)]);
        }
        return List.copyOf(names);
    }

    Place householdPlace(SplittableRandom random) {
        return households.pick(random);
    }

    /** Another commune of the same district (of the province when the district has only one). */
    Place elsewhere(Place place, SplittableRandom random) {
        List<Place> candidates = byDistrict.get(place.district().code());
        if (candidates.size() < 2) {
            candidates = all;
        }
        if (candidates.size() < 2) {
            return place;
        }
        Place other;
        do {
            other = candidates.get(random.nextInt(candidates.size()));
        } while (other == place);
        return other;
    }
}
