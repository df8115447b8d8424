package org.dancu.results.digitising.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

import org.junit.jupiter.api.Test;

class PageCleaningTest {

    private static final SyntheticScans SCANS = SyntheticScans.create(3);

    @Test
    void aStainDarkerThanHalfwayTurnsWhiteAndTheTextUnderItStaysInk() {
        BufferedImage print = PageCleaning.gray(SCANS.print(0).image());
        double printed = PageCleaning.inkShare(pixels(print));
        BufferedImage stained = PageCleaning.gray(print);
        byte[] pixels = pixels(stained);
        // a blot centred at (650, 650), 900 × 700 pixels, its core at 110 of 255 fading out to its rim
        for (int y = 300; y < 1000; y++) {
            for (int x = 200; x < 1100; x++) {
                double radius = Math.hypot((x - 650) / 450.0, (y - 650) / 350.0);
                double darkness = radius >= 1 ? 0 : (1 - 110 / 255.0) * Math.min(1, 2 * (1 - radius));
                int at = y * stained.getWidth() + x;
                pixels[at] = (byte) ((pixels[at] & 0xFF) * (1 - darkness));
            }
        }
        assertThat(PageCleaning.inkShare(pixels(stained))).as("the stain counts as ink before cleaning")
                .isGreaterThan(printed * 2);
        assertThat(PageCleaning.clean(stained).ink()).isCloseTo(printed, within(printed * 0.25));
    }

    @Test
    void aBlankSheetThroughTheScannerHasNextToNoInk() {
        assertThat(PageCleaning.clean(SCANS.blankPage(1).image()).ink()).isLessThan(FormReader.BLANK_INK);
        assertThat(PageCleaning.clean(SCANS.scan(0).image()).ink()).isGreaterThan(10 * FormReader.BLANK_INK);
    }

    private static byte[] pixels(BufferedImage gray) {
        return ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
    }
}
