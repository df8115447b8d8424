package org.dancu.services.flow;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dancu.civil.Pin;
import org.dancu.results.ResultCode;
import org.dancu.security.Scope;
import org.dancu.security.SqlCondition;
import org.dancu.services.Channel;
import org.dancu.services.ComponentSource;
import org.dancu.services.DossierCode;
import org.dancu.services.DossierStateException;
import org.dancu.services.DossierStatus;
import org.dancu.services.Handler;
import org.dancu.services.LegStatus;
import org.dancu.services.ProcedureCode;
import org.dancu.services.SuppliedComponent;
import org.dancu.workdays.Suspension;
import org.dancu.workdays.TimeLimit;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dossiers, as a collection: add a new one, find one by code or by the sender's idempotency key,
 * save what changed. Saving checks the version it read (a concurrent change makes it throw, nothing
 * stored), appends the new timeline entries and publishes the events the dossier registered, in the
 * saving transaction.
 */
@Repository
class DossierRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, String>> TEXTS = new TypeReference<>() { };
    private static final TypeReference<List<String>> KEYS = new TypeReference<>() { };
    private static final TypeReference<List<ComponentJson>> COMPONENTS = new TypeReference<>() { };
    private static final TypeReference<List<HandlerJson>> HANDLERS = new TypeReference<>() { };
    private static final TypeReference<List<SuspensionJson>> SUSPENSIONS = new TypeReference<>() { };

    private static final String DOSSIER = "SELECT code, version, procedure_code, channel, applicant_pin, subject_pin,"
            + " commune_code, status, received_at, declaration, components, filed_by, idempotency_key, process_id,"
            + " closed_at, rating, rated_at FROM services.dossier";
    private static final String LEG = "SELECT dossier_code, leg_key, position, procedure_code, status, steps, step,"
            + " assignee, limit_amount, limit_unit, extension_days, suspensions, started_at, due, suspended_on, missing,"
            + " complete_by, late, new_appointment, reason, result_code, finished_at, first_leg FROM services.leg";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher publisher;

    DossierRepository(JdbcClient jdbc, ApplicationEventPublisher publisher) {
        this.jdbc = jdbc;
        this.publisher = publisher;
    }

    /** The next dossier code ({@link DossierCode#of}). */
    DossierCode nextCode(String provinceCode, int year) {
        long number = jdbc.sql("SELECT nextval('services.dossier_number')").query(Long.class).single();
        return DossierCode.of(provinceCode, year, number);
    }

    /** Stores a new dossier with its legs and publishes what it registered. */
    @Transactional
    void add(Dossier dossier) {
        jdbc.sql("""
                        INSERT INTO services.dossier (code, version, procedure_code, channel, applicant_pin, subject_pin,
                               commune_code, status, received_at, declaration, components, filed_by, idempotency_key,
                               process_id)
                        VALUES (:code, 0, :procedure, :channel, :applicant, :subject, :commune, :status, :received,
                                CAST(:declaration AS jsonb), CAST(:components AS jsonb), :filedBy, :key, :process)""")
                .param("code", dossier.code().value()).param("procedure", dossier.procedure().value())
                .param("channel", dossier.channel().name()).param("applicant", dossier.applicant().value())
                .param("subject", dossier.subject() == null ? null : dossier.subject().value())
                .param("commune", dossier.communeCode()).param("status", dossier.status().name())
                .param("received", Timestamp.from(dossier.receivedAt()))
                .param("declaration", JSON.writeValueAsString(dossier.declaration()))
                .param("components", JSON.writeValueAsString(dossier.components().stream().map(ComponentJson::of).toList()))
                .param("filedBy", dossier.filedBy()).param("key", dossier.idempotencyKey())
                .param("process", dossier.processId())
                .update();
        for (Leg leg : dossier.legs()) {
            jdbc.sql("""
                            INSERT INTO services.leg (dossier_code, leg_key, position, first_leg, procedure_code, channel, commune_code,
                                   received_at, status, steps, step, handler_kind, agency_code, limit_amount, limit_unit,
                                   started_at, due)
                            VALUES (:code, :key, :position, :first, :procedure, :channel, :commune, :received, :status,
                                    CAST(:steps AS jsonb), 0, :kind, :agency, :amount, :unit, :started, :due)""")
                    .param("code", dossier.code().value()).param("key", leg.key).param("position", leg.position)
                    .param("first", leg.first)
                    .param("procedure", leg.procedure.value()).param("channel", dossier.channel().name())
                    .param("commune", dossier.communeCode()).param("received", Timestamp.from(dossier.receivedAt()))
                    .param("status", leg.status.name())
                    .param("steps", JSON.writeValueAsString(leg.steps.stream().map(HandlerJson::of).toList()))
                    .param("kind", leg.handler().kind().name()).param("agency", leg.handler().agencyCode())
                    .param("amount", leg.limit.amount()).param("unit", leg.limit.unit().name())
                    .param("started", timestamp(leg.startedAt)).param("due", timestamp(leg.due))
                    .update();
        }
        appendTimeline(dossier);
        publish(dossier);
    }

    Optional<Dossier> find(DossierCode code) {
        return jdbc.sql(DOSSIER + " WHERE code = :code").param("code", code.value()).query(this::dossierRow).optional()
                .map(row -> row.with(legsOf(List.of(code.value())).getOrDefault(code.value(), List.of())));
    }

    /** The dossier first filed with the sender's idempotency key, if any. */
    Optional<DossierCode> findByIdempotencyKey(String key) {
        return jdbc.sql("SELECT code FROM services.dossier WHERE idempotency_key = :key").param("key", key)
                .query((rs, i) -> new DossierCode(rs.getString(1))).optional();
    }

    /** Is the dossier's commune within the scope (the officers' rule, in SQL)? */
    boolean inScope(DossierCode code, Scope scope) {
        SqlCondition condition = scope.communes("d.commune_code");
        return condition.bind(jdbc.sql("SELECT EXISTS (SELECT 1 FROM services.dossier d WHERE d.code = :code AND"
                + condition.sql() + ")").param("code", code.value())).query(Boolean.class).single();
    }

    /** The applicant's dossiers, newest first. */
    List<Dossier> ofApplicant(Pin applicant) {
        List<DossierRow> rows = jdbc.sql(DOSSIER + " WHERE applicant_pin = :pin ORDER BY received_at DESC, code DESC")
                .param("pin", applicant.value()).query(this::dossierRow).list();
        Map<String, List<Leg>> legs = legsOf(rows.stream().map(r -> r.code.value()).toList());
        return rows.stream().map(r -> r.with(legs.getOrDefault(r.code.value(), List.of()))).toList();
    }

    /**
     * Stores the dossier's and its legs' state if nobody changed it since it was read, appends its new
     * timeline entries and publishes its events.
     *
     * @throws DossierStateException when it changed meanwhile; nothing is stored
     */
    @Transactional
    void save(Dossier dossier) {
        int updated = jdbc.sql("""
                        UPDATE services.dossier SET version = version + 1, status = :status, process_id = :process,
                               closed_at = :closed, rating = :rating, rated_at = :rated
                        WHERE code = :code AND version = :version""")
                .param("status", dossier.status().name()).param("process", dossier.processId())
                .param("closed", timestamp(dossier.closedAt())).param("rating", dossier.rating())
                .param("rated", timestamp(dossier.ratedAt()))
                .param("code", dossier.code().value()).param("version", dossier.version()).update();
        if (updated == 0) {
            throw new DossierStateException("services.dossier.state.changed", dossier.code());
        }
        for (Leg leg : dossier.legs()) {
            jdbc.sql("""
                            UPDATE services.leg SET status = :status, step = :step, handler_kind = :kind, agency_code = :agency,
                                   assignee = :assignee, extension_days = :extension, suspensions = CAST(:suspensions AS jsonb),
                                   started_at = :started, due = :due, suspended_on = :suspendedOn,
                                   missing = CAST(:missing AS jsonb), complete_by = :completeBy, late = :late,
                                   new_appointment = :appointment, reason = :reason, result_code = :result,
                                   finished_at = :finished
                            WHERE dossier_code = :code AND leg_key = :key""")
                    .param("status", leg.status.name()).param("step", leg.step)
                    .param("kind", leg.handler().kind().name()).param("agency", leg.handler().agencyCode())
                    .param("assignee", leg.assignee).param("extension", leg.extensionDays)
                    .param("suspensions", JSON.writeValueAsString(leg.suspensions.stream().map(SuspensionJson::of).toList()))
                    .param("started", timestamp(leg.startedAt)).param("due", timestamp(leg.due))
                    .param("suspendedOn", leg.suspendedOn)
                    .param("missing", leg.missing == null ? null : JSON.writeValueAsString(leg.missing))
                    .param("completeBy", timestamp(leg.completeBy)).param("late", leg.late)
                    .param("appointment", timestamp(leg.newAppointment)).param("reason", leg.reason)
                    .param("result", leg.result == null ? null : leg.result.value())
                    .param("finished", timestamp(leg.finishedAt))
                    .param("code", dossier.code().value()).param("key", leg.key).update();
        }
        appendTimeline(dossier);
        publish(dossier);
    }

    private void appendTimeline(Dossier dossier) {
        for (Dossier.TimelineEntry entry : dossier.newTimeline()) {
            jdbc.sql("""
                            INSERT INTO services.timeline (dossier_code, leg_key, at, actor, kind, note)
                            VALUES (:code, :leg, :at, :actor, :kind, :note)""")
                    .param("code", dossier.code().value()).param("leg", entry.legKey())
                    .param("at", Timestamp.from(entry.at())).param("actor", entry.actor())
                    .param("kind", entry.kind()).param("note", entry.note()).update();
        }
    }

    private void publish(Dossier dossier) {
        dossier.events().forEach(publisher::publishEvent);
        dossier.clearChanges();
    }

    private Map<String, List<Leg>> legsOf(List<String> codes) {
        Map<String, List<Leg>> legs = new HashMap<>();
        if (codes.isEmpty()) {
            return legs;
        }
        jdbc.sql(LEG + " WHERE dossier_code IN (:codes) ORDER BY dossier_code, position").param("codes", codes)
                .query(rs -> {
                    legs.computeIfAbsent(rs.getString(1), c -> new ArrayList<>()).add(leg(rs));
                });
        return legs;
    }

    private DossierRow dossierRow(ResultSet rs, int row) throws SQLException {
        String subject = rs.getString(6);
        List<SuppliedComponent> components = JSON.readValue(rs.getString(11), COMPONENTS).stream()
                .map(ComponentJson::component).toList();
        return new DossierRow(new DossierCode(rs.getString(1)), rs.getLong(2), new ProcedureCode(rs.getString(3)),
                Channel.valueOf(rs.getString(4)), Pin.of(rs.getString(5)), subject == null ? null : Pin.of(subject),
                rs.getString(7), DossierStatus.valueOf(rs.getString(8)), instant(rs, 9),
                JSON.readValue(rs.getString(10), TEXTS), components, rs.getString(12), rs.getString(13),
                rs.getString(14), instant(rs, 15), (Integer) rs.getObject(16), instant(rs, 17));
    }

    private static Leg leg(ResultSet rs) throws SQLException {
        String missing = rs.getString(16);
        String result = rs.getString(21);
        return new Leg(rs.getString(2), rs.getInt(3), new ProcedureCode(rs.getString(4)),
                JSON.readValue(rs.getString(6), HANDLERS).stream().map(HandlerJson::handler).toList(),
                new TimeLimit(rs.getInt(9), TimeLimit.Unit.valueOf(rs.getString(10))),
                rs.getBoolean(23), LegStatus.valueOf(rs.getString(5)), rs.getInt(7), rs.getString(8),
                rs.getInt(11), JSON.readValue(rs.getString(12), SUSPENSIONS).stream().map(SuspensionJson::suspension)
                .toList(), instant(rs, 13), instant(rs, 14), rs.getObject(15, LocalDate.class),
                missing == null ? null : JSON.readValue(missing, KEYS), instant(rs, 17), rs.getBoolean(18),
                instant(rs, 19), rs.getString(20), result == null ? null : ResultCode.parse(result), instant(rs, 22));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private record DossierRow(DossierCode code, long version, ProcedureCode procedure, Channel channel, Pin applicant,
                              Pin subject, String communeCode, DossierStatus status, Instant receivedAt,
                              Map<String, String> declaration, List<SuppliedComponent> components, String filedBy,
                              String idempotencyKey, String processId, Instant closedAt, Integer rating,
                              Instant ratedAt) {
        Dossier with(List<Leg> legs) {
            return new Dossier(code, version, procedure, channel, applicant, subject, communeCode, receivedAt,
                    declaration, components, filedBy, idempotencyKey, legs, status, processId, closedAt, rating,
                    ratedAt);
        }
    }

    private record ComponentJson(String key, String source, String reference, boolean reAsked) {
        static ComponentJson of(SuppliedComponent c) {
            return new ComponentJson(c.key(), c.source().name(), c.reference(), c.reAsked());
        }

        SuppliedComponent component() {
            return new SuppliedComponent(key, ComponentSource.valueOf(source), reference, reAsked);
        }
    }

    private record HandlerJson(String kind, String agencyCode) {
        static HandlerJson of(Handler h) {
            return new HandlerJson(h.kind().name(), h.agencyCode());
        }

        Handler handler() {
            return new Handler(Handler.Kind.valueOf(kind), agencyCode);
        }
    }

    private record SuspensionJson(String first, String last) {
        static SuspensionJson of(Suspension s) {
            return new SuspensionJson(s.first().toString(), s.last().toString());
        }

        Suspension suspension() {
            return new Suspension(LocalDate.parse(first), LocalDate.parse(last));
        }
    }
}
