package org.dancu.register.lifeevents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dancu.register.LifeEventRequests.birth;
import static org.dancu.register.LifeEventRequests.event;
import static org.dancu.register.PersonField.ADDRESS;
import static org.dancu.register.PersonField.COMMUNE_CODE;
import static org.dancu.register.PersonField.GIVEN_NAME;
import static org.dancu.register.PersonField.RELIGION;
import static org.dancu.register.PersonField.SEX;
import static org.dancu.register.PersonField.SPOUSE_NAME;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.dancu.audit.Actor;
import org.dancu.audit.AuditRecord;
import org.dancu.audit.AuditTrail;
import org.dancu.civil.Pin;
import org.dancu.register.LifeEventRefusedException;
import org.dancu.register.LifeEventRequest;
import org.dancu.register.LifeEventType;
import org.dancu.register.LifeEvents;
import org.dancu.register.Officers;
import org.dancu.register.PersonField;
import org.dancu.register.PersonHistory;
import org.dancu.register.RegisterTestData;
import org.dancu.register.importing.ImportProblem;
import org.dancu.register.internal.AuditActions;
import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Recording every event type on the real database. Each test registers its own newborn in Mường
 * Thanh, so the loaded population other tests read stays as loaded.
 */
@SpringBootTest
class LifeEventIntegrationTests {

    static final String MUONG_THANH = "03334";
    static final String OTHER_COMMUNE = "03337";
    private static final String OFFICER = "xa.events";

    @Autowired ApplicationContext context;
    @Autowired LifeEvents lifeEvents;
    @Autowired JdbcClient jdbc;
    @Autowired AuditTrail trail;

    @BeforeEach
    void signIn() throws IOException {
        RegisterTestData.ensureLoaded(context);
        Officers.signIn(OFFICER, Role.COMMUNE_OFFICER, new Scope(MUONG_THANH, null));
    }

    @AfterEach
    void signOut() {
        Officers.signOut();
    }

    private Map<String, Object> person(long id) {
        return jdbc.sql("SELECT * FROM register.person WHERE person_id = :id").param("id", id).query().singleRow();
    }

    private long events(long id) {
        return jdbc.sql("SELECT count(*) FROM register.life_event WHERE person_id = :id").param("id", id)
                .query(Long.class).single();
    }

    @Test
    void aBirthRegistersANewPersonWithTheBirthAsFirstEventAndAnAuditedChange() {
        long id = lifeEvents.registerBirth(birth("2020-03-04", "Khai"), "10.0.0.1");

        Map<String, Object> row = person(id);
        assertThat(row).containsEntry("full_name", "Thử Văn Khai").containsEntry("name_key", "thu van khai")
                .containsEntry("birth_year", 2020).containsEntry("commune_code", MUONG_THANH)
                .containsEntry("alive", true).containsEntry("resident", true);
        assertThat(row.get("current_commune_code")).isNotNull();
        var birth = jdbc.sql("SELECT type, source, recorded_by FROM register.life_event WHERE person_id = :id")
                .param("id", id).query().singleRow();
        assertThat(birth).containsEntry("type", "BIRTH").containsEntry("source", "GKS 12/2020")
                .containsEntry("recorded_by", OFFICER);
        List<AuditRecord> audit = trail.findByObject("person", "register:" + id, 10);
        assertThat(audit).extracting(r -> r.entry().action()).contains(AuditActions.CHANGE);
        assertThat(audit).extracting(r -> r.entry().actor()).contains(Actor.staff(OFFICER));
    }

