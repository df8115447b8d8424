package org.dancu.register.lifeevents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dancu.register.LifeEventRequests.birth;
import static org.dancu.register.LifeEventRequests.event;
import static org.dancu.register.PersonField.ADDRESS;
import static org.dancu.register.PersonField.COMMUNE_CODE;
import static org.dancu.register.PersonField.RELIGION;
import static org.dancu.register.PersonField.SPOUSE_NAME;
import static org.dancu.register.lifeevents.LifeEventIntegrationTests.MUONG_THANH;
import static org.dancu.register.lifeevents.LifeEventIntegrationTests.OTHER_COMMUNE;

import java.time.LocalDate;
import java.util.Map;

import org.dancu.register.LifeEventType;
import org.dancu.register.LifeEvents;
import org.dancu.register.Officers;
import org.dancu.register.PersonCorrected;
import org.dancu.register.PersonDied;
import org.dancu.register.PersonDivorced;
import org.dancu.register.PersonField;
import org.dancu.register.PersonMarried;
import org.dancu.register.PersonMoved;
import org.dancu.register.PersonRegistered;
import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

/**
 * The register bootstrapped with the modules it depends on only: recording each life event publishes
 * its event, with the person and the commune other modules react to.
 */
@TestPropertySource(properties = "flowable.process.enabled=false")
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
class RegisterModuleTests {

    @Autowired LifeEvents lifeEvents;

    @BeforeEach
    void signIn() {
        Officers.signIn("tinh.module", Role.PROVINCE_OFFICER, new Scope("11", null));
    }

    @AfterEach
    void signOut() {
        Officers.signOut();
    }

    private long born() {
        return lifeEvents.registerBirth(birth("2000-01-01", "Sự"), null);
    }

    private void record(long id, LifeEventType type, String date, Map<PersonField, String> values) {
        lifeEvents.record(id, event(type, date, values), null).orElseThrow();
    }

    @Test
    void aBirthPublishesPersonRegistered(Scenario scenario) {
        scenario.stimulate(this::born)
                .andWaitForEventOfType(PersonRegistered.class)
                .toArriveAndVerify((event, id) -> {
                    assertThat(event.personId()).isEqualTo(id);
                    assertThat(event.communeCode()).isEqualTo(MUONG_THANH);
                    assertThat(event.birthDate()).isEqualTo(LocalDate.of(2000, 1, 1));
                });
    }

    @Test
    void aMovePublishesPersonMovedFromAndTo(Scenario scenario) {
        long id = born();
        scenario.stimulate(() -> record(id, LifeEventType.MOVE_WITHIN, "2020-02-01",
                        Map.of(COMMUNE_CODE, OTHER_COMMUNE, ADDRESS, "Bản Mới")))
                .andWaitForEventOfType(PersonMoved.class)
                .matching(event -> event.personId() == id)
                .toArriveAndVerify(event -> {
                    assertThat(event.fromCommune()).isEqualTo(MUONG_THANH);
                    assertThat(event.toCommune()).isEqualTo(OTHER_COMMUNE);
                });
    }

    @Test
    void aMarriageAndADivorcePublishTheirEvents(Scenario scenario) {
        long id = born();
        scenario.stimulate(() -> record(id, LifeEventType.MARRIAGE, "2020-05-20", Map.of(SPOUSE_NAME, "Lò Thị Ánh")))
                .andWaitForEventOfType(PersonMarried.class)
                .matching(event -> event.personId() == id)
                .toArriveAndVerify(event -> assertThat(event.effectiveDate()).isEqualTo(LocalDate.of(2020, 5, 20)));
        scenario.stimulate(() -> record(id, LifeEventType.DIVORCE, "2021-09-01", Map.of()))
                .andWaitForEventOfType(PersonDivorced.class)
                .matching(event -> event.personId() == id)
                .toArriveAndVerify(event -> assertThat(event.communeCode()).isEqualTo(MUONG_THANH));
    }

    @Test
    void aCorrectionPublishesPersonCorrectedWithTheField(Scenario scenario) {
        long id = born();
        scenario.stimulate(() -> record(id, LifeEventType.CORRECTION, "2022-01-01", Map.of(RELIGION, "BUDDHISM")))
                .andWaitForEventOfType(PersonCorrected.class)
                .matching(event -> event.personId() == id)
                .toArriveAndVerify(event -> assertThat(event.field()).isEqualTo(RELIGION));
    }

    @Test
    void aDeathPublishesPersonDied(Scenario scenario) {
        long id = born();
        scenario.stimulate(() -> record(id, LifeEventType.DEATH, "2025-01-02", Map.of()))
                .andWaitForEventOfType(PersonDied.class)
                .matching(event -> event.personId() == id)
                .toArriveAndVerify(event -> {
                    assertThat(event.communeCode()).isEqualTo(MUONG_THANH);
                    assertThat(event.effectiveDate()).isEqualTo(LocalDate.of(2025, 1, 2));
                });
    }
}
