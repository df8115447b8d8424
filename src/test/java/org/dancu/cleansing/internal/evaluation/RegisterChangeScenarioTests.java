package org.dancu.cleansing.internal.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.dancu.register.PersonRegistered;
import org.dancu.register.PersonsImported;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/** Cleansing learns of register changes from the register's events, not by asking the register whether it changed. */
@SpringBootTest
@EnableScenarios
class RegisterChangeScenarioTests {

    @Autowired RegisterLinking linking;

    @BeforeEach
    void holdTheRegisterInMemory() {
        linking.index(List.of(), null);
        assertThat(linking.holdsIndex()).isTrue();
    }

    @Test
    void anAppliedImportDropsTheRegisterHeldForLinking(Scenario scenario) {
        scenario.publish(new PersonsImported(0, 1, Set.of("03334")))
                .andWaitForStateChange(() -> !linking.holdsIndex())
                .andVerify(dropped -> assertThat(dropped).isTrue());
    }

    @Test
    void aRegisteredPersonDropsTheRegisterHeldForLinking(Scenario scenario) {
        scenario.publish(new PersonRegistered(0, "03334", LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 2)))
                .andWaitForStateChange(() -> !linking.holdsIndex())
                .andVerify(dropped -> assertThat(dropped).isTrue());
    }
}
