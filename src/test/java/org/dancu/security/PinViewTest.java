package org.dancu.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PinViewTest {

    private static final String PIN = "011090012345";

    @Test
    void keepersOfPopulationDataSeeTheWholeId() {
        assertThat(new PinView(true).of(PIN)).isEqualTo(PIN);
    }

    @Test
    void othersSeeOnlyTheEnds() {
        String shown = new PinView(false).of(PIN);

        assertThat(shown).hasSize(12).startsWith("011").endsWith("345").doesNotContain("09001");
    }

    @Test
    void aMissingIdStaysMissing() {
        assertThat(new PinView(false).of(null)).isNull();
        assertThat(new PinView(true).of(null)).isNull();
    }

    @Test
    void whatIsNoIdIsShownAsItIs() {
        assertThat(new PinView(false).of("staff-account 42")).isEqualTo("staff-account 42");
        assertThat(new PinView(false).of("3f2a9c1e-0000-4000-8000-000000000000")).startsWith("3f2a9c1e");
    }
}
