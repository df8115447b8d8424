package org.dancu.steering.reviews;

import java.time.LocalDate;
import java.util.List;
import org.dancu.steering.IndicatorDefinition;
import org.dancu.steering.Period;
import org.dancu.steering.dashboard.Dashboard;
import org.dancu.steering.figures.StoredValue;
import org.dancu.steering.tasks.SlowingAgencies;
import org.dancu.steering.tasks.TaskRisk;

/**
 * The six-monthly review of a period as stored: achieved results with comparisons, tasks behind
 * with their reasons, agencies showing signs of slowing and each indicator's commune table.
 */
record Review(Period period, String unitName, List<Dashboard.IndicatorLine> results, List<TaskRisk> tasksBehind,
              List<SlowingAgencies.Slowing> slowing, List<CommuneTable> communeTables, LocalDate producedOn) {

    record CommuneTable(IndicatorDefinition definition, List<CommuneRow> rows) {
    }

    record CommuneRow(String code, String name, StoredValue value) {
    }
}
