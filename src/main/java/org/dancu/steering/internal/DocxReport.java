package org.dancu.steering.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
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

    private static void fill(XWPFTableRow row, List<Object> values, Figures figures, Locale locale, boolean bold) {
        for (int i = 0; i < values.size(); i++) {
            XWPFParagraph paragraph = row.getCell(i).getParagraphs().get(0);
            XWPFRun run = paragraph.createRun();
            run.setBold(bold);
            run.setText(PdfReport.cellText(values.get(i), figures, locale));
        }
    }
}
