package org.dancu.results.digitising.reading;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
import org.dancu.steering.DocumentFonts;

/**
 * Prints a paper form as the project prints documents (OpenPDF, A4, the application's embedded
 * Unicode font, {@link DocumentFonts}) and scans it back: PDFBox renders the page in grey at the scan's resolution.
 */
final class ScanPrinter {

    private static final float MARGIN = 64;

    private final BaseFont regular = DocumentFonts.regular();
    private final BaseFont bold = DocumentFonts.bold();

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
}
