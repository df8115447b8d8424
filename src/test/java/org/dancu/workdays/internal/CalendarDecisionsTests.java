package org.dancu.workdays.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.dancu.workdays.CalendarDecision;
import org.dancu.workdays.DecisionRefused;
import org.dancu.workdays.Occasion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two officers recording decisions for the same days at the same moment both pass the check, which sees only
 * what was committed; the second insert meets the table's exclusion constraint and is refused in words.
 */
@SpringBootTest
class CalendarDecisionsTests {

    private static final LocalDate FIRST = LocalDate.of(2031, 4, 29);

    @Autowired CalendarDecisions decisions;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void removeTheYear() {
        jdbc.sql("DELETE FROM workdays.calendar_decision WHERE first_day >= :first AND last_day < :end")
                .param("first", FIRST).param("end", FIRST.plusDays(10)).update();
    }

    @Test
    void aDecisionForDaysJustRecordedIsRefusedInWordsAndNotStored() {
        decisions.add(new CalendarDecision(Occasion.VICTORY_AND_LABOUR, true, FIRST, FIRST.plusDays(3), "Thông báo A"),
                "tester", Instant.parse("2030-12-01T02:00:00Z"));

        assertThatThrownBy(() -> decisions.add(new CalendarDecision(Occasion.VICTORY_AND_LABOUR, true,
                FIRST.plusDays(1), FIRST.plusDays(4), "Thông báo B"), "tester", Instant.parse("2030-12-01T02:00:00Z")))
                .isInstanceOfSatisfying(DecisionRefused.class, refused ->
                        assertThat(refused.messageKey()).isEqualTo("workdays.refused.overlap-just-recorded"));
        assertThat(jdbc.sql("SELECT source FROM workdays.calendar_decision WHERE first_day >= :first"
                        + " AND last_day < :end").param("first", FIRST).param("end", FIRST.plusDays(10))
                .query(String.class).list()).containsExactly("Thông báo A");
    }
}
