package org.dancu.cleansing.figures;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.dancu.cleansing.Criterion;
import org.dancu.cleansing.Sector;
import org.dancu.cleansing.evaluation.Verdict;
import org.dancu.security.SqlCondition;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Which records a drill-down list holds: those a figure counts. Every part left null selects all.
 * Only evaluated records are listed, as only they are counted; without a dataset, only the current
 * versions, as only they are in the figures; one dataset's list holds its records whatever version it is.
 *
 * @param dataset   one dataset (version)
 * @param commune   the record's scope commune, as the figures group it ({@value #NO_COMMUNE} for records without one)
 * @param placed    only records with a commune, as the steering indicators count them
 * @param criterion with {@code status}: records with that verdict on the criterion
 * @param allFour   true: records meeting all four criteria; false: records failing at least one
 */
public record RecordList(Long dataset, Sector sector, String agency, String commune, String period, boolean placed,
                         Criterion criterion, Verdict.Status status, Boolean allFour) {

    /** The commune of the records that have none. */
    public static final String NO_COMMUNE = "none";

    /** Blank parts, as a form or link sends them, select all. */
    public RecordList {
        agency = blankToNull(agency);
        commune = blankToNull(commune);
        period = blankToNull(period);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The records of one dataset version, optionally with a verdict on a criterion or meeting all four or not. */
    public static RecordList ofDataset(long dataset, Criterion criterion, Verdict.Status status, Boolean allFour) {
        return new RecordList(dataset, null, null, null, null, false, criterion, status, allFour);
    }

    /** The list's address, as the records page reads it ({@code /cleansing/records}); null parts are left out. */
    String address() {
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("sector", sector);
        parts.put("agency", agency);
        parts.put("commune", commune);
        parts.put("period", period);
        parts.put("placed", placed ? true : null);
        parts.put("criterion", criterion);
        parts.put("status", status);
        parts.put("allFour", allFour);
        UriComponentsBuilder address = UriComponentsBuilder.fromPath("/cleansing/records");
        parts.forEach((name, value) -> {
            if (value != null) {
                address.queryParam(name, value);
            }
        });
        return address.encode().build().toUriString();
    }

    public SqlCondition condition() {
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder sql = new StringBuilder("TRUE");
        if (dataset != null) {
            sql.append(" AND r.dataset_id = :list_dataset");
            parameters.put("list_dataset", dataset);
        }
        if (sector != null) {
            sql.append(" AND d.sector = :list_sector");
            parameters.put("list_sector", sector.name());
        }
        if (agency != null) {
            sql.append(" AND d.agency_code = :list_agency");
            parameters.put("list_agency", agency);
        }
        if (NO_COMMUNE.equals(commune)) {
            sql.append(" AND r.scope_commune IS NULL");
        } else if (commune != null) {
            sql.append(" AND r.scope_commune = :list_commune");
            parameters.put("list_commune", commune);
        }
        if (period != null) {
            sql.append(" AND d.period = :list_period");
            parameters.put("list_period", period);
        }
        SqlCondition condition = new SqlCondition(sql.toString(), parameters).and(RecordConditions.EVALUATED);
        if (dataset == null) {
            condition = condition.and(RecordConditions.IN_FIGURES);
        }
        if (placed) {
            condition = condition.and(RecordConditions.PLACED);
        }
        if (criterion != null && status != null) {
            condition = condition.and(RecordConditions.hasStatus(criterion, status));
        }
        if (allFour != null) {
            condition = condition.and(allFour ? RecordConditions.ALL_FOUR : RecordConditions.NOT_ALL_FOUR);
        }
        return condition;
    }
}
