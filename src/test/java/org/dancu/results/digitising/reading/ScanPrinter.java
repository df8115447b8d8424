package org.dancu.results.digitising.reading;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Prints a paper form as the project prints documents (OpenPDF, A4, DejaVu Sans embedded as the
 * steering reports do) and scans it back: PDFBox renders the page in grey at the scan's resolution.
 */
final class ScanPrinter {

    private static final String REGULAR = "steering/fonts/DejaVuSans.ttf";
    private static final String BOLD = "steering/fonts/DejaVuSans-Bold.ttf";
    private static final float MARGIN = 64;

    private final BaseFont regular = font(REGULAR);
    private final BaseFont bold = font(BOLD);

    byte[] pdf(PaperForm form) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN);
        PdfWriter.getInstance(document, out);
        document.open();
        for (PaperForm.Line line : form.lines()) {
            Paragraph paragraph = switch (line.style()) {
                case TITLE -> new Paragraph(line.text(), new Font(bold, 14));
                case CENTRED -> new Paragraph(line.text(), new Font(bold, 12));
                case TEXT -> new Paragraph(line.text().isEmpty() ? " " : line.text(), new Font(regular, 12));
            };
            paragraph.setAlignment(line.style() == PaperForm.Style.TEXT ? Element.ALIGN_LEFT : Element.ALIGN_CENTER);
            paragraph.setSpacingAfter(line.style() == PaperForm.Style.TITLE ? 6 : 8);
            document.add(paragraph);
        }
        document.close();
        return out.toByteArray();
    }

    /** The first page of a PDF as a grey image at {@code dpi}. */
    static BufferedImage raster(byte[] pdf, int dpi) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFRenderer(document).renderImageWithDPI(0, dpi, ImageType.GRAY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BaseFont font(String path) {
        try (InputStream in = ScanPrinter.class.getClassLoader().getResourceAsStream(path)) {
            return BaseFont.createFont(path, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
