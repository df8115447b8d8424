package org.dancu.payments.figures;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.dancu.payments.ProgrammeFamily;
import org.dancu.security.SqlCondition;
import org.dancu.steering.Period;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Which lines a drill-down list holds: those a figure of a non-cash indicator counts, with the very
 * conditions of the count ({@link PaidLines}).
 *
 * @param indicator one of the payments indicators
 * @param period    the period the lines were paid in
 * @param commune   a current commune: its lines under its own code or a former commune's; null for the province
 * @param agency    one paying agency, or null for all
 * @param nonCash   true: the numerator's lines (credited to an account or wallet); false: the denominator's
 */
record PaidLineList(String indicator, Period period, String commune, String agency, boolean nonCash) {

    static final String PATH = "/payments/figures/lines";

    /** The list's address, as the page reads it; parts left null are left out. */
    String address() {
        return address(null);
    }

    /** The address of the page after the line {@code after} (null: the first page). */
    String address(Long after) {
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("indicator", indicator);
        parts.put("period", period.code());
        parts.put("commune", commune);
        parts.put("agency", agency);
        parts.put("nonCash", nonCash ? true : null);
        parts.put("after", after);
        UriComponentsBuilder address = UriComponentsBuilder.fromPath(PATH);
        parts.forEach((name, value) -> {
            if (value != null) {
                address.queryParam(name, value);
            }
        });
        return address.encode().build().toUriString();
    }

    /** The lines of this list (without the officer's scope, which the caller adds). */
    SqlCondition condition() {
        ProgrammeFamily family = PaidLines.family(indicator)
                .orElseThrow(() -> new IllegalArgumentException("payments does not count " + indicator));
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder sql = new StringBuilder("l.paid_on BETWEEN :list_first AND :list_last");
        parameters.put("list_first", period.firstDay());
        parameters.put("list_last", period.lastDay());
        if (commune != null) {
            sql.append(" AND l.commune_code IN (SELECT commune_code FROM locality.scope_commune"
                    + " WHERE scope_code = :list_commune)");
            parameters.put("list_commune", commune);
        }
        if (agency != null) {
            sql.append(" AND p.paying_agency = :list_agency");
            parameters.put("list_agency", agency);
        }
        if (nonCash) {
            sql.append(" AND ").append(PaidLines.NON_CASH);
        }
        return PaidLines.of(family).and(new SqlCondition(sql.toString(), parameters));
    }
}
