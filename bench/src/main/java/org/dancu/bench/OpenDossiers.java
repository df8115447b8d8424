package org.dancu.bench;

import java.time.LocalDate;
import java.util.List;

import org.dancu.civil.ProvinceTime;
import org.dancu.services.Handler;
import org.dancu.services.LegDefinition;
import org.dancu.services.Procedure;
import org.dancu.services.ProcedureFamily;
import org.dancu.services.Procedures;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Open dossiers for the queue benchmarks, written set-based in two statements: single-agency procedures of
 * the catalogue in turn, spread over the province's current communes, received over the last four weeks,
 * their one leg in progress (one in twenty suspended) with deadlines from three weeks ago to three weeks on,
 * so every deadline colour is there. Not the engine's work: only the rows the pages read.
 */
final class OpenDossiers {

    private OpenDossiers() {
    }

    static void copy(ConfigurableApplicationContext context, long count) {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        List<Procedure> procedures = context.getBean(Procedures.class).all(LocalDate.now(ProvinceTime.VIETNAM))
                .stream().filter(p -> p.family() == ProcedureFamily.SINGLE_AGENCY).toList();
        List<LegDefinition> legs = procedures.stream().map(p -> p.legs().get(0)).toList();
        List<Handler> handlers = legs.stream().map(l -> l.steps().get(0)).toList();
        String[] communes = jdbc.sql("SELECT code FROM locality.unit WHERE level = 'COMMUNE' AND valid_until IS NULL"
                + " AND parent_code = '11' ORDER BY code").query(String.class).list().toArray(String[]::new);
        String[] pins = jdbc.sql("SELECT pin FROM register.person WHERE pin IS NOT NULL LIMIT 10000")
                .query(String.class).list().toArray(String[]::new);
        long started = System.nanoTime();
        jdbc.sql("""
                        INSERT INTO services.dossier (code, version, procedure_code, channel, applicant_pin, commune_code,
                               status, received_at, declaration, components)
                        SELECT '011-BQ-2026-' || lpad(g::text, 8, '0'), 0,
                               (CAST(:procedures AS text[]))[1 + g % cardinality(CAST(:procedures AS text[]))],
                               'ONLINE', (CAST(:pins AS text[]))[1 + g % cardinality(CAST(:pins AS text[]))],
                               (CAST(:communes AS text[]))[1 + g % cardinality(CAST(:communes AS text[]))],
                               CASE WHEN g % 20 = 0 THEN 'SUSPENDED' ELSE 'IN_PROGRESS' END,
                               now() - (g % 28) * interval '1 day', '{}', '[]'
                        FROM generate_series(1, :count) g""")
                .param("procedures", procedures.stream().map(p -> p.code().value()).toArray(String[]::new))
                .param("pins", pins).param("communes", communes).param("count", count).update();
        jdbc.sql("""
                        INSERT INTO services.leg (dossier_code, leg_key, position, first_leg, procedure_code, channel,
                               commune_code, received_at, status, steps, handler_kind, agency_code, limit_amount,
                               limit_unit, started_at, due, suspended_on)
                        SELECT d.code, (CAST(:keys AS text[]))[i], 0, true, (CAST(:legProcedures AS text[]))[i], 'ONLINE',
                               d.commune_code, d.received_at, d.status,
                               jsonb_build_array(jsonb_build_object('kind', (CAST(:kinds AS text[]))[i], 'agencyCode',
                                   nullif((CAST(:agencies AS text[]))[i], ''))), (CAST(:kinds AS text[]))[i],
                               nullif((CAST(:agencies AS text[]))[i], ''), 5, 'WORKING_DAYS', d.received_at,
                               d.received_at + (g % 42 - 14) * interval '1 day' + interval '14 days',
                               CASE WHEN d.status = 'SUSPENDED' THEN current_date END
                        FROM generate_series(1, :count) g
                        JOIN services.dossier d ON d.code = '011-BQ-2026-' || lpad(g::text, 8, '0')
                        CROSS JOIN LATERAL (SELECT 1 + g % cardinality(CAST(:keys AS text[])) AS i) pick""")
                .param("keys", legs.stream().map(LegDefinition::key).toArray(String[]::new))
                .param("legProcedures", legs.stream().map(l -> l.procedure().value()).toArray(String[]::new))
                .param("kinds", handlers.stream().map(h -> h.kind().name()).toArray(String[]::new))
                .param("agencies", handlers.stream().map(h -> h.agencyCode() == null ? "" : h.agencyCode())
                        .toArray(String[]::new))
                .param("count", count).update();
        System.out.printf("%,d open dossiers written for the queues: %.1f s%n", count,
                (System.nanoTime() - started) / 1e9);
    }
}
