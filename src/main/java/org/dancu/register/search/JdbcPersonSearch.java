package org.dancu.register.search;

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
import org.dancu.register.internal.AuditActions;
import org.dancu.security.CurrentStaff;
import org.dancu.security.SqlCondition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Searches with the officer's scope inside the SQL. A name matches from the start of any word of
 * the ASCII key, so "van an", "Văn Ân" and "VĂN ÂN" find the same people, closest first: ranges over
 * the word starts kept in {@code register.person_name_word}, read in rank order. A result list shows
 * persons, so it is one ledger entry naming the query and the ids returned.
 */
@Service
class JdbcPersonSearch implements PersonSearch {

    static final int MIN_NAME_LENGTH = 2;
    private static final String SUMMARY =
            "person_id, pin, full_name, birth_date, sex, commune_code, current_commune_code";
    /**
     * Persons whose key has a word start in [{@code :name_from}, {@code :name_to}) (the words that start
     * with the typed key, byte by byte as the rank index of V18 orders them), at most {@code :upto} from
     * each place, a person at its earliest place only. The first {@code %s} takes the conditions on
     * {@code w} and {@code p}, the second the order within a place or nothing (for the count), the third
     * how the word starts are found ({@link #ANY_YEAR} or {@link #ONE_YEAR}). The words are read in a
     * subquery of their own and each person checked in a lateral one, so the word index drives the plan
     * and the scan stops after the rows needed, whatever the planner estimates for a bound range (a
     * scope joined first made it read and sort every match of "thi").
     */
    private static final String RANKED_MATCHES = """
            generate_series(0, (SELECT max(word_position) FROM register.person_name_word)) AS place
            CROSS JOIN LATERAL (
                SELECT p.person_id, p.pin, p.full_name, p.birth_date, p.sex, p.commune_code, p.current_commune_code,
                       w.birth_year, w.words
                FROM (SELECT w.person_id, w.birth_year, (w.words COLLATE "C") AS words
                      FROM register.person_name_word w
                      WHERE w.word_position = place AND %3$s
                      %2$s) w
                CROSS JOIN LATERAL (
                    SELECT p.* FROM register.person p
                    WHERE p.person_id = w.person_id
                      AND NOT EXISTS (SELECT FROM register.person_name_word e WHERE e.person_id = w.person_id
                                      AND e.word_position < place AND (e.words COLLATE "C") LIKE :name_start)
                      AND %1$s) p
                %2$s
                LIMIT :upto) m""";
    /** Word starts of any birth year: a range of the rank index, in its order. */
    private static final String ANY_YEAR = "(w.words COLLATE \"C\") >= :name_from AND (w.words COLLATE \"C\") < :name_to";
    /**
     * Word starts of one birth year: a range of the (birth year, words) index, a few dozen rows to order, instead
     * of every year's matches read in rank order and dropped one by one.
     */
    private static final String ONE_YEAR = "w.birth_year = :birth_year AND w.words LIKE :name_start";
    /** The rank within a place: the rest of the name from the typed key, birth year, id, as V18 indexes them. */
    private static final String PLACE_ORDER = "ORDER BY words, birth_year, person_id";
    /**
     * The export's name condition without a birth year looks the name up in each year from the register's
     * first to its last (both read from the index's ends): one short range of the (birth_year, words)
     * index per year.
     */
    private static final String EVERY_BIRTH_YEAR = "= ANY (ARRAY(SELECT generate_series(min(birth_year),"
            + " max(birth_year)) FROM register.person_name_word))";

    /**
     * PostgreSQL cannot estimate a bound range of a C-collated word (its statistics are of the column's own
     * collation), takes it for a row or two, and then sorts every match of a place after checking each person,
     * instead of reading the rank index in its order and stopping after the page: 707 persons checked and sorted
     * per place for "nguyen van" at 650,000 persons (76–136 ms), against 2 ms read in order. Within the search's
     * own read-only transaction an explicit sort is therefore priced out; an incremental sort over the index's
     * order stays allowed.
     */
    private static final String READ_IN_INDEX_ORDER = "SET LOCAL enable_sort = off";

    private final JdbcClient jdbc;
    private final CurrentStaff currentStaff;
    private final AuditLedger ledger;
    private final TransactionTemplate inIndexOrder;

    JdbcPersonSearch(JdbcClient jdbc, CurrentStaff currentStaff, AuditLedger ledger,
                     PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.currentStaff = currentStaff;
        this.ledger = ledger;
        this.inIndexOrder = new TransactionTemplate(transactions);
        this.inIndexOrder.setReadOnly(true);
    }

    @Override
    public SearchPage search(PersonCriteria criteria, String origin) {
        SqlCondition inScope = currentStaff.scope().persons("p.person_id", "p.commune_code");
        SearchPage page = criteria.hasPin() ? byPin(criteria.pin(), inScope) : byName(criteria, inScope);
        audit(criteria, page, origin);
        return page;
    }

