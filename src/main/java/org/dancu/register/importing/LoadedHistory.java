package org.dancu.register.importing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Turns bulk-loaded life events into history the register can step back through: each gets the
 * fields it set and the values they replaced (docs/register.md, "Loaded history"), and the id
 * sequences continue after the loaded rows. The files give the state after every event, so what an
 * event replaced is known only as far as the event's own columns tell: the commune left by a move
 * within, "resident" before a move in, "alive" before a death, "single" before a marriage.
 */
final class LoadedHistory {

    private static final String[] STATEMENTS = {
        """
        UPDATE register.life_event e SET
            recorded_by = 'system:csv-load',
            sets = CASE e.type
                WHEN 'DEATH' THEN jsonb_build_object('alive', 'false', 'death_date', e.effective_date::text)
                WHEN 'MOVE_OUT' THEN jsonb_build_object('resident', 'false')
                WHEN 'MOVE_IN' THEN jsonb_build_object('resident', 'true')
                WHEN 'MOVE_WITHIN' THEN jsonb_build_object('commune_code', e.commune_to)
                WHEN 'MARRIAGE' THEN jsonb_build_object('marital_status', 'MARRIED', 'spouse_pin', p.spouse_pin,
                    'spouse_name', p.spouse_name)
                ELSE '{}'::jsonb END,
            replaced = CASE e.type
                WHEN 'DEATH' THEN jsonb_build_object('alive', 'true', 'death_date', NULL)
                WHEN 'MOVE_OUT' THEN jsonb_build_object('resident', 'true')
                WHEN 'MOVE_IN' THEN jsonb_build_object('resident', 'false')
                WHEN 'MOVE_WITHIN' THEN jsonb_build_object('commune_code', e.commune_from)
                WHEN 'MARRIAGE' THEN jsonb_build_object('marital_status', 'SINGLE', 'spouse_pin', NULL,
                    'spouse_name', NULL)
                ELSE '{}'::jsonb END
        FROM register.person p
        WHERE p.person_id = e.person_id""",
        "SELECT setval('register.person_id_seq', GREATEST((SELECT max(person_id) FROM register.person), 1))",
        "SELECT setval('register.household_id_seq', GREATEST((SELECT max(household_id) FROM register.household), 1))",
        "SELECT setval('register.life_event_id_seq', GREATEST((SELECT max(event_id) FROM register.life_event), 1))"
    };

    private LoadedHistory() {
    }

    static void derive(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : STATEMENTS) {
                statement.execute(sql);
            }
        }
    }
}
