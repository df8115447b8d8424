package org.dancu.steering.indicators;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.media.Schema;

import org.dancu.steering.IndicatorDefinition;
import org.dancu.steering.PeriodType;
import org.springframework.context.MessageSource;

/**
 * One indicator of the catalogue as the API describes it: value = numerator / denominator × factor.
 *
 * @param code          stable identifier
 * @param name          its name in Vietnamese and English
 * @param numerator     what the numerator counts
 * @param denominator   what the denominator counts
 * @param factor        100 for a percentage
 * @param unitOfMeasure {@code PERCENT}, {@code PER_THOUSAND} or {@code RATIO}, from the factor
 * @param periodTypes   the period types its figures are stored for
 * @param module        the module that counts it
 * @param leadAgency    the agency answerable for it
 */
record IndicatorDescription(String code, Text name, Text numerator, Text denominator, int factor,
                            @Schema(allowableValues = {"PERCENT", "PER_THOUSAND", "RATIO"}) String unitOfMeasure,
                            List<PeriodType> periodTypes, String module, String leadAgency) {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    /** A text in both languages. */
    record Text(String vi, String en) {

        static Text of(MessageSource messages, String key) {
            return new Text(messages.getMessage(key, null, VIETNAMESE), messages.getMessage(key, null, Locale.ENGLISH));
        }
    }

    static IndicatorDescription of(IndicatorDefinition definition, MessageSource messages) {
        return new IndicatorDescription(definition.code(), Text.of(messages, definition.nameKey()),
                Text.of(messages, definition.numeratorKey()), Text.of(messages, definition.denominatorKey()),
                definition.factor(), unitOfMeasure(definition.factor()), Arrays.asList(PeriodType.values()),
                definition.source(), definition.leadAgency());
    }

    private static String unitOfMeasure(int factor) {
        return switch (factor) {
            case 100 -> "PERCENT";
            case 1000 -> "PER_THOUSAND";
            default -> "RATIO";
        };
    }
}
