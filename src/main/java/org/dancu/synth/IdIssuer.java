package org.dancu.synth;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

import org.dancu.civil.Sex;

/**
 * Issues personal IDs, old 9-digit ID numbers and phone numbers, each unique in the population.
 * The sets only answer "seen before?" and are never iterated, so output order does not depend on them.
 */
final class IdIssuer {

    private static final int SERIALS = 1_000_000;

    private final SplittableRandom random;
    private final Set<Long> pins = new HashSet<>();
    private final Set<Long> oldIds = new HashSet<>();
    private final Set<Long> phones = new HashSet<>();
    private final char[] buffer = new char[12];

    IdIssuer(SplittableRandom random) {
        this.random = random;
    }

    /** {@code province} is the three-digit ID code ("011"); the century/sex digit follows the PIN rules. */
    String pin(String province, Sex sex, int birthYear) {
        int centurySex = (birthYear / 100 - 19) * 2 + (sex == Sex.FEMALE ? 1 : 0);
        long prefix = Long.parseLong(province) * 1000 + centurySex * 100L + birthYear % 100;
        long value;
        do {
            value = prefix * SERIALS + random.nextInt(SERIALS);
        } while (!pins.add(value));
        return digits(value, 12);
    }

    /**
     * An old ID number. Điện Biên's were taken to begin with "04" (an assumption: the CMND prefixes
     * followed a coding of their own); other provinces' migrants get another two-digit prefix.
     */
    String oldId(boolean homeProvince) {
        long value;
        do {
            int prefix = homeProvince ? 4 : 1 + random.nextInt(38);
            if (!homeProvince && prefix == 4) {
                prefix = 39;
            }
            value = prefix * 10_000_000L + random.nextInt(10_000_000);
        } while (!oldIds.add(value));
        return digits(value, 9);
    }

    /** A ten-digit mobile number with a Vietnamese mobile prefix (09x, 03x, 08x). */
    String phone() {
        long value;
        do {
            int network = switch (random.nextInt(3)) {
                case 0 -> 9;
                case 1 -> 3;
                default -> 8;
            };
            value = network * 100_000_000L + random.nextInt(100_000_000);
        } while (!phones.add(value));
        return digits(value, 10);
    }

    private String digits(long value, int width) {
        long rest = value;
        for (int i = width - 1; i >= 0; i--) {
            buffer[i] = (char) ('0' + rest % 10);
            rest /= 10;
        }
        return new String(buffer, 0, width);
    }
}
