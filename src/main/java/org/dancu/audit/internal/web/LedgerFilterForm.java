package org.dancu.audit.internal.web;

import java.time.LocalDate;

import org.dancu.audit.internal.LedgerSearch;
import org.dancu.civil.ProvinceTime;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.util.StringUtils;

/** The auditor's filter as typed; dates are whole days of the province, both ends included. */
record LedgerFilterForm(String actor, String action, String objectId,
                        @DateTimeFormat(iso = ISO.DATE) LocalDate from,
                        @DateTimeFormat(iso = ISO.DATE) LocalDate to) {

    boolean reversed() {
        return from != null && to != null && to.isBefore(from);
    }

    LedgerSearch.Filter toFilter(ProvinceTime time) {
        return new LedgerSearch.Filter(text(actor), text(action), null, text(objectId),
                from == null ? null : time.startOf(from),
                to == null ? null : time.startOf(to.plusDays(1)));
    }

    private static String text(String value) {
        return StringUtils.hasText(value) ? value.strip() : null;
    }
}
