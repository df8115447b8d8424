package org.dancu.services.figures;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dancu.security.SqlCondition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The counts behind the services indicators, per month (in the province's time), commune as recorded
 * on the dossier, and procedure or handling agency: totals only, without scope, no personal data.
 */
@Component
class ServiceFiguresQuery {

    /** One month's count of a commune and procedure, or of a commune and agency (null: the commune's officers). */
    record MonthCount(YearMonth month, String communeCode, String key, long numerator, long denominator) {
    }

    private static final String MONTH = "to_char(%s AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM')";

    private final JdbcClient jdbc;

    ServiceFiguresQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Dossiers received, and those filed online (the portal or the national interconnection), by procedure. */
    List<MonthCount> filedOnline(Set<String> procedures, YearMonth from, YearMonth to, SqlCondition communes) {
        return communes.bind(jdbc.sql("SELECT " + MONTH.formatted("d.received_at") + ", d.commune_code,"
                        + " d.procedure_code, count(*) FILTER (WHERE d.channel <> 'COUNTER'), count(*)"
                        + " FROM services.dossier d WHERE d.procedure_code = ANY(:procedures)"
                        + " AND d.received_at >= :from AND d.received_at < :to AND" + communes.sql()
                        + " GROUP BY 1, 2, 3"))
                .param("procedures", procedures.toArray(String[]::new))
                .params(bounds(from, to))
                .query(ServiceFiguresQuery::row).list();
    }

    /** Legs ended (completed or refused), and those ended by their deadline, by the agency that ended them. */
    List<MonthCount> legsOnTime(YearMonth from, YearMonth to, SqlCondition communes) {
        return communes.bind(jdbc.sql("SELECT " + MONTH.formatted("l.finished_at") + ", l.commune_code,"
                        + " l.agency_code, count(*) FILTER (WHERE l.finished_at <= l.due), count(*)"
                        + " FROM services.leg l WHERE l.status IN ('COMPLETED', 'REFUSED')"
                        + " AND l.finished_at >= :from AND l.finished_at < :to AND" + communes.sql()
                        + " GROUP BY 1, 2, 3"))
                .params(bounds(from, to))
                .query(ServiceFiguresQuery::row).list();
    }

    /**
     * Of the components the state held (read from the register or an earlier result, or supplied by the
     * applicant although held), those the applicant still supplied, by procedure and month of receipt.
     */
    List<MonthCount> reAsked(YearMonth from, YearMonth to, SqlCondition communes) {
        return communes.bind(jdbc.sql("SELECT " + MONTH.formatted("d.received_at") + ", d.commune_code,"
                        + " d.procedure_code, count(*) FILTER (WHERE (c ->> 'reAsked')::boolean), count(*)"
                        + " FROM services.dossier d CROSS JOIN LATERAL jsonb_array_elements(d.components) c"
                        + " WHERE (c ->> 'source' IN ('REGISTER', 'RESULT') OR (c ->> 'reAsked')::boolean)"
                        + " AND d.received_at >= :from AND d.received_at < :to AND" + communes.sql()
                        + " GROUP BY 1, 2, 3"))
                .params(bounds(from, to))
                .query(ServiceFiguresQuery::row).list();
    }

    private static Map<String, Object> bounds(YearMonth from, YearMonth to) {
        return Map.of("from", from.atDay(1).atStartOfDay(org.dancu.civil.ProvinceTime.VIETNAM).toOffsetDateTime(),
                "to", to.plusMonths(1).atDay(1).atStartOfDay(org.dancu.civil.ProvinceTime.VIETNAM).toOffsetDateTime());
    }

    private static MonthCount row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new MonthCount(YearMonth.parse(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getLong(4),
                rs.getLong(5));
    }
}
