package org.dancu.steering.reviews;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.dancu.steering.figures.Figures;
import org.springframework.stereotype.Component;

/** Writes report blocks as a Word document the committee's secretariat can edit before signing. */
@Component
class DocxReport {

    byte[] write(List<ReportBlock> blocks, Figures figures, Locale locale) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (ReportBlock block : blocks) {
                if (block instanceof ReportBlock.Heading h) {
                    XWPFRun run = document.createParagraph().createRun();
                    run.setBold(true);
                    run.setFontSize(h.level() == 0 ? 16 : h.level() == 1 ? 13 : 11);
                    run.setText(h.text());
                } else if (block instanceof ReportBlock.Text t) {
                    document.createParagraph().createRun().setText(t.text());
                } else if (block instanceof ReportBlock.Centred c) {
                    for (ReportBlock.Line line : c.lines()) {
                        line(document.createParagraph(), line, ParagraphAlignment.CENTER, 13);
                    }
                } else if (block instanceof ReportBlock.Columns c) {
                    XWPFTable table = document.createTable(1, 2);
                    table.removeBorders();
                    column(table.getRow(0).getCell(0), c.left(),
                            c.leftCentred() ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
                    column(table.getRow(0).getCell(1), c.right(), ParagraphAlignment.CENTER);
                    document.createParagraph();
                } else if (block instanceof ReportBlock.Table t) {
                    XWPFTable table = document.createTable(t.rows().size() + 1, t.header().size());
                    fill(table.getRow(0), t.header().stream().map(Object.class::cast).toList(), figures, locale, true);
                    for (int i = 0; i < t.rows().size(); i++) {
                        fill(table.getRow(i + 1), t.rows().get(i), figures, locale, false);
                    }
                    document.createParagraph();
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void column(XWPFTableCell cell, List<ReportBlock.Line> lines, ParagraphAlignment alignment) {
        for (int i = 0; i < lines.size(); i++) {
            line(i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph(), lines.get(i), alignment, 11);
        }
    }

    private static void line(XWPFParagraph paragraph, ReportBlock.Line line, ParagraphAlignment alignment, int size) {
        paragraph.setAlignment(alignment);
        XWPFRun run = paragraph.createRun();
        run.setBold(line.style() == ReportBlock.Line.Style.BOLD);
        run.setItalic(line.style() == ReportBlock.Line.Style.ITALIC);
        run.setFontSize(size);
        run.setText(line.text());
    }

    private static void fill(XWPFTableRow row, List<Object> values, Figures figures, Locale locale, boolean bold) {
        for (int i = 0; i < values.size(); i++) {
            XWPFParagraph paragraph = row.getCell(i).getParagraphs().get(0);
            XWPFRun run = paragraph.createRun();
            run.setBold(bold);
            run.setText(figures.cell(values.get(i), locale));
        }
    }
}
