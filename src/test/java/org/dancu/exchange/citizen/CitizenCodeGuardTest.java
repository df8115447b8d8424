package org.dancu.exchange.citizen;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.dancu.exchange.gateway.ExchangeProperties;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class CitizenCodeGuardTest {

    private static ExchangeProperties onScreen(boolean shown) {
        return new ExchangeProperties(Duration.ofSeconds(300), 65536, 16777216, 100000, 2000, Duration.ofMinutes(5),
                5, 10, shown);
    }

    private static MockEnvironment profile(String name) {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles(name);
        return environment;
    }

    @Test
    void theProdProfileRefusesCodesOnScreen() {
        assertThatThrownBy(() -> new CitizenAccessController(null, null, null, onScreen(true), profile("prod")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("citizen-code-on-screen");
    }

    @Test
    void theDemoMayShowThemAndProdStartsWithout() {
        assertThatCode(() -> new CitizenAccessController(null, null, null, onScreen(true), profile("default")))
                .doesNotThrowAnyException();
        assertThatCode(() -> new CitizenAccessController(null, null, null, onScreen(false), profile("prod")))
                .doesNotThrowAnyException();
    }
}
