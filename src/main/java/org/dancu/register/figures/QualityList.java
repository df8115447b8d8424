package org.dancu.register.figures;

import java.util.List;
import java.util.stream.Collectors;

import org.dancu.audit.AuditEntry;
import org.dancu.audit.AuditLedger;
import org.dancu.audit.Outcome;
import org.dancu.register.PersonSearch;
import org.dancu.register.PersonSummary;
import org.dancu.register.internal.AuditActions;
import org.dancu.security.CurrentStaff;
import org.dancu.security.SqlCondition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The persons behind a figure of the register's quality indicators, within the officer's scope in
 * SQL, page by page (keyset on the person id), selected by the very condition the figure counts with
 * ({@link RegisterQuality}). A page shows persons, so it is one ledger entry naming the list and the
 * ids shown, as a search is.
 */
@Service
class QualityList {

    /**
     * One page: the persons, how many the whole list holds within the officer's scope, and the last
     * person shown, from which the next page starts (null on the last page).
     */
    public record Page(List<PersonSummary> rows, long total, Long nextAfter) {
    }

    private final JdbcClient jdbc;
    private final CurrentStaff currentStaff;
    private final AuditLedger ledger;
    private final RegisterQuality quality;

    QualityList(JdbcClient jdbc, CurrentStaff currentStaff, AuditLedger ledger, RegisterQuality quality) {
        this.jdbc = jdbc;
        this.currentStaff = currentStaff;
        this.ledger = ledger;
        this.quality = quality;
    }

    /**
     * The page after the person {@code after} (null: the first page), or null when the indicator is
     * not one of the register's.
     */
    public Page list(String indicator, String currentCommune, Boolean meets, Long after, String origin) {
        SqlCondition persons = quality.persons(indicator, currentCommune, meets).orElse(null);
        if (persons == null) {
            return null;
        }
        SqlCondition condition = persons.and(currentStaff.scope().persons("p.person_id", "p.commune_code"));
        String from = " FROM register.person p WHERE" + condition.sql();
        long total = condition.bind(jdbc.sql("SELECT count(*)" + from)).query(Long.class).single();
        List<PersonSummary> rows = condition.bind(jdbc.sql("""
                        SELECT p.person_id, p.pin, p.full_name, p.birth_date, p.sex, p.commune_code,
                               p.current_commune_code""" + from
                        + " AND p.person_id > :after ORDER BY p.person_id LIMIT :limit"))
                .param("after", after == null ? 0L : after).param("limit", PersonSearch.PAGE_SIZE + 1)
                .query(PersonSummary.class).list();
        boolean more = rows.size() > PersonSearch.PAGE_SIZE;
        Page page = more ? new Page(rows.subList(0, PersonSearch.PAGE_SIZE), total,
                rows.get(PersonSearch.PAGE_SIZE - 1).personId()) : new Page(rows, total, null);
        ledger.record(new AuditEntry(currentStaff.actor(), AuditActions.SEARCH, "person", null, null,
                origin, Outcome.SUCCESS, "indicator=" + indicator + ", commune=" + (currentCommune == null ? "*"
                : currentCommune) + ", meets=" + (meets == null ? "*" : meets) + "; persons "
                + page.rows().stream().map(row -> String.valueOf(row.personId())).collect(Collectors.joining(" "))));
        return page;
    }
}
