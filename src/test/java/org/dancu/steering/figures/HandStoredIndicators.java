package org.dancu.steering.figures;

import java.time.LocalDate;
import java.util.List;

import org.dancu.steering.IndicatorCount;
import org.dancu.steering.IndicatorDefinition;
import org.dancu.steering.IndicatorSource;
import org.dancu.steering.Period;
import org.springframework.stereotype.Component;

/**
 * Indicators for tests that store figures by hand (risk of delay, rounding, comparisons): declared like
 * any module's, but measuring no period, so no recount started by another test's events replaces what a
 * test stored. Their wording is in the tests' bundle {@code i18n/steering-test_*.properties}.
 */
@Component
public class HandStoredIndicators implements IndicatorSource {

    public static final String TUITION = "TEST_TUITION_NONCASH";
    static final String FEEDBACK = "TEST_FEEDBACK_ON_TIME";
    static final String ANSWERED = "TEST_GATEWAY_ANSWERED";
    static final String ONLINE = "TEST_ONLINE_ESSENTIAL";
    static final String SOCIAL = "TEST_SOCIAL_NONCASH";

    public static final IndicatorDefinition TUITION_DEFINITION = definition(TUITION, "SO_GDDT", 1);
    public static final IndicatorDefinition FEEDBACK_DEFINITION = definition(FEEDBACK, "VP_UBND", 2);
    static final IndicatorDefinition ANSWERED_DEFINITION = definition(ANSWERED, "CONG_AN", 3);
    static final IndicatorDefinition ONLINE_DEFINITION = definition(ONLINE, "VP_UBND", 4);
    static final IndicatorDefinition SOCIAL_DEFINITION = definition(SOCIAL, "BHXH", 5);

    private static IndicatorDefinition definition(String code, String agency, int order) {
        return new IndicatorDefinition(code, 100, agency, "steering-test", 1000 + order);
    }

    @Override
    public List<IndicatorDefinition> definitions() {
        return List.of(TUITION_DEFINITION, FEEDBACK_DEFINITION, ANSWERED_DEFINITION, ONLINE_DEFINITION,
                SOCIAL_DEFINITION);
    }

    @Override
    public boolean measures(Period period, LocalDate today) {
        return false;
    }

    @Override
    public List<IndicatorCount> count(String indicator, List<Period> periods) {
        return List.of();
    }
}
