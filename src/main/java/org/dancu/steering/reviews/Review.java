package org.dancu.steering.internal;

import java.time.LocalDate;
import java.util.List;

import org.dancu.steering.IndicatorDefinition;
import org.dancu.steering.Period;

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
