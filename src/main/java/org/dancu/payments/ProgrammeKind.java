package org.dancu.payments;

/** How a programme's amount is worked out and when it falls due (docs/payments.md, "Programmes"). */
public enum ProgrammeKind {
    /** Monthly social assistance: the beneficiary's coefficient x the standard level, every month (Decree 20/2021). */
    MONTHLY_ASSISTANCE,
    /** The social pension: coefficient x the standard level, every month, the commune paying (Decree 176/2025). */
    SOCIAL_PENSION,
    /** Study-cost support: a monthly amount x the months of study, paid per semester. */
    STUDY_SUPPORT,
    /** One payment to every eligible resident on one date (a National Day-style gift). */
    ONE_OFF
}
