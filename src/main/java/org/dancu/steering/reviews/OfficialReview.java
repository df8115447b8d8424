package org.dancu.steering.reviews;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dancu.steering.figures.Figures;
import org.dancu.steering.internal.SteeringProperties;
import org.springframework.stereotype.Component;

/**
 * Lays a review out in the Vietnamese administrative format: the issuing body and the document
 * number beside the national motto and the place and date, a centred title naming the period in
 * words, the four parts of {@link ReviewLayout}, then the recipients beside the signature block.
 * The issuing body, the place and the recipients are the province's settings; the number is left
 * for the secretariat to fill in when the document is registered.
 */
@Component
class OfficialReview {

    private final ReviewLayout layout;
    private final Figures figures;
    private final SteeringProperties properties;

    OfficialReview(ReviewLayout layout, Figures figures, SteeringProperties properties) {
        this.layout = layout;
        this.figures = figures;
        this.properties = properties;
    }

    List<ReportBlock> layout(Review review, Locale locale) {
        List<ReportBlock> blocks = new ArrayList<>();
        blocks.add(new ReportBlock.Columns(
                List.of(ReportBlock.Line.bold(properties.reviewIssuer().toUpperCase(locale)),
                        ReportBlock.Line.plain(t("steering.official.number", locale))),
                List.of(ReportBlock.Line.bold(t("steering.official.motto", locale)),
                        ReportBlock.Line.bold(t("steering.official.motto.words", locale)),
                        ReportBlock.Line.italic(figures.placeAndDate(properties.reviewPlace(), review.producedOn(),
                                locale))),
                true));
        blocks.add(new ReportBlock.Centred(List.of(ReportBlock.Line.bold(t("steering.official.kind", locale)),
                ReportBlock.Line.bold(t("steering.official.subject", locale,
                        figures.period(review.period(), locale), review.unitName())))));
        blocks.add(layout.produced(review, locale));
        blocks.addAll(layout.parts(review, locale));
        List<ReportBlock.Line> recipients = new ArrayList<>();
        recipients.add(new ReportBlock.Line(t("steering.official.recipients", locale), ReportBlock.Line.Style.BOLD));
        properties.reviewRecipients().forEach(r -> recipients.add(ReportBlock.Line.plain("- " + r)));
        blocks.add(new ReportBlock.Columns(recipients,
                List.of(ReportBlock.Line.bold(t("steering.official.sign-for", locale)),
                        ReportBlock.Line.bold(t("steering.official.signer", locale)),
                        ReportBlock.Line.italic(t("steering.official.sign-hint", locale))),
                false));
        return blocks;
    }

    private String t(String key, Locale locale, Object... arguments) {
        return figures.text(key, locale, arguments);
    }
}
