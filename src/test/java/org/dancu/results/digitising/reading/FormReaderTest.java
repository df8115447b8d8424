package org.dancu.results.digitising.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Synthetic scans of both forms (damaged: old paper, faded ink, stains, skew, blur, noise) read with
 * the real Tesseract, each field against its truth. Tesseract with its Vietnamese model must be
 * installed (.ci/run installs it): without it these tests fail, saying so, rather than skip.
 */
class FormReaderTest {

    private static final int PAGES = 6;
    /**
     * Share of fields read exactly right on these {@value #PAGES} pages: 47 of 49 when measured (Tesseract
     * 5.3.0, Debian's vie model), so one more field wrong fails.
     */
    private static final double ACCURACY_FLOOR = 0.95;
    /** A value read wrong never gets this much confidence, so the queue's double entry catches it. */
    private static final double SURE = 0.6;

    private static SyntheticScans scans;
    private static FormReader reader;

    @BeforeAll
    static void tesseractWithItsVietnameseModel() throws IOException, InterruptedException {
        Process languages;
        try {
            languages = new ProcessBuilder("tesseract", "--list-langs").redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError("the tesseract command is missing: install Debian's tesseract-ocr and "
                    + "tesseract-ocr-vie (.ci/run does)", e);
        }
        String listed = new String(languages.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        languages.waitFor();
        assertThat(listed.lines().map(String::strip)).as("Tesseract's languages; install tesseract-ocr-vie")
                .contains("vie");
        scans = SyntheticScans.create(11);
        reader = new FormReader(ReadingSettings.defaults());
    }

    @Test
    void readsEachFieldOfBothFormsFromDamagedScansAndDoubtsWhatItGotWrong() {
        int fields = 0;
        int right = 0;
        List<String> sureButWrong = new ArrayList<>();
        for (int page = 0; page < PAGES; page++) {
            SyntheticScans.Scan scan = scans.scan(page);
            FormReading reading = reader.read(scan.image());
            assertThat(reading.problem()).as("page %d", page).isNull();
            assertThat(reading.kind()).as("page %d", page).isEqualTo(scan.kind());
            for (Map.Entry<String, String> truth : scan.truth().entrySet()) {
                fields++;
                FieldReading field = reading.field(truth.getKey()).orElse(new FieldReading(truth.getKey(), "", 0));
                if (field.value().equals(truth.getValue())) {
                    right++;
                } else if (field.confidence() >= SURE) {
                    sureButWrong.add("page " + page + ": " + field + " for " + truth.getValue());
                }
            }
        }
        assertThat(fields).isGreaterThanOrEqualTo(PAGES * 8);
        assertThat((double) right / fields).as("%d of %d fields right", right, fields).isGreaterThanOrEqualTo(ACCURACY_FLOOR);
        assertThat(sureButWrong).isEmpty();
    }

    @Test
    void aBlankSheetIsBlank() {
        assertThat(reader.read(scans.blankPage(0).image())).isEqualTo(FormReading.problem(PageProblem.BLANK));
    }

    @Test
    void randomNoiseIsUnreadable() {
        assertThat(reader.read(SyntheticScans.noisePage(5))).isEqualTo(FormReading.problem(PageProblem.UNREADABLE));
    }

    @Test
    void aPageOfAnotherDocumentIsTheWrongFormThoughItSharesLabels() {
        assertThat(reader.read(scans.otherDocument(0).image()))
                .isEqualTo(FormReading.problem(PageProblem.WRONG_FORM));
    }

    @Test
    void aMissingTesseractIsSaidPlainly() {
        FormReader without = new FormReader(new ReadingSettings("/nonexistent/tesseract", Duration.ofSeconds(5), 1));
        assertThatThrownBy(() -> without.read(scans.print(0).image()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("tesseract-ocr-vie");
    }
}
