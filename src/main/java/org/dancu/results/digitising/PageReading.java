package org.dancu.results.digitising;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import org.dancu.jobs.JobContext;
import org.dancu.jobs.JobHandler;
import org.dancu.jobs.JobWords;
import org.dancu.results.digitising.reading.FormReader;
import org.dancu.results.digitising.reading.FormReading;
import org.dancu.results.digitising.reading.PageProblem;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads a batch's pages on the job runner, one page a transaction: OCR reads the page; a page it cannot
 * read (blank, unreadable) or that is not the batch's form is kept with its problem; a read page
 * becomes a digitised record, its people linked to the register, waiting for double entry when OCR
 * is unsure of a field or a person must look, else settled (and issued unless picked for a check).
 * A run stopped short (cancelled, a server gone) takes up again at the first page not read.
 */
@Component
class PageReading implements JobHandler {

    static final String KIND = "results.digitising.reading";
    /** OCR's confidence under which a field is entered by people. */
    static final double SURE = 0.85;
    /** The widest image of a page kept for the entry forms. */
    private static final int SHOWN_WIDTH = 1400;

    private final Batches batches;
    private final FormReader reader;
    private final PersonLinks links;
    private final RecordDecisions decisions;
    private final TransactionTemplate transaction;

    PageReading(Batches batches, FormReader reader, PersonLinks links, RecordDecisions decisions,
                TransactionTemplate transaction) {
        this.batches = batches;
        this.reader = reader;
        this.links = links;
        this.decisions = decisions;
        this.transaction = transaction;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void run(JobContext context) {
        long batchId = Long.parseLong(context.reference());
        Batches.Batch batch = batches.find(batchId).orElseThrow();
        List<Batches.UnreadPage> pages = batches.unread(batchId);
        int[] done = {batch.pages() - pages.size()};
        Map<Long, List<Batches.UnreadPage>> byFile = pages.stream().collect(
                Collectors.groupingBy(Batches.UnreadPage::fileId, LinkedHashMap::new, Collectors.toList()));
        byFile.forEach((fileId, unread) -> {
            Map<Integer, Batches.UnreadPage> byIndex = unread.stream()
                    .collect(Collectors.toMap(Batches.UnreadPage::pageInFile, p -> p));
            batches.file(fileId).forEachPage(unread.stream().map(Batches.UnreadPage::pageInFile).toList(),
                    (index, image) -> {
                        context.progress(done[0], batch.pages());
                        FormReading reading = reader.read(image);
                        byte[] shown = png(image);
                        transaction.executeWithoutResult(status -> read(batch, byIndex.get(index), reading, shown));
                        done[0]++;
                    });
        });
        context.progress(done[0], batch.pages());
    }

    private void read(Batches.Batch batch, Batches.UnreadPage page, FormReading reading, byte[] shown) {
        PageProblem problem = reading.problem() != null ? reading.problem()
                : batch.type().reads(reading.kind()) ? null : PageProblem.WRONG_FORM;
        batches.markRead(page.pageId(), shown, problem == null ? null : problem.name());
        if (problem != null) {
            return;
        }
        List<RecordField> fields = reading.fields().stream()
                .map(f -> RecordField.read(f.name(), f.value(), f.confidence())).toList();
        Set<EntryReason> reasons = EnumSet.noneOf(EntryReason.class);
        if (reading.fields().stream().anyMatch(f -> f.confidence() < SURE)) {
            reasons.add(EntryReason.UNSURE_FIELD);
        }
        Map<String, String> values = new LinkedHashMap<>();
        reading.fields().forEach(f -> values.put(f.name(), f.value()));
        PersonLinks.Linkage linkage = links.link(batch.type(), batch.communeCode(), values);
        reasons.addAll(linkage.reasons());
        if (!linkage.settles()) {
            reasons.add(EntryReason.LINKAGE_TO_REVIEW);
        }
        decisions.addRead(DigitisedRecord.read(page.pageId(), batch.id(), batch.communeCode(), batch.type(), fields,
                reasons, RecordDecisions.SAMPLING), batch.uploadedBy());
    }

    /** The page as a PNG no wider than the forms show it. */
    private static byte[] png(BufferedImage page) {
        BufferedImage shown = page;
        if (page.getWidth() > SHOWN_WIDTH) {
            int height = (int) Math.round(page.getHeight() * (double) SHOWN_WIDTH / page.getWidth());
            shown = new BufferedImage(SHOWN_WIDTH, height, BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D graphics = shown.createGraphics();
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            graphics.drawImage(page, 0, 0, SHOWN_WIDTH, height, null);
            graphics.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(shown, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Override
    public Optional<JobWords> subject(String reference) {
        return batches.find(Long.parseLong(reference))
                .map(b -> JobWords.of("results.digitising.job.subject", b.registerBook(), b.pages()));
    }
}
