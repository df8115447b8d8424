package org.dancu.results.digitising.reading;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.image.AffineTransformOp;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.awt.image.WritableRaster;
import java.util.SplittableRandom;

/**
 * What an old paper page and a cheap scanner do to a print: yellowed paper, a few stains, the
 * sheet fed a few degrees askew, a soft focus and sensor noise with dust specks. Each page draws
 * its own damage from its seed, so a page and its truth can be made again.
 */
final class ScanDamage {

    private static final double MAX_SKEW_DEGREES = 4;

    private ScanDamage() {
    }

    static BufferedImage apply(BufferedImage print, SplittableRandom random) {
        BufferedImage page = copy(print);
        age(page, 215 + random.nextInt(36), random.nextInt(90));
        stains(page, random);
        BufferedImage skewed = skew(page, random.nextDouble(-MAX_SKEW_DEGREES, MAX_SKEW_DEGREES));
        BufferedImage blurred = blur(skewed);
        noise(blurred, random);
        return blurred;
    }

    private static BufferedImage copy(BufferedImage image) {
        BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = copy.createGraphics();
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return copy;
    }

    /** Paper darker than white and faded ink: levels mapped from 0–255 to {@code ink}–{@code paper}. */
    private static void age(BufferedImage page, int paper, int ink) {
        WritableRaster raster = page.getRaster();
        int[] row = new int[page.getWidth()];
        for (int y = 0; y < page.getHeight(); y++) {
            raster.getPixels(0, y, row.length, 1, row);
            for (int x = 0; x < row.length; x++) {
                row[x] = ink + row[x] * (paper - ink) / 255;
            }
            raster.setPixels(0, y, row.length, 1, row);
        }
    }

    /** One to three translucent blots, some of them over the text. */
    private static void stains(BufferedImage page, SplittableRandom random) {
        Graphics2D g = page.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(70, 70, 70));
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            double width = page.getWidth() * random.nextDouble(0.08, 0.3);
            double height = width * random.nextDouble(0.6, 1.4);
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) random.nextDouble(0.1, 0.45)));
            g.fill(new Ellipse2D.Double(random.nextDouble(page.getWidth() - width),
                    random.nextDouble(page.getHeight() - height), width, height));
        }
        g.dispose();
    }

    private static BufferedImage skew(BufferedImage page, double degrees) {
        BufferedImage skewed = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = skewed.createGraphics();
        g.setColor(new Color(235, 235, 235));
        g.fillRect(0, 0, page.getWidth(), page.getHeight());
        g.dispose();
        AffineTransform turn = AffineTransform.getRotateInstance(Math.toRadians(degrees), page.getWidth() / 2.0,
                page.getHeight() / 2.0);
        return new AffineTransformOp(turn, AffineTransformOp.TYPE_BILINEAR).filter(page, skewed);
    }

    private static BufferedImage blur(BufferedImage page) {
        float[] gauss = {1, 2, 1, 2, 4, 2, 1, 2, 1};
        for (int i = 0; i < gauss.length; i++) {
            gauss[i] /= 16f;
        }
        BufferedImage blurred = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        return new ConvolveOp(new Kernel(3, 3, gauss), ConvolveOp.EDGE_NO_OP, null).filter(page, blurred);
    }

    /** Gaussian sensor noise and a sprinkling of black and white specks. */
    private static void noise(BufferedImage page, SplittableRandom random) {
        double sigma = random.nextDouble(4, 20);
        double specks = random.nextDouble(0.0005, 0.003);
        WritableRaster raster = page.getRaster();
        java.util.Random gaussian = new java.util.Random(random.nextLong());
        int[] row = new int[page.getWidth()];
        for (int y = 0; y < page.getHeight(); y++) {
            raster.getPixels(0, y, row.length, 1, row);
            for (int x = 0; x < row.length; x++) {
                double value = row[x] + gaussian.nextGaussian() * sigma;
                if (random.nextDouble() < specks) {
                    value = random.nextBoolean() ? 0 : 255;
                }
                row[x] = (int) Math.max(0, Math.min(255, Math.round(value)));
            }
            raster.setPixels(0, y, row.length, 1, row);
        }
    }
}
