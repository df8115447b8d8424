package org.dancu.steering.reviews;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import org.dancu.steering.DocumentFonts;
import org.dancu.steering.figures.Figures;
import org.springframework.stereotype.Component;

/**
 * Writes report blocks as a PDF with the application's embedded Unicode font ({@link DocumentFonts}).
 */
@Component
class PdfReport {

    private final BaseFont regular;
    private final BaseFont bold;

    PdfReport() {
        this.regular = DocumentFonts.regular();
        this.bold = DocumentFonts.bold();
    }

    /** Landscape A4, which gives the wide tables room. */
    byte[] write(List<ReportBlock> blocks, Figures figures, Locale locale) {
        return write(blocks, figures, locale, PageSize.A4.rotate());
    }

    /** Portrait A4, as the rules on administrative documents ask. */
    byte[] writePortrait(List<ReportBlock> blocks, Figures figures, Locale locale) {
        return write(blocks, figures, locale, PageSize.A4);
    }

    private byte[] write(List<ReportBlock> blocks, Figures figures, Locale locale, Rectangle pageSize) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(pageSize, 36, 36, 36, 36);
        PdfWriter.getInstance(document, out);
        document.open();
        Font text = new Font(regular, 9);
        Font header = new Font(bold, 9);
        for (ReportBlock block : blocks) {
            if (block instanceof ReportBlock.Heading h) {
                Paragraph p = new Paragraph(h.text(), new Font(bold, h.level() == 0 ? 16 : h.level() == 1 ? 13 : 11));
                p.setSpacingBefore(h.level() == 0 ? 0 : 10);
                p.setSpacingAfter(4);
                document.add(p);
            } else if (block instanceof ReportBlock.Text t) {
                document.add(new Paragraph(t.text(), text));
            } else if (block instanceof ReportBlock.Centred c) {
                for (ReportBlock.Line line : c.lines()) {
                    document.add(line(line, Element.ALIGN_CENTER, 13));
                }
            } else if (block instanceof ReportBlock.Columns c) {
                PdfPTable table = new PdfPTable(2);
                table.setWidthPercentage(100);
                table.addCell(column(c.left(), c.leftCentred() ? Element.ALIGN_CENTER : Element.ALIGN_LEFT));
                table.addCell(column(c.right(), Element.ALIGN_CENTER));
                table.setSpacingAfter(10);
                document.add(table);
            } else if (block instanceof ReportBlock.Table t) {
                PdfPTable table = new PdfPTable(t.header().size());
                table.setWidthPercentage(100);
                table.setHeaderRows(1);
                for (String column : t.header()) {
                    PdfPCell cell = new PdfPCell(new Phrase(column, header));
                    cell.setBackgroundColor(new Color(0xE8, 0xEE, 0xF4));
                    table.addCell(cell);
                }
                for (List<Object> row : t.rows()) {
                    for (Object value : row) {
                        PdfPCell cell = new PdfPCell(new Phrase(figures.cell(value, locale), text));
                        if (value instanceof ReportBlock.Figure) {
                            cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                        }
                        table.addCell(cell);
                    }
                }
                table.setSpacingAfter(6);
                document.add(table);
            }
        }
        document.close();
        return out.toByteArray();
    }

    private PdfPCell column(List<ReportBlock.Line> lines, int alignment) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        for (ReportBlock.Line line : lines) {
            cell.addElement(line(line, alignment, 10));
        }
        return cell;
    }

    private Paragraph line(ReportBlock.Line line, int alignment, float size) {
        Font font = switch (line.style()) {
            case BOLD -> new Font(bold, size);
            case ITALIC -> new Font(regular, size, Font.ITALIC);
            case PLAIN -> new Font(regular, size);
        };
        Paragraph paragraph = new Paragraph(line.text(), font);
        paragraph.setAlignment(alignment);
        return paragraph;
    }
}
