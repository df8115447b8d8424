package org.dancu.results.digitising.reading;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Component;

/**
 * Reads a scanned page of a known paper form: cleans the image ({@link PageCleaning}), recognises its
 * text with Tesseract's Vietnamese model, tells which form it is from its printed titles and labels,
 * and takes each field's value with a confidence (docs/results.md "Reading scans"). Pages that hold no
 * form come back with a {@link PageProblem} instead of fields. Safe to call from many threads: at most
 * {@link ReadingSettings#concurrentPages()} pages are recognised at once, the others wait.
 */
@Component
public class FormReader {

    /** Less ink than this share of the page is an empty sheet (a form's text covers several per cent). */
    static final double BLANK_INK = 0.002;
    /** More ink than this is no printed page: noise, a photograph, a black sheet. */
    static final double NOISE_INK = 0.35;
    /** A page with fewer words read with this confidence holds no text worth reading. */
    static final double SURE_WORD = 60;
    static final int FEWEST_SURE_WORDS = 8;
    /** Text recognised elsewhere (a PDF's text layer) carries no confidence of its own: its words count as sure. */
    private static final double TEXT_CONFIDENCE = 100;

    private final Tesseract tesseract;

    public FormReader(ReadingSettings settings) {
        this.tesseract = new Tesseract(Objects.requireNonNull(settings, "settings"));
    }

    /**
     * @throws IllegalStateException when the Tesseract command cannot be run or fails (not installed,
     *                               no Vietnamese model); a page it cannot read in time is {@link PageProblem#UNREADABLE}
     */
    public FormReading read(BufferedImage page) {
        PageCleaning.CleanPage clean = PageCleaning.clean(Objects.requireNonNull(page, "page"));
        if (clean.ink() < BLANK_INK) {
            return FormReading.problem(PageProblem.BLANK);
        }
        if (clean.ink() > NOISE_INK) {
            return FormReading.problem(PageProblem.UNREADABLE);
        }
        return tesseract.read(clean.image()).map(FormReader::recognise)
                .orElseGet(() -> FormReading.problem(PageProblem.UNREADABLE));
    }

    /**
     * Reads the fields from text already recognised, one line of the page a line (a PDF's text layer,
     * another recogniser's output). Its confidences are then the value checks' alone.
     */
    public FormReading readText(String text) {
        List<OcrLine> lines = text.lines()
                .map(line -> Arrays.stream(line.strip().split("\\s+")).filter(word -> !word.isEmpty())
                        .map(word -> new OcrWord(word, TEXT_CONFIDENCE)).toList())
                .filter(words -> !words.isEmpty())
                .map(OcrLine::new)
                .toList();
        if (lines.isEmpty()) {
            return FormReading.problem(PageProblem.BLANK);
        }
        return recognise(new OcrPage(lines));
    }

    private static FormReading recognise(OcrPage page) {
        if (page.wordsAtLeast(SURE_WORD) < FEWEST_SURE_WORDS) {
            return FormReading.problem(PageProblem.UNREADABLE);
        }
        return FormRecognition.read(page);
    }
}
