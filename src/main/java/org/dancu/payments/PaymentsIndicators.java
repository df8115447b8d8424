package org.dancu.payments;

/**
 * The codes of the steering indicators the payments module declares and counts from its lines
 * (docs/payments.md, "Indicators"); their wording is in the payments bundle.
 */
public final class PaymentsIndicators {

    /** Social-security lines paid into an account or wallet, of the social-security lines paid. */
    public static final String SOCIAL_NONCASH = "SOCIAL_NONCASH";
    /** Tuition and student-support lines paid into an account or wallet, of those lines paid. */
    public static final String TUITION_NONCASH = "TUITION_NONCASH";

    private PaymentsIndicators() {
    }
}