    private SearchPage byPin(String typed, SqlCondition inScope) {
        ParseResult<Pin, Pin.Invalid> pin = Pin.parse(typed);
        if (!pin.isValid()) {
            throw new InvalidSearchException("register.search.error.pin." + pin.reason().name());
        }
        List<PersonSummary> rows = inScope.bind(jdbc.sql("SELECT " + SUMMARY + " FROM register.person p"
                        + " WHERE p.pin = :pin AND " + inScope.sql()))
                .param("pin", pin.value().value()).query(PersonSummary.class).list();
        return new SearchPage(rows, 0, false, rows.size());
    }

    /**
     * The closest names first (docs/register.md, "Ranking"): for each place in the name where the
     * typed key can start a word (0 for the whole name, 1 from its second word …), the first matches
     * of that place in the order of the rank index, a person counted at its earliest place only. Each
     * place's scan stops after the rows the page needs, so a common syllable costs no more than a rare one.
     */
    private SearchPage byName(PersonCriteria criteria, SqlCondition inScope) {
        String key = criteria.name() == null ? "" : VietnameseText.asciiKey(criteria.name());
        if (key.length() < MIN_NAME_LENGTH) {
            throw new InvalidSearchException("register.search.error.criteria");
        }
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        personFilters(criteria.birthYear(), criteria.sex(), conditions, parameters);
        if (criteria.communeCode() != null && !criteria.communeCode().isBlank()) {
            conditions.add("p.commune_code IN (SELECT commune_code FROM locality.scope_commune"
                    + " WHERE scope_code = :commune)");
            parameters.put("commune", criteria.communeCode().strip());
        }
        conditions.add(inScope.sql());
        parameters.putAll(inScope.parameters());
        parameters.put("name_start", escapeLike(key) + "%");
        parameters.put("name_from", key);
        parameters.put("name_to", key.substring(0, key.length() - 1) + (char) (key.charAt(key.length() - 1) + 1));
        String where = String.join(" AND ", conditions);
        String words = criteria.birthYear() == null ? ANY_YEAR : ONE_YEAR;
        int shown = (criteria.page() + 1) * PAGE_SIZE + 1;
        return inIndexOrder.execute(status -> {
            jdbc.sql(READ_IN_INDEX_ORDER).update();
            try {
                return ranked(criteria, where, words, parameters, shown);
            } finally {
                // a caller's own transaction, which this one may have joined, plans as before
                jdbc.sql("RESET enable_sort").update();
            }
        });
    }

    /** The page of the closest names and the count, within the transaction that reads in index order. */
    private SearchPage ranked(PersonCriteria criteria, String where, String words, Map<String, Object> parameters,
                              int shown) {
        List<PersonSummary> rows = jdbc.sql("SELECT " + SUMMARY + " FROM "
                        + RANKED_MATCHES.formatted(where, PLACE_ORDER, words)
                        + " ORDER BY place, m.words, m.birth_year, m.person_id LIMIT :limit OFFSET :offset")
                .params(parameters).param("upto", shown).param("limit", PAGE_SIZE + 1)
                .param("offset", criteria.page() * PAGE_SIZE).query(PersonSummary.class).list();
        int found = jdbc.sql("SELECT count(*) FROM (SELECT FROM " + RANKED_MATCHES.formatted(where, "", words)
                        + " LIMIT :upto) c")
                .params(parameters).param("upto", SearchPage.COUNT_LIMIT + 1).query(Integer.class).single();
        boolean more = rows.size() > PAGE_SIZE;
        return new SearchPage(more ? rows.subList(0, PAGE_SIZE) : rows, criteria.page(), more, found);
    }

    /** One entry for the whole list: the query's shape (no name or ID) and the ids of the persons shown. */
    private void audit(PersonCriteria criteria, SearchPage page, String origin) {
        String shown = page.rows().stream().map(row -> String.valueOf(row.personId()))
                .collect(Collectors.joining(" "));
        ledger.record(new AuditEntry(currentStaff.actor(), AuditActions.SEARCH, "person", null, null, origin,
                Outcome.SUCCESS, criteria.describe() + "; persons " + shown));
    }

    /**
     * Adds the export's conditions on a name's ASCII key (from the start of any word; none when the
     * key is empty), birth year and sex.
     */
    static void filter(String nameKey, Integer birthYear, Sex sex, List<String> conditions,
                       Map<String, Object> parameters) {
        personFilters(birthYear, sex, conditions, parameters);
        if (!nameKey.isEmpty()) {
            // register.person_name_word holds each key from every word start (V12__register_name_search.sql)
            conditions.add("p.person_id IN (SELECT w.person_id FROM register.person_name_word w WHERE w.words LIKE"
                    + " :name_start AND w.birth_year " + (birthYear == null ? EVERY_BIRTH_YEAR : "= :birth_year") + ")");
            parameters.put("name_start", escapeLike(nameKey) + "%");
        }
    }

    /** The birth year and sex conditions on the person {@code p} that the search and the export share. */
    private static void personFilters(Integer birthYear, Sex sex, List<String> conditions,
                                      Map<String, Object> parameters) {
        if (birthYear != null) {
            conditions.add("p.birth_year = :birth_year");
            parameters.put("birth_year", birthYear);
        }
        if (sex != null) {
            conditions.add("p.sex = :sex");
            parameters.put("sex", sex.code());
        }
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
