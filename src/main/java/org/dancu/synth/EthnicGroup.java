package org.dancu.synth;

/**
 * The groups the Điện Biên model distinguishes, in the column order of {@code district_profiles.csv}.
 * {@link #OTHER} stands for the small groups of the province (Tày, Mường, Nùng), drawn per household.
 */
enum EthnicGroup {
    KINH("01", false, 0.40),
    THAI("03", true, 0.02),
    HMONG("08", true, 0.01),
    KHOMU("29", true, 0.01),
    DAO("09", true, 0.02),
    HANHI("35", true, 0.01),
    LAO("37", true, 0.01),
    CONG("48", true, 0.01),
    SILA("50", true, 0.01),
    OTHER(null, true, 0.10);

    /** Household sizes 1, 2, 3 … with their weights: mean ≈ 3.6 for Kinh, ≈ 5.4 for the minorities. */
    private static final double[] KINH_SIZES = {8, 15, 22, 30, 15, 6, 4};
    private static final double[] MINORITY_SIZES = {3, 6, 10, 15, 19, 18, 13, 8, 5, 3};

    private final String code;
    private final boolean minority;
    private final double migrantShare;

    EthnicGroup(String code, boolean minority, double migrantShare) {
        this.code = code;
        this.minority = minority;
        this.migrantShare = migrantShare;
    }

    /** The 1979 code ({@code org.dancu.civil.Ethnicity}); {@code null} for {@link #OTHER}, whose code comes per household. */
    String code() {
        return code;
    }

    boolean minority() {
        return minority;
    }

    /** Share of households that came from another province (their adults' IDs carry its code). */
    double migrantShare() {
        return migrantShare;
    }

    double[] householdSizeWeights() {
        return minority ? MINORITY_SIZES : KINH_SIZES;
    }

    double meanHouseholdSize() {
        double[] weights = householdSizeWeights();
        double sum = 0;
        double weighted = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            weighted += weights[i] * (i + 1);
        }
        return weighted / sum;
    }
}
