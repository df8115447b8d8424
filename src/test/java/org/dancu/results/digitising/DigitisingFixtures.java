package org.dancu.results.digitising;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;

import org.dancu.civil.Pin;
import org.dancu.register.RegisterFixture;
import org.dancu.register.RegisterTestData;
import org.dancu.register.RegisteredPerson;
import org.dancu.register.RegisteredPersons;
import org.springframework.context.ApplicationContext;

/**
 * Digitised records waiting in the queue, without OCR: a batch of one plain page, and the record read
 * from it with the values given, as the reading job would store it. The values name a person of the
 * shared synthetic register as a land-use certificate's owner. Other modules' tests reach it through
 * {@link org.dancu.results.PaperArchiveFixtures}.
 */
public final class DigitisingFixtures {

    public static final String COMMUNE = "03334";

    private DigitisingFixtures() {
    }

    /** A land-use certificate naming the register's person {@code ordinal} as its owner. */
    public static Map<String, String> landCertificateOf(ApplicationContext context, int ordinal) throws IOException {
        RegisterTestData.ensureLoaded(context);
        Pin pin = Pin.of(RegisterFixture.aPersonPin(context, ordinal));
        RegisteredPerson owner = context.getBean(RegisteredPersons.class).byPin(pin).orElseThrow();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("certificate-serial", "AA 01234567");
        values.put("parcel-number", "112");
        values.put("map-sheet", "14");
        values.put("area", "245,6");
        values.put("owner-1-name", owner.name().fullName());
        values.put("owner-1-id", pin.value());
        values.put("owner-2-name", "");
        values.put("owner-2-id", "");
        values.put("commune", "Phường Mường Thanh");
        return values;
    }

    /** A record read from a new one-page batch, with OCR's confidence 0.5 on the fields named unsure. */
    public static long read(ApplicationContext context, Map<String, String> values, Set<EntryReason> reasons,
                     Set<String> unsure) throws IOException {
        Batches batches = context.getBean(Batches.class);
        long batch = batches.add(new NewBatch(COMMUNE, "Sổ cấp giấy chứng nhận 2003", RecordType.LAND_USE_CERTIFICATE,
                List.of(ScanFile.of("trang.png", png()))), "van.thu.kiemthu");
        Batches.UnreadPage page = batches.unread(batch).get(0);
        batches.markRead(page.pageId(), png(), null);
        List<RecordField> fields = new ArrayList<>();
        values.forEach((name, value) -> fields.add(RecordField.read(name, value, unsure.contains(name) ? 0.5 : 0.98)));
        return context.getBean(RecordDecisions.class).addRead(DigitisedRecord.read(page.pageId(), batch, COMMUNE,
                RecordType.LAND_USE_CERTIFICATE, fields, reasons, new Sampling(0)), "van.thu.kiemthu");
    }

    public static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(200, 280, BufferedImage.TYPE_BYTE_GRAY), "png", out);
        return out.toByteArray();
    }
}