    @Test
    void aBirthWithAPersonalIdAsksForItOnlyOnceTheBirthIsCheckedAndRefusesOneThatDisagrees() {
        List<LifeEventRequest> asked = new ArrayList<>();
        String boy = "0112240%05d".formatted(System.nanoTime() % 100_000);
        long id = lifeEvents.registerBirth(birth("2024-06-01", "Định"), checked -> {
            asked.add(checked);
            return Pin.of(boy);
        }, null);

        assertThat(person(id)).containsEntry("pin", boy).containsEntry("full_name", "Thử Văn Định");
        assertThat(asked).singleElement().satisfies(b -> assertThat(b.value(SEX)).isEqualTo("M"));

        LifeEventRequest noName = birth("2024-06-01", "");
        assertThatThrownBy(() -> lifeEvents.registerBirth(noName, checked -> {
            throw new AssertionError("a refused birth asks for no ID");
        }, null)).isInstanceOf(LifeEventRefusedException.class);
        long before = jdbc.sql("SELECT count(*) FROM register.person").query(Long.class).single();
        assertThatThrownBy(() -> lifeEvents.registerBirth(birth("2024-06-01", "Gái"),
                checked -> Pin.of("0113" + boy.substring(4)), null))
                .isInstanceOf(LifeEventRefusedException.class).hasMessageContaining("PIN_SEX_MISMATCH");
        assertThatThrownBy(() -> lifeEvents.registerBirth(birth("2024-06-01", "Trùng"),
                checked -> Pin.of(boy), null))
                .isInstanceOf(LifeEventRefusedException.class).hasMessageContaining("register.event.error.pin-taken");
        assertThat(jdbc.sql("SELECT count(*) FROM register.person").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void everyEventTypeChangesTheRecordAndTheHistoryShowsEachDay() {
        long id = lifeEvents.registerBirth(birth("1995-01-15", "Đủ"), null);
        lifeEvents.record(id, event(LifeEventType.MOVE_WITHIN, "2016-02-01",
                Map.of(COMMUNE_CODE, MUONG_THANH, ADDRESS, "Số 9, Tổ dân phố 5")), null).orElseThrow();
        lifeEvents.record(id, event(LifeEventType.MARRIAGE, "2018-05-20", Map.of(SPOUSE_NAME, "Lò Thị Ánh")), null)
                .orElseThrow();
        lifeEvents.record(id, event(LifeEventType.DIVORCE, "2021-09-01", Map.of()), null).orElseThrow();
        lifeEvents.record(id, event(LifeEventType.CORRECTION, "2022-01-01", Map.of(RELIGION, "BUDDHISM")), null)
                .orElseThrow();
        lifeEvents.record(id, event(LifeEventType.MOVE_OUT, "2023-03-01", Map.of()), null).orElseThrow();
        lifeEvents.record(id, event(LifeEventType.MOVE_IN, "2024-03-01",
                Map.of(COMMUNE_CODE, MUONG_THANH, ADDRESS, "Số 3, Tổ dân phố 1")), null).orElseThrow();
        lifeEvents.record(id, event(LifeEventType.DEATH, "2025-01-02", Map.of()), null).orElseThrow();

        assertThat(person(id)).containsEntry("marital_status", "DIVORCED").containsEntry("religion", "BUDDHISM")
                .containsEntry("address", "Số 3, Tổ dân phố 1").containsEntry("resident", true)
                .containsEntry("alive", false);
        assertThat(events(id)).isEqualTo(8);
        PersonHistory married = lifeEvents.history(id, LocalDate.of(2019, 1, 1), null).orElseThrow();
        assertThat(married.state().orElseThrow()).containsEntry(PersonField.MARITAL_STATUS, "MARRIED")
                .containsEntry(SPOUSE_NAME, "Lò Thị Ánh").containsEntry(ADDRESS, "Số 9, Tổ dân phố 5");
        assertThat(lifeEvents.history(id, LocalDate.of(2023, 6, 1), null).orElseThrow().state().orElseThrow())
                .containsEntry(PersonField.RESIDENT, "false");
        assertThat(married.events()).extracting(e -> e.type()).containsExactly(LifeEventType.BIRTH,
                LifeEventType.MOVE_WITHIN, LifeEventType.MARRIAGE, LifeEventType.DIVORCE, LifeEventType.CORRECTION,
                LifeEventType.MOVE_OUT, LifeEventType.MOVE_IN, LifeEventType.DEATH);
    }

    @Test
    void aBackDatedMoveUpdatesTheLaterMovesReplacedValueNotTheCurrentAddress() {
        long id = lifeEvents.registerBirth(birth("2000-01-01", "Lùi"), null);
        lifeEvents.record(id, event(LifeEventType.MOVE_WITHIN, "2024-01-01",
                Map.of(COMMUNE_CODE, MUONG_THANH, ADDRESS, "Mới")), null).orElseThrow();
        lifeEvents.record(id, event(LifeEventType.MOVE_WITHIN, "2020-01-01",
                Map.of(COMMUNE_CODE, MUONG_THANH, ADDRESS, "Giữa")), null).orElseThrow();

        assertThat(person(id)).containsEntry("address", "Mới");
        assertThat(jdbc.sql("""
                        SELECT replaced ->> 'address' FROM register.life_event
                        WHERE person_id = :id AND effective_date = DATE '2024-01-01'""")
                .param("id", id).query(String.class).single()).isEqualTo("Giữa");
    }

    @Test
    void aRefusedEventChangesNothingAndSaysWhy() {
        long id = lifeEvents.registerBirth(birth("2001-01-01", "Từ"), null);
        Map<String, Object> before = person(id);

        assertThatThrownBy(() -> lifeEvents.record(id, event(LifeEventType.DIVORCE, "2020-01-01", Map.of()), null))
                .isInstanceOf(LifeEventRefusedException.class).hasMessageContaining("register.event.error.not-married");
        assertThatThrownBy(() -> lifeEvents.record(id, event(LifeEventType.MOVE_WITHIN, "2020-01-01",
                Map.of(COMMUNE_CODE, "99999", ADDRESS, "x")), null))
                .isInstanceOf(LifeEventRefusedException.class).hasMessageContaining("register.event.error.commune");
        assertThatThrownBy(() -> lifeEvents.record(id, event(LifeEventType.DEATH, "2000-12-31", Map.of()), null))
                .isInstanceOf(LifeEventRefusedException.class).hasMessageContaining("register.event.error.before-birth");

        assertThat(person(id)).isEqualTo(before);
        assertThat(events(id)).isEqualTo(1);
    }

    @Test
    void aCorrectionReadsValuesAsTheImportDoesAndRefusesWhatTheImportRefuses() {
        long id = lifeEvents.registerBirth(birth("2001-05-05", "Sửa"), null);

        lifeEvents.record(id, event(LifeEventType.CORRECTION, "2024-01-01", Map.of(SEX, "Nữ")), null);
        lifeEvents.record(id, event(LifeEventType.CORRECTION, "2024-01-02", Map.of(GIVEN_NAME, " lò  mai ")), null);
        assertThat(person(id)).containsEntry("sex", "F").containsEntry("given_name", "Lò Mai");

        Map<String, Object> before = person(id);
        assertThatThrownBy(() -> lifeEvents.record(id, event(LifeEventType.CORRECTION, "2024-01-03",
                Map.of(GIVEN_NAME, "<script>")), null))
                .isInstanceOf(LifeEventRefusedException.class)
                .hasFieldOrPropertyWithValue("messageKey", "register.import.detail.INVALID_NAME.INVALID_CHARACTERS");
        assertThatThrownBy(() -> lifeEvents.record(id, event(LifeEventType.CORRECTION, "2024-01-03",
                Map.of(SEX, "2")), null))
                .hasFieldOrPropertyWithValue("messageKey", "register.import.detail.INVALID_SEX.NUMERIC_CODE");
        assertThat(person(id)).isEqualTo(before);

        Map<String, Object> man = jdbc.sql("""
                SELECT * FROM register.person WHERE commune_code = :commune AND sex = 'M' AND pin IS NOT NULL
                    AND birth_year < 2000 ORDER BY person_id LIMIT 1""").param("commune", MUONG_THANH).query().singleRow();
        long manId = ((Number) man.get("person_id")).longValue();
        long eventsBefore = events(manId);
        assertThatThrownBy(() -> lifeEvents.record(manId, event(LifeEventType.CORRECTION, "2026-01-02",
                Map.of(SEX, "F")), null))
                .isInstanceOf(LifeEventRefusedException.class)
                .hasFieldOrPropertyWithValue("messageKey", ImportProblem.PIN_SEX_MISMATCH.messageKey())
                .hasFieldOrPropertyWithValue("field", "value");
        assertThat(person(manId)).containsEntry("sex", "M");
        assertThat(events(manId)).isEqualTo(eventsBefore);
    }

    @Test
    void anOfficerCannotRecordOutsideTheirScopeNorAnAuditorAtAll() {
        Map<String, Object> outside = RegisterTestData.personInScope(jdbc, MUONG_THANH, false);
        long outsideId = ((Number) outside.get("person_id")).longValue();
        long before = events(outsideId);

        assertThat(lifeEvents.record(outsideId, event(LifeEventType.DEATH, "2025-01-01", Map.of()), null)).isEmpty();
        assertThat(events(outsideId)).isEqualTo(before);
        LifeEventRequest elsewhere = birth("2020-01-01", "Ngoài");
        Map<PersonField, String> values = new EnumMap<>(elsewhere.values());
        values.put(COMMUNE_CODE, (String) person(outsideId).get("commune_code"));
        assertThatThrownBy(() -> lifeEvents.registerBirth(new LifeEventRequest(LifeEventType.BIRTH,
                elsewhere.effectiveDate(), elsewhere.source(), values, null), null))
                .isInstanceOf(LifeEventRefusedException.class)
                .hasMessageContaining("register.event.error.commune-scope");

        Officers.signIn("kiemtra.events", Role.AUDITOR, new Scope("11", null));
        assertThatThrownBy(() -> lifeEvents.record(outsideId, event(LifeEventType.DEATH, "2025-01-01", Map.of()), null))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(events(outsideId)).isEqualTo(before);
    }
}
