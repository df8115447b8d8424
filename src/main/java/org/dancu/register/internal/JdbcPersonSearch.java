package org.dancu.register.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.dancu.audit.AuditEntry;
import org.dancu.audit.AuditLedger;
import org.dancu.audit.Outcome;
import org.dancu.civil.ParseResult;
import org.dancu.civil.Sex;
import org.dancu.civil.Pin;
import org.dancu.civil.VietnameseText;
import org.dancu.register.InvalidSearchException;
import org.dancu.register.PersonCriteria;
import org.dancu.register.PersonSearch;
import org.dancu.register.PersonSummary;
import org.dancu.register.SearchPage;
import org.dancu.security.CurrentStaff;
import org.dancu.security.SqlCondition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Searches with the officer's scope inside the SQL. A name matches from the start of any word of
 * the ASCII key, so "van an", "Văn Ân" and "VĂN ÂN" find the same people; the condition is one
 * range over the word starts kept in {@code register.person_name_word} per birth year. A result
 * list shows persons, so it is one ledger entry naming the query and the ids returned.
 */
@Service
class JdbcPersonSearch implements PersonSearch {

    static final int MIN_NAME_LENGTH = 2;
    static final String SEARCH_ACTION = "register.person.search";
    /**
     * Without a birth year, the name is looked up in each year from the register's first to its last
     * (both read from the index's ends): one short range of the (birth_year, words) index per year.
     */
    private static final String EVERY_BIRTH_YEAR = "= ANY (ARRAY(SELECT generate_series(min(birth_year),"
            + " max(birth_year)) FROM register.person_name_word))";

    private final JdbcClient jdbc;
    private final CurrentStaff currentStaff;
    private final AuditLedger ledger;

    JdbcPersonSearch(JdbcClient jdbc, CurrentStaff currentStaff, AuditLedger ledger) {
        this.jdbc = jdbc;
        this.currentStaff = currentStaff;
        this.ledger = ledger;
    }

    @Override
    public SearchPage search(PersonCriteria criteria, String origin) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (criteria.hasPin()) {
            ParseResult<Pin, Pin.Invalid> pin = Pin.parse(criteria.pin());
            if (!pin.isValid()) {
                throw new InvalidSearchException("register.search.error.pin." + pin.reason().name());
            }
            conditions.add("p.pin = :pin");
            parameters.put("pin", pin.value().value());
        } else {
            String key = criteria.name() == null ? "" : VietnameseText.asciiKey(criteria.name());
            if (key.length() < MIN_NAME_LENGTH) {
                throw new InvalidSearchException("register.search.error.criteria");
            }
            filter(key, criteria.birthYear(), criteria.sex(), conditions, parameters);
            if (criteria.communeCode() != null && !criteria.communeCode().isBlank()) {
                conditions.add("p.commune_code IN (SELECT commune_code FROM locality.scope_commune"
                        + " WHERE scope_code = :commune)");
                parameters.put("commune", criteria.communeCode().strip());
            }
        }
        SqlCondition inScope = currentStaff.scope().communes("p.commune_code");
        conditions.add(inScope.sql());
        var statement = inScope.bind(jdbc.sql("""
                SELECT p.person_id, p.pin, p.full_name, p.birth_date, p.sex, p.commune_code
                FROM register.person p
                WHERE\s""" + String.join(" AND ", conditions) + """

                ORDER BY p.name_key, p.birth_year, p.person_id
                LIMIT :limit OFFSET :offset"""));
        parameters.put("limit", PAGE_SIZE + 1);
        parameters.put("offset", criteria.page() * PAGE_SIZE);
        List<PersonSummary> rows = statement.params(parameters).query(PersonSummary.class).list();
        boolean more = rows.size() > PAGE_SIZE;
        SearchPage page = new SearchPage(more ? rows.subList(0, PAGE_SIZE) : rows, criteria.page(), more);
        audit(criteria, page, origin);
        return page;
    }

    /** One entry for the whole list: the query's shape (no name or ID) and the ids of the persons shown. */
    private void audit(PersonCriteria criteria, SearchPage page, String origin) {
        String shown = page.rows().stream().map(row -> String.valueOf(row.personId()))
                .collect(Collectors.joining(" "));
        ledger.record(new AuditEntry(currentStaff.actor(), SEARCH_ACTION, "person", null, null, origin,
                Outcome.SUCCESS, criteria.describe() + "; persons " + shown));
    }

    /**
     * Adds the conditions on a name's ASCII key (from the start of any word; none when the key is
     * empty), birth year and sex that the search and the export share.
     */
    static void filter(String nameKey, Integer birthYear, Sex sex, List<String> conditions,
                       Map<String, Object> parameters) {
        if (birthYear != null) {
            conditions.add("p.birth_year = :birth_year");
            parameters.put("birth_year", birthYear);
        }
        if (!nameKey.isEmpty()) {
            // register.person_name_word holds each key from every word start (V12__register_name_search.sql)
            conditions.add("p.person_id IN (SELECT w.person_id FROM register.person_name_word w WHERE w.words LIKE"
                    + " :name_start AND w.birth_year " + (birthYear == null ? EVERY_BIRTH_YEAR : "= :birth_year") + ")");
            parameters.put("name_start", escapeLike(nameKey) + "%");
        }
        if (sex != null) {
            conditions.add("p.sex = :sex");
            parameters.put("sex", SexCode.of(sex));
        }
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
