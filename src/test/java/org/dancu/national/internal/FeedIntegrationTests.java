package org.dancu.national.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.dancu.civil.Pin;
import org.dancu.national.FeedStatus;
import org.dancu.register.LifeEventRequest;
import org.dancu.register.LifeEventType;
import org.dancu.register.LifeEvents;
import org.dancu.register.PersonDied;
import org.dancu.register.PersonField;
import org.dancu.nationalsim.SimulatedNationFixtures;
import org.dancu.register.RegisterFixture;
import org.dancu.security.SystemStaff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The national change feed applied to the register through its life events, on persons of the
 * test's own (newborns given IDs of a province the synthetic population never uses).
 */
class FeedIntegrationTests extends SimulatedNationTests {

    @Autowired LifeEvents lifeEvents;
    @Autowired FeedStore feed;

    private long newborn(String pin) {
        Map<PersonField, String> values = new EnumMap<>(PersonField.class);
        values.put(PersonField.FAMILY_NAME, "Thử");
        values.put(PersonField.MIDDLE_NAME, "Văn");
        values.put(PersonField.GIVEN_NAME, "Sai");
        values.put(PersonField.SEX, "M");
        values.put(PersonField.COMMUNE_CODE, "03334");
        values.put(PersonField.ADDRESS, "Tổ 1");
        long id = SystemStaff.callAs("tester", "11", () -> lifeEvents.registerBirth(
                new LifeEventRequest(LifeEventType.BIRTH, LocalDate.of(2020, 1, 1), "GKS 1/2020", values, null), null));
        RegisterFixture.setPin(jdbc, id, pin);
        return id;
    }

    private long change(String pin, String kind, String date, String values) {
        return SimulatedNationFixtures.change(owner, pin, kind, date, values);
    }

    private long deathsPublished(long personId) {
        return jdbc.sql("SELECT count(*) FROM event_publication WHERE event_type = :type"
                        + " AND (serialized_event::jsonb ->> 'personId')::bigint = :person")
                .param("type", PersonDied.class.getName()).param("person", personId).query(Long.class).single();
    }

    @Test
    void deathsMovesAndCorrectionsReachTheRegisterAndWhatItCannotTakeIsSkippedWithItsReason() {
        long dying = newborn("096020000101");
        long moving = newborn("096020000102");
        FeedApplier applier = new FeedApplier(TestNation.connector(nation, 1, 1_000), register, lifeEvents, feed, "11");
        // changes other tests left in the shared simulator (the births it numbered) are not this test's
        FeedStatus before = applier.applyAll();
        change("096020000101", "DEATH", "2026-08-01", "{\"ALIVE\": \"false\", \"DEATH_DATE\": \"2026-08-01\"}");
        change("096020000102", "MOVE", "2026-08-02", "{\"COMMUNE_CODE\": \"03337\", \"ADDRESS\": \"Tổ 9\"}");
        change("096020000102", "CORRECTION", "2026-08-03", "{\"FULL_NAME\": \"Thử Văn Đúng\"}");
        change("096099999999", "DEATH", "2026-08-01", "{\"ALIVE\": \"false\"}");
        change("096026000001", "BIRTH", "2026-08-01", "{\"FULL_NAME\": \"Lò Văn Bun\"}");
        long last = change("096020000102", "DEATH", "2026-13-01", "{\"ALIVE\": \"false\"}");

        FeedStatus after = applier.applyAll();

        assertThat(after.cursor()).isEqualTo(last);
        assertThat(after.applied() - before.applied()).isEqualTo(3);
        assertThat(after.skipped() - before.skipped()).isEqualTo(3);
        assertThat(after.caughtUpAt()).isNotNull();
        assertThat(register.byPin(Pin.of("096020000101")).orElseThrow().alive()).isFalse();
        long published = deathsPublished(dying);
        assertThat(published).isPositive();
        var moved = register.byPin(Pin.of("096020000102")).orElseThrow();
        assertThat(moved.communeCode()).isEqualTo("03337");
        assertThat(moved.name().given()).isEqualTo("Đúng");
        assertThat(moved.alive()).isTrue();
        assertThat(jdbc.sql("SELECT reason FROM national.feed_skip WHERE sequence > :from ORDER BY sequence")
                .param("from", before.cursor()).query(String.class).list())
                .containsExactly("national.feed.skip.unknown", "national.feed.skip.birth", "national.feed.skip.bad-date");
        assertThat(jdbc.sql("SELECT count(*) FROM audit.ledger WHERE actor_id = 'system.national' AND object_id = :id")
                .param("id", "096020000101").query(Long.class).single()).isPositive();

        FeedStatus again = applier.applyAll();

        assertThat(again.cursor()).isEqualTo(last);
        assertThat(again.applied()).isEqualTo(after.applied());
        assertThat(deathsPublished(dying)).isEqualTo(published);
        assertThat(deathsPublished(moving)).isZero();
    }
}
