package org.dancu.results.rendition;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import org.dancu.civil.Pin;
import org.dancu.civil.ProvinceTime;
import org.dancu.locality.Localities;
import org.dancu.results.IssuedResult;
import org.dancu.results.Provenance;
import org.dancu.results.ResultField;
import org.dancu.results.ResultStatus;
import org.dancu.results.internal.ResultsProperties;
import org.dancu.results.seal.ResultSeal;
import org.dancu.security.AgencyDirectory;
import org.dancu.security.StaffNames;
import org.dancu.steering.DocumentFonts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A result as a PDF (A4 portrait, the application's Unicode font embedded): the issuing agency, the
 * type and code, the holders, the fields in words, the parcel, the legal basis and dossier, the date
 * of issue in the province's calendar, the officer, "digitised from paper" where so, the status when
 * no longer valid, the SHA-256 of the canonical record, and two QR codes: the online link to the
 * public check, and the signed payload an offline verifier reads.
 */
@Component
public class ResultPdf {

    private static final float QR_SIZE = 130f;

    private final MessageSource messages;
    private final AgencyDirectory agencies;
    private final StaffNames staffNames;
    private final Localities localities;
    private final ProvinceTime time;
    private final ResultsProperties properties;
    private final ResultSeal seal;

    ResultPdf(MessageSource messages, AgencyDirectory agencies, StaffNames staffNames, Localities localities,
              ProvinceTime time, ResultsProperties properties, ResultSeal seal) {
        this.messages = messages;
        this.agencies = agencies;
        this.staffNames = staffNames;
        this.localities = localities;
        this.time = time;
        this.properties = properties;
        this.seal = seal;
    }

    public byte[] render(IssuedResult result, Locale locale) {
        Words words = new Words(locale);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 50, 50);
        PdfWriter.getInstance(document, out);
        document.addTitle(words.text("results.type." + result.type().name()) + " " + result.code().value());
        document.open();
        Font bold = new Font(DocumentFonts.bold(), 11);
        Font text = new Font(DocumentFonts.regular(), 10);
        document.add(new Paragraph(agencies.name(result.agencyCode(), locale).orElse(result.agencyCode())
                .toUpperCase(locale), bold));
        Paragraph title = new Paragraph(words.text("results.type." + result.type().name()).toUpperCase(locale),
                new Font(DocumentFonts.bold(), 16));
        title.setAlignment(Element.ALIGN_CENTER);
        title.setSpacingBefore(18);
        document.add(title);
        Paragraph code = new Paragraph(words.text("results.pdf.code", result.code().value()), bold);
        code.setAlignment(Element.ALIGN_CENTER);
        code.setSpacingAfter(12);
        document.add(code);
        if (result.status() != ResultStatus.VALID) {
            Paragraph status = new Paragraph(statusLine(result, words), new Font(DocumentFonts.bold(), 12, Font.NORMAL,
                    new Color(0xB0, 0x00, 0x20)));
            status.setSpacingAfter(10);
            document.add(status);
        }
        document.add(details(result, words, text, bold));
        document.add(qrCodes(result, words, text));
        Paragraph hash = new Paragraph(words.text("results.pdf.hash", HexFormat.of().formatHex(result.hash())),
                new Font(DocumentFonts.regular(), 7));
        hash.setSpacingBefore(10);
        document.add(hash);
        document.close();
        return out.toByteArray();
    }

    private PdfPTable details(IssuedResult r, Words words, Font text, Font bold) {
        PdfPTable table = new PdfPTable(new float[] {2, 5});
        table.setWidthPercentage(100);
        List<String> holders = r.holders().stream().map(Pin::value).toList();
        row(table, words.text("results.pdf.holders"), String.join(", ", holders), bold, text);
        for (ResultField field : r.fields()) {
            row(table, words.textOr("results.field." + field.name(), field.name()), field.value(), bold, text);
        }
        if (r.parcel() != null) {
            String commune = localities.resolve(r.parcel().communeCode()).map(x -> x.unit().fullName())
                    .orElse(r.parcel().communeCode());
            row(table, words.text("results.pdf.parcel"), words.text("results.pdf.parcel.value", r.parcel().parcelNumber(),
                    r.parcel().mapSheet(), commune), bold, text);
        }
        row(table, words.text("results.pdf.legal-basis"), r.legalBasis(), bold, text);
        if (r.dossierCode() != null) {
            row(table, words.text("results.pdf.dossier"), r.dossierCode(), bold, text);
        }
        row(table, words.text("results.pdf.issued-on"), time.date(r.issuedAt()), bold, text);
        row(table, words.text("results.pdf.agency"), agencies.name(r.agencyCode(), words.locale).orElse(r.agencyCode()),
                bold, text);
        row(table, words.text("results.pdf.officer"),
                staffNames.displayNames(List.of(r.officer())).getOrDefault(r.officer(), r.officer()), bold, text);
        if (r.provenance() == Provenance.DIGITISED_FROM_PAPER) {
            row(table, words.text("results.pdf.provenance"), words.text("results.provenance.DIGITISED_FROM_PAPER"),
                    bold, text);
        }
        return table;
    }

    private String statusLine(IssuedResult r, Words words) {
        String on = time.date(r.statusChangedAt());
        return r.status() == ResultStatus.REVOKED
                ? words.text("results.status.revoked-on", on, r.revocationReason())
                : words.text("results.status.superseded-on", on, r.successor().value());
    }

    private PdfPTable qrCodes(IssuedResult r, Words words, Font text) {
        PdfPTable table = new PdfPTable(2);
        table.setWidthPercentage(80);
        table.setSpacingBefore(16);
        qr(table, properties.onlineLink(r.publicId()), words.text("results.pdf.qr.online"), text);
        qr(table, seal.offlineText(r), words.text("results.pdf.qr.offline"), text);
        return table;
    }

    private static void qr(PdfPTable table, String content, String caption, Font text) {
        try {
            Image image = Image.getInstance(QrCodes.draw(content), null);
            image.scaleAbsolute(QR_SIZE, QR_SIZE);
            PdfPCell cell = new PdfPCell();
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            image.setAlignment(Element.ALIGN_CENTER);
            cell.addElement(image);
            Paragraph label = new Paragraph(caption, text);
            label.setAlignment(Element.ALIGN_CENTER);
            cell.addElement(label);
            table.addCell(cell);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(PdfPTable table, String label, String value, Font bold, Font text) {
        PdfPCell name = new PdfPCell(new Phrase(label, bold));
        name.setPadding(4);
        table.addCell(name);
        PdfPCell cell = new PdfPCell(new Phrase(value, text));
        cell.setPadding(4);
        table.addCell(cell);
    }

    /** The module's words in one language. */
    private final class Words {
        private final Locale locale;

        Words(Locale locale) {
            this.locale = locale;
        }

        String text(String key, Object... arguments) {
            return messages.getMessage(key, arguments, locale);
        }

        String textOr(String key, String fallback) {
            return messages.getMessage(key, null, fallback, locale);
        }
    }
}
