package org.dancu.results.digitising.reading;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * Prepares a scanned page for the recogniser: grey, speckles removed (3×3 median), and the paper's
 * background flattened to white so stains, yellowed paper and uneven lighting vanish while the ink
 * stays dark. It also measures the share of the page that is ink, which tells blank and noise pages
 * apart before any text is read.
 *
 * <p>The page is not turned straight: on the synthetic scans (skewed up to 4°) turning it back
 * measured worse than leaving it (10 pages: 76 or 78 of 81 fields right against 79), as Tesseract
 * follows slightly skewed lines itself and the interpolation of turning softens the letters.
 */
final class PageCleaning {

    /** Ink is what is darker than half-way, once the background is white. */
    static final int INK = 128;
    /** The background is estimated over blocks of this many pixels a side: larger than a letter, smaller than a stain. */
    private static final int BLOCK = 32;

    private PageCleaning() {
    }

    /** A cleaned grey page and the share of it that is ink. */
    record CleanPage(BufferedImage image, double ink) {
    }

    static CleanPage clean(BufferedImage scan) {
        BufferedImage gray = gray(scan);
        int width = gray.getWidth();
        int height = gray.getHeight();
        byte[] pixels = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
        byte[] smooth = median3(pixels, width, height);
        flattenBackground(smooth, width, height);
        System.arraycopy(smooth, 0, pixels, 0, pixels.length);
        return new CleanPage(gray, inkShare(pixels));
    }

    /** A copy as 8-bit grey with white where the scan was transparent. */
    static BufferedImage gray(BufferedImage scan) {
        BufferedImage gray = new BufferedImage(scan.getWidth(), scan.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = gray.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, scan.getWidth(), scan.getHeight());
        g.drawImage(scan, 0, 0, null);
        g.dispose();
        return gray;
    }

    static double inkShare(byte[] pixels) {
        long ink = 0;
        for (byte pixel : pixels) {
            ink += (pixel & 0xFF) < INK ? 1 : 0;
        }
        return (double) ink / pixels.length;
    }

    private static byte[] median3(byte[] in, int width, int height) {
        byte[] out = in.clone();
        int[] window = new int[9];
        for (int y = 1; y < height - 1; y++) {
            for (int x = 1; x < width - 1; x++) {
                int n = 0;
                for (int dy = -1; dy <= 1; dy++) {
                    int row = (y + dy) * width + x;
                    window[n++] = in[row - 1] & 0xFF;
                    window[n++] = in[row] & 0xFF;
                    window[n++] = in[row + 1] & 0xFF;
                }
                out[y * width + x] = (byte) medianOfNine(window);
            }
        }
        return out;
    }

    private static int medianOfNine(int[] v) {
        for (int i = 1; i < 9; i++) {
            int value = v[i];
            int j = i - 1;
            while (j >= 0 && v[j] > value) {
                v[j + 1] = v[j];
                j--;
            }
            v[j + 1] = value;
        }
        return v[4];
    }

    /**
     * Divides every pixel by the paper's brightness around it: the brightest value of each block,
     * widened to its neighbours (so a block inside a thick stroke takes the paper beside it) and
     * interpolated between block centres.
     */
    private static void flattenBackground(byte[] pixels, int width, int height) {
        int columns = (width + BLOCK - 1) / BLOCK;
        int rows = (height + BLOCK - 1) / BLOCK;
        int[] brightest = new int[columns * rows];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int block = y / BLOCK * columns + x / BLOCK;
                brightest[block] = Math.max(brightest[block], pixels[y * width + x] & 0xFF);
            }
        }
        int[] paper = new int[brightest.length];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                int max = 0;
                for (int dr = -1; dr <= 1; dr++) {
                    for (int dc = -1; dc <= 1; dc++) {
                        int rr = r + dr;
                        int cc = c + dc;
                        if (rr >= 0 && rr < rows && cc >= 0 && cc < columns) {
                            max = Math.max(max, brightest[rr * columns + cc]);
                        }
                    }
                }
                paper[r * columns + c] = Math.max(max, 1);
            }
        }
        for (int y = 0; y < height; y++) {
            double fy = Math.min(Math.max((y - BLOCK / 2.0) / BLOCK, 0), rows - 1);
            int r0 = (int) fy;
            int r1 = Math.min(r0 + 1, rows - 1);
            double wy = fy - r0;
            for (int x = 0; x < width; x++) {
                double fx = Math.min(Math.max((x - BLOCK / 2.0) / BLOCK, 0), columns - 1);
                int c0 = (int) fx;
                int c1 = Math.min(c0 + 1, columns - 1);
                double wx = fx - c0;
                double background = (paper[r0 * columns + c0] * (1 - wx) + paper[r0 * columns + c1] * wx) * (1 - wy)
                        + (paper[r1 * columns + c0] * (1 - wx) + paper[r1 * columns + c1] * wx) * wy;
                int value = (int) Math.round((pixels[y * width + x] & 0xFF) * 255 / background);
                pixels[y * width + x] = (byte) Math.min(255, value);
            }
        }
    }
}
