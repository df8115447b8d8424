package org.dancu.results;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;

import org.dancu.results.digitising.DigitisingFixtures;
import org.dancu.results.digitising.EntryReason;
import org.dancu.results.digitising.reading.SyntheticScans;
import org.springframework.context.ApplicationContext;

/**
 * Digitising material for other modules' tests (the browser tests): a synthetic scan of a land-use
 * certificate as a PNG file, and a record waiting for double entry that names a person of the shared
 * synthetic register.
 */
public final class PaperArchiveFixtures {

    /** The commune the records are of (Mường Thanh). */
    public static final String COMMUNE = DigitisingFixtures.COMMUNE;

    private PaperArchiveFixtures() {
    }

    /** A scanned land-use certificate, damaged as scans are, whose owners the register does not hold. */
    public static byte[] certificateScanPng() throws IOException {
        BufferedImage scan = SyntheticScans.create(19).scan(0).image();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(scan, "png", out);
        return out.toByteArray();
    }

    /**
     * A certificate naming the register's person {@code ordinal} as its owner, read with OCR unsure of its
     * area, waiting for two digitisers; returns the record's id.
     */
    public static long certificateToEnter(ApplicationContext context, int ordinal) throws IOException {
        return DigitisingFixtures.read(context, landCertificateOf(context, ordinal), Set.of(EntryReason.UNSURE_FIELD),
                Set.of("area"));
    }

    /** The values of that certificate, by field name. */
    public static Map<String, String> landCertificateOf(ApplicationContext context, int ordinal) throws IOException {
        return DigitisingFixtures.landCertificateOf(context, ordinal);
    }
}
