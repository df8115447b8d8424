package org.dancu.steering.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A steering committee task as stored.
 *
 * @param indicatorCode the linked indicator, or null for a task followed by reports only
 * @param target        the value of the indicator that means done, with the indicator
 */
record Task(long id, String title, String leadAgency, List<String> coordinators, LocalDate deadline,
            String legalBasis, String indicatorCode, BigDecimal target, TaskStatus status, boolean demo) {

    enum TaskStatus { OPEN, DONE, CANCELLED }
}
