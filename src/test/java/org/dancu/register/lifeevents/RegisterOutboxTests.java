package org.dancu.register.lifeevents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dancu.register.LifeEventRequests.birth;
import static org.dancu.register.LifeEventRequests.event;
import static org.dancu.register.PersonField.SPOUSE_NAME;
import static org.dancu.register.PersonField.SPOUSE_PIN;

import java.io.IOException;
import java.util.Map;

import org.dancu.register.LifeEventType;
import org.dancu.register.LifeEvents;
import org.dancu.register.Officers;
import org.dancu.register.PersonDied;
import org.dancu.register.RegisterTestData;
import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Domain events go through Spring Modulith's JDBC outbox, in the recording's own transaction. */
@SpringBootTest
class RegisterOutboxTests {

    @Autowired ApplicationContext context;
    @Autowired LifeEvents lifeEvents;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transaction;

    @BeforeEach
    void signIn() throws IOException {
        RegisterTestData.ensureLoaded(context);
        Officers.signIn("xa.outbox", Role.COMMUNE_OFFICER, new Scope(LifeEventIntegrationTests.MUONG_THANH, null));
    }

    @AfterEach
    void signOut() {
        Officers.signOut();
    }

    /** Publications of deaths to the register's own listener; other modules' listeners add their own rows. */
    private long deaths() {
        return jdbc.sql("SELECT count(*) FROM event_publication WHERE event_type = :type AND listener_id LIKE :listener")
                .param("type", PersonDied.class.getName())
                .param("listener", SurvivingSpouse.class.getName() + "%").query(Long.class).single();
    }

    /**
     * A test person with a PIN of their own (a birth registration gives none), so a spouse can name
     * them; registered in Cà Mau (096), which the synthetic population never uses, so it cannot clash.
     */
    private String pinOf(long personId) {
        String pin = String.format("096090%06d", personId % 1_000_000);
        jdbc.sql("UPDATE register.person SET pin = :pin WHERE person_id = :id").param("pin", pin)
                .param("id", personId).update();
        return pin;
    }

    private Map<String, Object> person(long id) {
        return jdbc.sql("SELECT alive, marital_status FROM register.person WHERE person_id = :id").param("id", id)
                .query().singleRow();
    }

    @Test
    void aDeathIsStoredInTheOutboxWithItsRecordingAndTheSurvivingSpouseIsWidowed() {
        long husband = lifeEvents.registerBirth(birth("1990-02-02", "Chồng"), null);
        long wife = lifeEvents.registerBirth(birth("1991-03-03", "Vợ"), null);
        String husbandPin = pinOf(husband);
        String wifePin = pinOf(wife);
        lifeEvents.record(husband, event(LifeEventType.MARRIAGE, "2015-04-04",
                Map.of(SPOUSE_NAME, "Thử Văn Vợ", SPOUSE_PIN, wifePin)), null).orElseThrow();
        lifeEvents.record(wife, event(LifeEventType.MARRIAGE, "2015-04-04",
                Map.of(SPOUSE_NAME, "Thử Văn Chồng", SPOUSE_PIN, husbandPin)), null).orElseThrow();
        long before = deaths();

        lifeEvents.record(husband, event(LifeEventType.DEATH, "2024-05-05", Map.of()), null).orElseThrow();

        assertThat(deaths()).isEqualTo(before + 1);
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM event_publication WHERE event_type = :type
                        AND listener_id LIKE :listener
                        AND (serialized_event::jsonb ->> 'personId')::bigint = :person
                        AND completion_date IS NOT NULL""")
                .param("type", PersonDied.class.getName())
                .param("listener", SurvivingSpouse.class.getName() + "%")
                .param("person", husband)
                .query(Long.class).single()).isOne();
        assertThat(person(wife)).containsEntry("marital_status", "WIDOWED");
        assertThat(jdbc.sql("""
                        SELECT recorded_by FROM register.life_event
                        WHERE person_id = :id AND type = 'CORRECTION' AND field = 'marital_status'""")
                .param("id", wife).query(String.class).single()).isEqualTo(SurvivingSpouse.COMPONENT);
    }

    @Test
    void thePublicationIsWrittenInTheRecordingTransactionAndGoesWithItsRollback() {
        long person = lifeEvents.registerBirth(birth("1980-06-06", "Lui"), null);
        long before = deaths();

        transaction.executeWithoutResult(status -> {
            lifeEvents.record(person, event(LifeEventType.DEATH, "2024-06-06", Map.of()), null).orElseThrow();
            assertThat(deaths()).isEqualTo(before + 1);
            status.setRollbackOnly();
        });

        assertThat(deaths()).isEqualTo(before);
        assertThat(person(person)).containsEntry("alive", true);
    }
}
