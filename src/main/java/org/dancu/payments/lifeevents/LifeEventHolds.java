package org.dancu.payments.lifeevents;

import java.time.LocalDate;

import org.dancu.civil.Pin;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a death or a move out of the province does to a person's payments, set-wise and guarded in SQL by
 * the statuses a row may move from: their lines not yet sent are held with the reason, their active
 * entitlements ended on the day, and (for a death) each payment already booked after that day opened as a
 * recovery, once.
 */
@Component
class LifeEventHolds {

    /** What one life event changed. */
    record Held(int lines, int beneficiaries, int recoveries) {
    }

    private final JdbcClient jdbc;

    LifeEventHolds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param reason {@code DEAD} or {@code MOVED_OUT} */
    Held hold(Pin pin, String reason, LocalDate on) {
        int lines = jdbc.sql("""
                        UPDATE payments.line SET version = version + 1, status = 'HELD', reason_code = :reason
                        WHERE pin = :pin AND status = 'PENDING'""")
                .param("reason", reason).param("pin", pin.value()).update();
        int beneficiaries = jdbc.sql("""
                        UPDATE payments.beneficiary SET version = version + 1, status = 'ENDED', status_reason = :reason,
                               ends_on = CASE WHEN ends_on IS NULL OR ends_on > :on THEN :on ELSE ends_on END
                        WHERE pin = :pin AND status = 'ACTIVE'""")
                .param("reason", reason).param("on", on).param("pin", pin.value()).update();
        int recoveries = "DEAD".equals(reason) ? jdbc.sql("""
                        INSERT INTO payments.exception (version, line_id, kind, reason_code, raised_at, status)
                        SELECT 0, l.id, 'PAID_AFTER_DEATH', 'DEAD', now(), 'OPEN' FROM payments.line l
                        WHERE l.pin = :pin AND l.status = 'PAID' AND l.paid_on > :on
                          AND NOT EXISTS (SELECT 1 FROM payments.exception e
                                          WHERE e.line_id = l.id AND e.kind = 'PAID_AFTER_DEATH')""")
                .param("pin", pin.value()).param("on", on).update() : 0;
        return new Held(lines, beneficiaries, recoveries);
    }
}
