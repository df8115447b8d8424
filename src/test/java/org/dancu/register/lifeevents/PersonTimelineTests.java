package org.dancu.register.lifeevents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dancu.register.PersonField.ADDRESS;
import static org.dancu.register.PersonField.ALIVE;
import static org.dancu.register.PersonField.BIRTH_DATE;
import static org.dancu.register.PersonField.COMMUNE_CODE;
import static org.dancu.register.PersonField.DEATH_DATE;
import static org.dancu.register.PersonField.FAMILY_NAME;
import static org.dancu.register.PersonField.MARITAL_STATUS;
import static org.dancu.register.PersonField.RELIGION;
import static org.dancu.register.PersonField.RESIDENT;
import static org.dancu.register.PersonField.SPOUSE_NAME;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.dancu.register.LifeEventRefusedException;
import org.dancu.register.LifeEventType;
import org.dancu.register.PersonField;
import org.junit.jupiter.api.Test;

/** The transition rules and the as-of derivation, on timelines built in memory. */
class PersonTimelineTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 7, 1);

    /** Applies events the way the service does and keeps the stored form. */
    private static final class Person {
        Map<PersonField, String> current = new EnumMap<>(PersonField.class);
        List<PersonTimeline.Entry> entries = new ArrayList<>();
        long nextId = 1;

        Person(String born) {
            current.put(BIRTH_DATE, born);
            current.put(FAMILY_NAME, "Lò");
            current.put(ALIVE, "true");
            current.put(RESIDENT, "true");
            current.put(MARITAL_STATUS, "SINGLE");
            current.put(COMMUNE_CODE, "03334");
            current.put(ADDRESS, "Bản Nà");
        }

        PersonTimeline timeline() {
            return new PersonTimeline(current, entries);
        }

        void record(LifeEventType type, String date, Map<PersonField, String> values) {
            LocalDate day = LocalDate.parse(date);
            Map<PersonField, String> sets = PersonTimeline.sets(type, day, values);
            PersonTimeline.Splice splice = timeline().splice(type, day, sets, TODAY);
            for (PersonTimeline.Entry revised : splice.revised()) {
                entries.replaceAll(e -> e.eventId() == revised.eventId() ? revised : e);
            }
            entries.add(new PersonTimeline.Entry(nextId++, type, day, sets, splice.replaced()));
            entries.sort((a, b) -> a.effectiveDate().equals(b.effectiveDate())
                    ? Long.compare(a.eventId(), b.eventId()) : a.effectiveDate().compareTo(b.effectiveDate()));
            current = new EnumMap<>(splice.state());
        }

        Map<PersonField, String> on(String date) {
            return timeline().asOf(LocalDate.parse(date)).orElseThrow();
        }
    }

    private static Map<PersonField, String> move(String commune, String address) {
        return Map.of(COMMUNE_CODE, commune, ADDRESS, address);
    }

    @Test
    void eventsChangeTheRecordAndEarlierDaysShowWhatItWas() {
        Person person = new Person("1990-04-02");
        person.record(LifeEventType.MOVE_WITHIN, "2020-05-01", move("03337", "Bản Mới"));
        person.record(LifeEventType.MARRIAGE, "2021-01-10", Map.of(SPOUSE_NAME, "Quàng Thị Ánh"));

        assertThat(person.current).containsEntry(COMMUNE_CODE, "03337").containsEntry(MARITAL_STATUS, "MARRIED");
        assertThat(person.on("2020-04-30")).containsEntry(COMMUNE_CODE, "03334").containsEntry(ADDRESS, "Bản Nà")
                .containsEntry(MARITAL_STATUS, "SINGLE");
        assertThat(person.on("2020-05-01")).containsEntry(COMMUNE_CODE, "03337");
        assertThat(person.on("2020-12-31")).containsEntry(MARITAL_STATUS, "SINGLE");
        assertThat(person.timeline().asOf(LocalDate.of(1990, 4, 1))).isEmpty();
    }

    @Test
    void aBackDatedMoveIsSplicedBeforeALaterOneWhoseReplacedValuesFollow() {
        Person person = new Person("1990-04-02");
        person.record(LifeEventType.MOVE_WITHIN, "2022-01-01", move("03337", "Bản Mới"));
        person.record(LifeEventType.MOVE_WITHIN, "2019-06-01", move("03340", "Bản Giữa"));

        assertThat(person.current).containsEntry(COMMUNE_CODE, "03337");
        assertThat(person.on("2019-05-31")).containsEntry(COMMUNE_CODE, "03334");
        assertThat(person.on("2020-01-01")).containsEntry(COMMUNE_CODE, "03340").containsEntry(ADDRESS, "Bản Giữa");
        PersonTimeline.Entry later = person.entries.get(1);
        assertThat(later.effectiveDate()).isEqualTo(LocalDate.of(2022, 1, 1));
        assertThat(later.replaced()).containsEntry(COMMUNE_CODE, "03340");
    }

    @Test
    void aBackDatedCorrectionDoesNotOverrideALaterOneOfTheSameField() {
        Person person = new Person("1990-04-02");
        person.record(LifeEventType.CORRECTION, "2024-01-01", Map.of(RELIGION, "BUDDHISM"));
        person.record(LifeEventType.CORRECTION, "2023-01-01", Map.of(RELIGION, "PROTESTANT"));

        assertThat(person.current).containsEntry(RELIGION, "BUDDHISM");
        assertThat(person.on("2023-06-01")).containsEntry(RELIGION, "PROTESTANT");
        assertThat(person.on("2022-06-01").get(RELIGION)).isNull();
    }

    @Test
    void aDeadPersonTakesOnlyCorrectionsAndABackDatedDeathBeforeALaterMoveIsRefused() {
        Person person = new Person("1950");
        person.record(LifeEventType.MOVE_WITHIN, "2024-03-01", move("03337", "Bản Mới"));
        assertThatThrownBy(() -> person.record(LifeEventType.DEATH, "2023-01-01", Map.of()))
                .isInstanceOf(LifeEventRefusedException.class)
                .hasFieldOrPropertyWithValue("messageKey", "register.event.error.conflicts-later");
        assertThat(person.current).containsEntry(ALIVE, "true");

        person.record(LifeEventType.DEATH, "2025-01-01", Map.of());
        assertThat(person.current).containsEntry(ALIVE, "false").containsEntry(DEATH_DATE, "2025-01-01");
        assertThat(person.on("2024-12-31")).containsEntry(ALIVE, "true");
        assertRefused(person, LifeEventType.MARRIAGE, "2025-06-01", Map.of(SPOUSE_NAME, "X"), "register.event.error.dead");
        person.record(LifeEventType.CORRECTION, "2025-06-01", Map.of(RELIGION, "NONE"));
        assertThat(person.current).containsEntry(RELIGION, "NONE");
    }

    @Test
    void refusalsNameTheirReasonAndChangeNothing() {
        Person person = new Person("1990-04-02");
        assertRefused(person, LifeEventType.DEATH, "1990-04-01", Map.of(), "register.event.error.before-birth");
        assertRefused(person, LifeEventType.DEATH, "2026-07-02", Map.of(), "register.event.error.future");
        assertRefused(person, LifeEventType.DIVORCE, "2020-01-01", Map.of(), "register.event.error.not-married");
        assertRefused(person, LifeEventType.MOVE_IN, "2020-01-01", move("03337", "x"),
                "register.event.error.already-resident");
        assertRefused(person, LifeEventType.MOVE_WITHIN, "2020-01-01", move("03334", "Bản Nà"),
                "register.event.error.move-no-change");
        assertRefused(person, LifeEventType.CORRECTION, "2020-01-01", Map.of(COMMUNE_CODE, "03337"),
                "register.event.error.correction-field");
        assertRefused(person, LifeEventType.BIRTH, "1990-04-02", Map.of(), "register.event.error.already-registered");
        person.record(LifeEventType.MARRIAGE, "2015-01-01", Map.of(SPOUSE_NAME, "A"));
        assertRefused(person, LifeEventType.MARRIAGE, "2016-01-01", Map.of(SPOUSE_NAME, "B"),
                "register.event.error.already-married");
        // married in 2015: a marriage back-dated to 2014 leaves the 2015 one marrying a married person
        assertRefused(person, LifeEventType.MARRIAGE, "2014-01-01", Map.of(SPOUSE_NAME, "B"),
                "register.event.error.conflicts-later");
        person.record(LifeEventType.DIVORCE, "2018-01-01", Map.of());
        assertThat(person.current).containsEntry(MARITAL_STATUS, "DIVORCED").containsEntry(SPOUSE_NAME, null);
    }

    @Test
    void movingOutMarksNotResidentAndOnlyAMoveInBringsThePersonBack() {
        Person person = new Person("1990-04-02");
        person.record(LifeEventType.MOVE_OUT, "2021-01-01", Map.of());
        assertThat(person.current).containsEntry(RESIDENT, "false");
        assertRefused(person, LifeEventType.MOVE_WITHIN, "2022-01-01", move("03337", "x"),
                "register.event.error.not-resident");
        assertRefused(person, LifeEventType.MOVE_OUT, "2022-01-01", Map.of(), "register.event.error.not-resident");
        person.record(LifeEventType.MOVE_IN, "2023-01-01", move("03337", "Bản Mới"));
        assertThat(person.current).containsEntry(RESIDENT, "true").containsEntry(COMMUNE_CODE, "03337");
        assertThat(person.on("2022-01-01")).containsEntry(RESIDENT, "false").containsEntry(COMMUNE_CODE, "03334");
    }

    @Test
    void aBirthOpensAnEmptyTimelineAndNothingPrecedesIt() {
        Map<PersonField, String> values = Map.of(FAMILY_NAME, "Giàng", COMMUNE_CODE, "03334");
        LocalDate born = LocalDate.of(2026, 5, 3);
        Map<PersonField, String> sets = PersonTimeline.sets(LifeEventType.BIRTH, born, values);
        PersonTimeline.Splice splice = new PersonTimeline(Map.of(), List.of())
                .splice(LifeEventType.BIRTH, born, sets, TODAY);
        assertThat(splice.state()).containsEntry(BIRTH_DATE, "2026-05-03").containsEntry(ALIVE, "true")
                .containsEntry(FAMILY_NAME, "Giàng");
        PersonTimeline timeline = new PersonTimeline(splice.state(),
                List.of(new PersonTimeline.Entry(1, LifeEventType.BIRTH, born, sets, splice.replaced())));
        assertThat(timeline.asOf(born.minusDays(1))).isEmpty();
        assertThat(timeline.asOf(born)).isPresent();
        assertThatThrownBy(() -> timeline.splice(LifeEventType.DEATH, born.minusDays(1),
                PersonTimeline.sets(LifeEventType.DEATH, born.minusDays(1), Map.of()), TODAY))
                .hasFieldOrPropertyWithValue("messageKey", "register.event.error.before-birth");
    }

    /**
     * An imported person's REGISTRATION sets every name part the file gave; a correction dated before it
     * would be replayed under the imported name and change nothing, so it is refused with the reason.
     */
    @Test
    void anEventBeforeTheRegistrationFromAnImportIsRefusedAndOneAfterItApplies() {
        Person person = new Person("1990-04-02");
        person.entries.add(new PersonTimeline.Entry(person.nextId++, LifeEventType.REGISTRATION,
                LocalDate.parse("2026-06-01"), Map.of(FAMILY_NAME, "Lò", COMMUNE_CODE, "03334"), Map.of()));

        assertRefused(person, LifeEventType.CORRECTION, "2020-01-01", Map.of(FAMILY_NAME, "Lường"),
                "register.event.error.before-registration");
        assertRefused(person, LifeEventType.MOVE_WITHIN, "2026-05-31", move("03337", "Bản Mới"),
                "register.event.error.before-registration");

        person.record(LifeEventType.CORRECTION, "2026-06-01", Map.of(FAMILY_NAME, "Lường"));
        assertThat(person.current).containsEntry(FAMILY_NAME, "Lường");
        assertThat(person.on("2026-06-01")).containsEntry(FAMILY_NAME, "Lường");
    }

    private static void assertRefused(Person person, LifeEventType type, String date, Map<PersonField, String> values,
                                      String key) {
        Map<PersonField, String> before = new EnumMap<>(person.current);
        int events = person.entries.size();
        assertThatThrownBy(() -> person.record(type, date, values))
                .isInstanceOf(LifeEventRefusedException.class)
                .hasFieldOrPropertyWithValue("messageKey", key);
        assertThat(person.current).isEqualTo(before);
        assertThat(person.entries).hasSize(events);
    }
}
