package org.dancu.steering.tasks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A task as submitted: every field is checked by {@link Task#open} before anything is stored. */
public record NewTask(String title, String leadAgency, List<String> coordinators, LocalDate deadline, String legalBasis,
               String indicatorCode, BigDecimal target) {
}
