package org.dancu.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class AnonymousRefusalsTest {

    private static final Instant T0 = Instant.parse("2026-12-07T06:00:00Z");
    private final AnonymousRefusals refusals = new AnonymousRefusals(3, Duration.ofMinutes(1));

    private static EntryContent refusal(String origin) {
        return new EntryContent("ANONYMOUS", "", "security.access-denied", "page", "/x", null, origin, "DENIED", null);
    }

    private long admitted(String origin, int times, Instant at) {
        return IntStream.range(0, times).filter(i -> refusals.admit(refusal(origin), at)).count();
    }

    @Test
    void aClientsFirstRefusalsAreRecordedAndTheRestCountedIntoOneSummary() {
        assertThat(admitted("10.0.0.1", 500, T0)).isEqualTo(3);
        assertThat(refusals.closeEnded(T0.plusSeconds(59))).isEmpty();

        assertThat(refusals.closeEnded(T0.plusSeconds(60))).singleElement().satisfies(summary -> {
            assertThat(summary.actorKind()).isEqualTo("SYSTEM");
            assertThat(summary.origin()).isEqualTo("10.0.0.1");
            assertThat(summary.action()).isEqualTo("security.access-denied");
            assertThat(summary.detail()).startsWith("counted 497 more refusals from 2026-12-07T06:00:00Z");
        });
        assertThat(admitted("10.0.0.1", 1, T0.plusSeconds(61))).as("a new window").isEqualTo(1);
    }

    @Test
    void clientsAreCountedApartAndAWindowWithNothingCountedLeavesNoSummary() {
        assertThat(admitted("10.0.0.1", 5, T0)).isEqualTo(3);
        assertThat(admitted("10.0.0.2", 2, T0)).isEqualTo(2);
        assertThat(refusals.closeEnded(T0.plusSeconds(60))).singleElement()
                .satisfies(summary -> assertThat(summary.origin()).isEqualTo("10.0.0.1"));
    }

    @Test
    void staffAndSuccessesAreNeverThrottled() {
        EntryContent staff = new EntryContent("STAFF", "lan.nt", "security.access-denied", "page", "/x", null,
                "10.0.0.1", "DENIED", null);
        EntryContent login = new EntryContent("ANONYMOUS", "x", "security.login", "staff-account", "x", null,
                "10.0.0.1", "SUCCESS", null);
        assertThat(IntStream.range(0, 50).allMatch(i -> refusals.admit(staff, T0) && refusals.admit(login, T0))).isTrue();
    }

    @Test
    void shutdownSummarisesOpenWindowsUpToNow() {
        admitted("10.0.0.1", 10, T0);
        assertThat(refusals.closeAll(T0.plusSeconds(5))).singleElement()
                .satisfies(summary -> assertThat(summary.detail()).contains("counted 7 more refusals")
                        .contains("to 2026-12-07T06:00:05Z"));
    }

    @Test
    void aFloodOfClientAddressesSharesOneWindowPastTheBound() {
        for (int i = 0; i < AnonymousRefusals.MAX_CLIENTS; i++) {
            refusals.admit(refusal("c" + i), T0);
        }
        assertThat(admitted("one-more", 10, T0)).isEqualTo(3);
        assertThat(admitted("and-another", 10, T0)).isZero();
        assertThat(refusals.closeEnded(T0.plusSeconds(60))).singleElement()
                .satisfies(summary -> assertThat(summary.origin()).isEqualTo(AnonymousRefusals.ANY_CLIENT));
    }
}
