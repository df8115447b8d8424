package org.dancu.audit.internal.web;

import java.time.LocalDate;
import java.time.ZoneId;

import org.dancu.audit.internal.LedgerSearch;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.util.StringUtils;

/** The auditor's filter as typed; dates are whole days in the display zone, both ends included. */
record LedgerFilterForm(String actor, String action, String objectId,
                        @DateTimeFormat(iso = ISO.DATE) LocalDate from,
                        @DateTimeFormat(iso = ISO.DATE) LocalDate to) {

    boolean reversed() {
        return from != null && to != null && to.isBefore(from);
    }

    LedgerSearch.Filter toFilter(ZoneId zone) {
        return new LedgerSearch.Filter(text(actor), text(action), null, text(objectId),
                from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant());
    }

    private static String text(String value) {
        return StringUtils.hasText(value) ? value.strip() : null;
    }
}
