package org.dancu.register.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import org.dancu.register.PersonRegistered;
import org.dancu.register.PersonsImported;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/** The register held for matching follows the register's own events, not a question whether it changed. */
@SpringBootTest
@EnableScenarios
class RegisterChangesScenarioTests {

    @Autowired RegisterMatching matching;

    @BeforeEach
    void holdTheRegisterInMemory() {
        matching.registerSize();
        assertThat(matching.holdsIndex()).isTrue();
    }

    @Test
    void anAppliedImportDropsTheRegisterHeldForMatching(Scenario scenario) {
        scenario.publish(new PersonsImported(0, 1, Set.of("03334")))
                .andWaitForStateChange(() -> !matching.holdsIndex())
                .andVerify(dropped -> assertThat(dropped).isTrue());
    }

    @Test
    void aRegisteredPersonDropsTheRegisterHeldForMatching(Scenario scenario) {
        scenario.publish(new PersonRegistered(0, "03334", LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 2)))
                .andWaitForStateChange(() -> !matching.holdsIndex())
                .andVerify(dropped -> assertThat(dropped).isTrue());
    }
}
