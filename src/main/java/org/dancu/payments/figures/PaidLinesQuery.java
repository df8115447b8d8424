package org.dancu.payments.figures;

import java.time.LocalDate;
import java.util.List;

import org.dancu.payments.ProgrammeFamily;
import org.dancu.security.SqlCondition;
import org.dancu.steering.Period;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The paid lines behind the non-cash indicators: counted per period, commune as recorded on the line and
 * paying agency (totals only, no personal data), and listed page by page for the drill-down.
 */
@Component
class PaidLinesQuery {

    /** The lines of a period, commune and agency: credited to an account or wallet, and paid in either way. */
    record Count(String period, String communeCode, String agency, long nonCash, long paid) {
    }

    /** One line as the drill-down shows it. */
    record Row(long id, String endToEndId, String pin, String communeCode, String programmeVi, String programmeEn,
               long amount, String channel, String status, LocalDate paidOn) {
    }

    /** One page of a list, its total, and where the next page starts (null: none). */
    record Page(List<Row> rows, long total, Long nextAfter) {
    }

    static final int PAGE = 50;

    private final JdbcClient jdbc;

    PaidLinesQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The family's paid lines counted per period: first per month, commune and agency, then each month
     * added to every period that holds it, in one statement.
     *
     * @param communes which lines by their commune (TRUE for all)
     */
    List<Count> count(ProgrammeFamily family, List<Period> periods, SqlCondition communes) {
        if (periods.isEmpty()) {
            return List.of();
        }
        SqlCondition lines = PaidLines.of(family).and(communes);
        return lines.bind(jdbc.sql("WITH months AS (SELECT date_trunc('month', l.paid_on)::date AS month,"
                        + " l.commune_code, p.paying_agency, count(*) FILTER (WHERE " + PaidLines.NON_CASH
                        + ") AS non_cash, count(*) AS paid" + PaidLines.FROM + "WHERE" + lines.sql()
                        + " AND l.paid_on BETWEEN :first AND :last GROUP BY 1, 2, 3)"
                        + " SELECT pr.code, m.commune_code, m.paying_agency, sum(m.non_cash), sum(m.paid)"
                        + " FROM months m JOIN unnest(CAST(:codes AS text[]), CAST(:firsts AS date[]),"
                        + " CAST(:lasts AS date[])) AS pr (code, first_day, last_day)"
                        + " ON m.month BETWEEN pr.first_day AND pr.last_day GROUP BY 1, 2, 3"))
                .param("first", periods.stream().map(Period::firstDay).min(LocalDate::compareTo).orElseThrow())
                .param("last", periods.stream().map(Period::lastDay).max(LocalDate::compareTo).orElseThrow())
                .param("codes", periods.stream().map(Period::code).toArray(String[]::new))
                .param("firsts", periods.stream().map(p -> p.firstDay().toString()).toArray(String[]::new))
                .param("lasts", periods.stream().map(p -> p.lastDay().toString()).toArray(String[]::new))
                .query((rs, i) -> new Count(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getLong(5)))
                .list();
    }

    /** The page of lines after the line {@code after} (null: the first page) of those the condition selects. */
    Page list(SqlCondition lines, Long after) {
        String from = PaidLines.FROM + "WHERE" + lines.sql();
        long total = lines.bind(jdbc.sql("SELECT count(*)" + from)).query(Long.class).single();
        List<Row> rows = lines.bind(jdbc.sql("""
                        SELECT l.id, l.end_to_end_id, l.pin, l.commune_code, p.name_vi AS programme_vi,
                               p.name_en AS programme_en, l.amount,
                               l.channel, l.status, l.paid_on""" + from
                        + " AND l.id > :after ORDER BY l.id LIMIT " + (PAGE + 1)))
                .param("after", after == null ? 0L : after)
                .query(Row.class).list();
        return rows.size() > PAGE ? new Page(rows.subList(0, PAGE), total, rows.get(PAGE - 1).id())
                : new Page(rows, total, null);
    }
}
