package org.dancu.steering;

import java.util.List;
import java.util.Optional;

/**
 * The indicators the steering committee follows. Those without a source yet show "no data yet"
 * until the module that owns the data implements {@link IndicatorSource} for them.
 */
public final class IndicatorCatalogue {

    public static final String REG_VALID_PIN = "REG_VALID_PIN";
    public static final String REG_COMPLETE = "REG_COMPLETE";
    public static final String REG_NAME_SPELLING = "REG_NAME_SPELLING";
    public static final String REG_VERIFIED_NATIONAL = "REG_VERIFIED_NATIONAL";
    public static final String CLEAN_LAND = "CLEAN_LAND";
    public static final String CLEAN_HOUSING = "CLEAN_HOUSING";
    public static final String CLEAN_LABOUR = "CLEAN_LABOUR";
    public static final String CLEAN_CONSTRUCTION = "CLEAN_CONSTRUCTION";
    public static final String CLEAN_TAX = "CLEAN_TAX";
    public static final String CLEAN_BANKING = "CLEAN_BANKING";
    public static final String CLEAN_EDUCATION = "CLEAN_EDUCATION";
    public static final String GATEWAY_ANSWERED = "GATEWAY_ANSWERED";
    public static final String SOCIAL_NONCASH = "SOCIAL_NONCASH";
    public static final String TUITION_NONCASH = "TUITION_NONCASH";
    public static final String ONLINE_ESSENTIAL = "ONLINE_ESSENTIAL";
    public static final String FEEDBACK_ON_TIME = "FEEDBACK_ON_TIME";

    private static final List<IndicatorDefinition> ALL = List.of(
            new IndicatorDefinition(REG_VALID_PIN, 100, "CONG_AN", "register"),
            new IndicatorDefinition(REG_COMPLETE, 100, "CONG_AN", "register"),
            new IndicatorDefinition(REG_NAME_SPELLING, 100, "CONG_AN", "register"),
            new IndicatorDefinition(REG_VERIFIED_NATIONAL, 100, "CONG_AN", "national"),
            new IndicatorDefinition(CLEAN_LAND, 100, "SO_NNMT", "cleansing"),
            new IndicatorDefinition(CLEAN_HOUSING, 100, "SO_XD", "cleansing"),
            new IndicatorDefinition(CLEAN_LABOUR, 100, "SO_NV", "cleansing"),
            new IndicatorDefinition(CLEAN_CONSTRUCTION, 100, "SO_XD", "cleansing"),
            new IndicatorDefinition(CLEAN_TAX, 100, "THUE", "cleansing"),
            new IndicatorDefinition(CLEAN_BANKING, 100, "NHNN", "cleansing"),
            new IndicatorDefinition(CLEAN_EDUCATION, 100, "SO_GDDT", "cleansing"),
            new IndicatorDefinition(GATEWAY_ANSWERED, 100, "CONG_AN", "exchange"),
            new IndicatorDefinition(SOCIAL_NONCASH, 100, "BHXH", "payments"),
            new IndicatorDefinition(TUITION_NONCASH, 100, "SO_GDDT", "payments"),
            new IndicatorDefinition(ONLINE_ESSENTIAL, 100, "VP_UBND", "services"),
            new IndicatorDefinition(FEEDBACK_ON_TIME, 100, "VP_UBND", "feedback"));

    private IndicatorCatalogue() {
    }

    public static List<IndicatorDefinition> all() {
        return ALL;
    }

    public static Optional<IndicatorDefinition> find(String code) {
        return ALL.stream().filter(d -> d.code().equals(code)).findFirst();
    }
}
