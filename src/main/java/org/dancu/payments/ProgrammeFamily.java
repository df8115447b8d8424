package org.dancu.payments;

/** Which non-cash indicator a programme's lines count in. */
public enum ProgrammeFamily {
    /** Social-security payments: {@link PaymentsIndicators#SOCIAL_NONCASH}. */
    SOCIAL,
    /** Tuition and student-benefit payments: {@link PaymentsIndicators#TUITION_NONCASH}. */
    TUITION
}
