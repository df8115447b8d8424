package org.dancu.results.digitising;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.dancu.results.ResultRefusedException;
import org.junit.jupiter.api.Test;

/**
 * Scans are recognised by their content, in every accepted format, page by page; anything else is
 * refused with the reason and the file's name.
 */
class ScanFileTest {

    private static BufferedImage page(int marks) {
        BufferedImage image = new BufferedImage(400, 560, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, 400, 560);
        graphics.setColor(Color.BLACK);
        for (int i = 0; i < marks; i++) {
            graphics.fillRect(40, 40 + 30 * i, 200, 10);
        }
        graphics.dispose();
        return image;
    }

    private static byte[] image(String format, BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    static byte[] tiff(List<BufferedImage> pages) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.prepareWriteSequence(null);
            for (BufferedImage page : pages) {
                writer.writeToSequence(new IIOImage(page, null, null), null);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    static byte[] pdf(List<BufferedImage> pages) throws IOException {
        try (PDDocument document = new PDDocument()) {
            for (BufferedImage image : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.drawImage(LosslessFactory.createFromImage(document, image), 0, 0,
                            PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void eachAcceptedFormatIsRecognisedByItsContentWithItsPages() throws IOException {
        ScanFile jpeg = ScanFile.of("trang.pdf", image("jpg", page(3)));
        assertThat(jpeg.format()).isEqualTo(ScanFormat.JPEG);
        assertThat(jpeg.pages()).isEqualTo(1);
        assertThat(ScanFile.of("trang.png", image("png", page(3))).format()).isEqualTo(ScanFormat.PNG);

        ScanFile tiff = ScanFile.of("so.tif", tiff(List.of(page(1), page(2), page(3))));
        assertThat(tiff.format()).isEqualTo(ScanFormat.TIFF);
        assertThat(tiff.pages()).isEqualTo(3);
        List<Integer> marked = new ArrayList<>();
        tiff.forEachPage(List.of(0, 2), (index, image) -> marked.add(index * 1000 + image.getWidth()));
        assertThat(marked).containsExactly(400, 2400);

        ScanFile pdf = ScanFile.of("so.pdf", pdf(List.of(page(1), page(5))));
        assertThat(pdf.format()).isEqualTo(ScanFormat.PDF);
        assertThat(pdf.pages()).isEqualTo(2);
        pdf.forEachPage(List.of(1), (index, rendered) ->
                assertThat(rendered.getWidth()).as("A4 at 200 dpi").isBetween(1600, 1660));
    }

    @Test
    void whatIsNotAScanIsRefusedNamingTheFile() throws IOException {
        assertRefused(new byte[0], "results.digitising.error.file-empty");
        assertRefused("Họ và tên,Ngày sinh\n".getBytes(StandardCharsets.UTF_8), "results.digitising.error.file-not-scan");
        assertRefused("%PDF-1.7\nnot really a pdf".getBytes(StandardCharsets.US_ASCII),
                "results.digitising.error.file-unreadable");
        byte[] cut = image("png", page(2));
        assertRefused(Arrays.copyOf(cut, 40), "results.digitising.error.file-unreadable");
        byte[] huge = new byte[(int) ScanFile.MAX_BYTES + 1];
        System.arraycopy(cut, 0, huge, 0, cut.length);
        assertRefused(huge, "results.digitising.error.file-too-big");
    }

    private static void assertRefused(byte[] content, String key) {
        assertThatThrownBy(() -> ScanFile.of("hồ sơ.bin", content)).isInstanceOf(ResultRefusedException.class)
                .satisfies(e -> {
                    assertThat(((ResultRefusedException) e).messageKey()).isEqualTo(key);
                    assertThat(((ResultRefusedException) e).arguments()).startsWith("hồ sơ.bin");
                });
    }
}
