package org.dancu.results.digitising;

/**
 * Which settled records a spot-checker sees: every record with any correction (an entry that changed
 * what OCR read, or a clerk's resolution), and a fixed share of the rest, picked by the page so the
 * pick does not depend on who entered it or when.
 *
 * @param percent the share of uncorrected records checked, 0 to 100
 */
public record Sampling(int percent) {

    public Sampling {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("a share is 0 to 100 percent");
        }
    }

    /** Is this record checked? */
    public boolean picks(long pageId, boolean corrected) {
        if (corrected) {
            return true;
        }
        long mixed = pageId * 0x9E3779B97F4A7C15L;
        return Math.floorMod(mixed ^ (mixed >>> 32), 100) < percent;
    }
}
