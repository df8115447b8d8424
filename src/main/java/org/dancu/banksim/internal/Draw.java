package org.dancu.banksim.internal;

import java.nio.charset.StandardCharsets;

/**
 * A seeded, repeatable draw in [0, 1) for one thing (an account, a payment): the same seed and key always
 * draw the same number, so a run of the simulator can be reproduced and a restarted one answers as before.
 */
final class Draw {

    private Draw() {
    }

    static double of(long seed, String salt, String key) {
        long hash = seed ^ 0x9E3779B97F4A7C15L;
        for (byte b : (salt + ':' + key).getBytes(StandardCharsets.UTF_8)) {
            hash = mix(hash ^ (b & 0xFF));
        }
        return (mix(hash) >>> 11) * 0x1.0p-53;
    }

    /** SplitMix64's finaliser. */
    private static long mix(long value) {
        long z = value + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
