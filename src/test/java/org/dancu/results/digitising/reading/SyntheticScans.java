package org.dancu.results.digitising.reading;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Synthetic scans of the known forms with their truth, for the reading tests and the OCR benchmark:
 * forms filled with the synthetic generator's people, printed with OpenPDF, rasterised at
 * {@value #DPI} dpi and damaged ({@link ScanDamage}). The same seed and index always give the same
 * page. Pages alternate: even indexes are land-use right certificates, odd ones birth register extracts.
 */
public final class SyntheticScans {

    public static final int DPI = 200;
    private static final int PEOPLE = 2_000;

    /** A scanned page and what each of its fields says ({@link FormFields} names; none for another document). */
    public record Scan(BufferedImage image, FormKind kind, Map<String, String> truth) {
    }

    private final long seed;
    private final List<SyntheticPeople.Person> adults;
    private final List<SyntheticPeople.Person> children;
    private final ScanPrinter printer = new ScanPrinter();

    private SyntheticScans(long seed, SyntheticPeople people) {
        this.seed = seed;
        this.adults = people.adults();
        this.children = people.withParents();
    }

    public static SyntheticScans create(long seed) {
        return new SyntheticScans(seed, SyntheticPeople.generate(PEOPLE, seed));
    }

    /** The page {@code index}, damaged. */
    public Scan scan(int index) {
        SplittableRandom random = random(index);
        PaperForm form = form(index, random);
        return new Scan(ScanDamage.apply(ScanPrinter.raster(printer.pdf(form), DPI), random), form.kind(),
                form.truth());
    }

    /** The page {@code index} as printed, before any damage. */
    public Scan print(int index) {
        SplittableRandom random = random(index);
        PaperForm form = form(index, random);
        return new Scan(ScanPrinter.raster(printer.pdf(form), DPI), form.kind(), form.truth());
    }

    /** A damaged page of another document (a confirmation of residence). */
    public Scan otherDocument(int index) {
        SplittableRandom random = random(-1 - index);
        PaperForm form = PaperForms.residenceConfirmation(adults.get(random.nextInt(adults.size())));
        return new Scan(ScanDamage.apply(ScanPrinter.raster(printer.pdf(form), DPI), random), form.kind(),
                form.truth());
    }

    /** An empty sheet through the same scanner: paper tone, a stain, noise and dust. */
    public Scan blankPage(int index) {
        SplittableRandom random = random(-1_000_000 - index);
        PaperForm empty = new PaperForm(FormKind.UNKNOWN, List.of(PaperForm.Line.text("")), Map.of());
        return new Scan(ScanDamage.apply(ScanPrinter.raster(printer.pdf(empty), DPI), random), FormKind.UNKNOWN,
                Map.of());
    }

    /** A page of random grey levels: what a misfed or corrupted scan gives. */
    public static BufferedImage noisePage(long seed) {
        BufferedImage page = new BufferedImage(1654, 2339, BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster raster = page.getRaster();
        SplittableRandom random = new SplittableRandom(seed);
        int[] row = new int[page.getWidth()];
        for (int y = 0; y < page.getHeight(); y++) {
            for (int x = 0; x < row.length; x++) {
                row[x] = random.nextInt(256);
            }
            raster.setPixels(0, y, row.length, 1, row);
        }
        return page;
    }

    private PaperForm form(int index, SplittableRandom random) {
        if (index % 2 == 0) {
            SyntheticPeople.Person owner = adults.get(random.nextInt(adults.size()));
            boolean withSpouse = !owner.spouseName().isEmpty() && !owner.spousePin().isEmpty() && random.nextBoolean();
            return PaperForms.landCertificate(owner, withSpouse, random);
        }
        return PaperForms.birthExtract(children.get(random.nextInt(children.size())), random);
    }

    private SplittableRandom random(int index) {
        return new SplittableRandom(seed * 1_000_003L + index);
    }
}
