package org.dancu.payments.cycles;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.dancu.payments.CycleStatus;
import org.dancu.security.Scope;
import org.dancu.security.SqlCondition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The cycles an officer sees (those of the programmes their agency pays; every programme for a province
 * officer), with what the pages show of them: their lines by status and channel, and their files.
 */
@Component
class CycleListQuery {

    /** A cycle as the list shows it. */
    record Row(long id, String programmeCode, String programmeVi, String programmeEn, String period, LocalDate paysOn,
               LocalDate cutOff, CycleStatus status, Integer lineCount, Long controlSum, String preparedBy,
               String approvedBy, String payingAgency) {
    }

    /** How many lines, of what sum, stand in one status through one channel. */
    record LineGroup(String status, String channel, long lines, long sum) {
    }

    /** A pain.001 file of the cycle. */
    record File(String messageId, String bankBin, int lines, long sum) {
    }

    private static final String SELECT = """
            SELECT c.id, c.programme_code, p.name_vi, p.name_en, c.period, c.pays_on, c.cut_off, c.status, c.line_count,
                   c.control_sum, c.prepared_by, c.approved_by, p.paying_agency
            FROM payments.cycle c JOIN payments.programme p ON p.code = c.programme_code
            """;

    private final JdbcClient jdbc;

    CycleListQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Row> visibleTo(Scope scope) {
        SqlCondition agency = scope.agency("p.paying_agency");
        return agency.bind(jdbc.sql(SELECT + " WHERE " + agency.sql() + " ORDER BY c.pays_on DESC, c.programme_code"
                + " LIMIT 200")).query((rs, i) -> row(rs)).list();
    }

    Optional<Row> find(Scope scope, long id) {
        SqlCondition agency = scope.agency("p.paying_agency");
        return agency.bind(jdbc.sql(SELECT + " WHERE c.id = :id AND " + agency.sql()).param("id", id))
                .query((rs, i) -> row(rs)).optional();
    }

    /** Whether the scope sees the cycles of programmes that agency pays, as {@link Scope#agency} decides in SQL. */
    boolean mayPay(Scope scope, String payingAgency) {
        return scope.agencyCode() != null ? scope.agencyCode().equals(payingAgency) : scope.localityCode() != null;
    }

    /** The open cycles whose cut-off day is over, oldest first. */
    List<Long> openPastCutOff(LocalDate today) {
        return jdbc.sql("SELECT id FROM payments.cycle WHERE status = 'OPEN' AND cut_off < :today ORDER BY id")
                .param("today", today).query(Long.class).list();
    }

    List<LineGroup> lines(long cycleId) {
        return jdbc.sql("""
                        SELECT status, channel, count(*), sum(amount) FROM payments.line WHERE cycle_id = :cycle
                        GROUP BY status, channel ORDER BY status, channel""")
                .param("cycle", cycleId)
                .query((rs, i) -> new LineGroup(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4))).list();
    }

    List<File> files(long cycleId) {
        return jdbc.sql("""
                        SELECT message_id, bank_bin, nb_of_txs, ctrl_sum FROM payments.message
                        WHERE cycle_id = :cycle AND direction = 'OUT' AND type = 'pain.001' ORDER BY id""")
                .param("cycle", cycleId)
                .query((rs, i) -> new File(rs.getString(1), rs.getString(2).strip(), rs.getInt(3), rs.getLong(4))).list();
    }

    private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class), CycleStatus.valueOf(rs.getString(8)),
                (Integer) rs.getObject(9), (Long) rs.getObject(10), rs.getString(11), rs.getString(12), rs.getString(13));
    }
}
