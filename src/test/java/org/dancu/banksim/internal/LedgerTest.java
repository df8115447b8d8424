package org.dancu.banksim.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a simulated bank keeps survives a restart from its directory: the files received (kept once by message
 * id), the payments seen (a second payment of one end-to-end id is a duplicate), the messages sent (numbering
 * goes on), and which of a day's bookings a statement already holds.
 */
class LedgerTest {

    private static final String BANK = "970418";
    private static final LocalDate DAY = LocalDate.of(2026, 12, 8);

    @TempDir Path directory;

    @Test
    void aRestartedBankGoesOnWhereItStopped() {
        Ledger before = new Ledger(directory);
        assertThat(before.receive(BANK, "MSG-1", bytes("file one"))).isTrue();
        before.send(BANK, "pain.002", sequence -> bytes("status " + sequence));
        before.paidBefore(BANK, List.of("E2E-1"));
        before.book(BANK, DAY, List.of(new Ledger.Booking("0011", "E2E-1", 500_000, "1234")));
        assertThat(before.unstated(BANK, DAY)).hasSize(1);

        Ledger after = new Ledger(directory);

        assertThat(after.receive(BANK, "MSG-1", bytes("file one"))).isFalse();
        assertThatThrownBy(() -> after.receive(BANK, "MSG-1", bytes("file two"))).isInstanceOf(IllegalStateException.class);
        assertThat(after.send(BANK, "camt.054", sequence -> bytes("booked " + sequence))).isEqualTo(2);
        assertThat(after.sentAfter(BANK, 0, 10)).extracting(sent -> sent.sequence() + " " + sent.type() + " "
                + new String(sent.content(), StandardCharsets.UTF_8)).containsExactly("1 pain.002 status 1",
                "2 camt.054 booked 2");
        assertThat(after.paidBefore(BANK, List.of("E2E-1", "E2E-2"))).containsExactly("E2E-1");
        after.book(BANK, DAY, List.of(new Ledger.Booking("0011", "E2E-2", 500_000, "5678")));
        assertThat(after.unstated(BANK, DAY)).extracting(Ledger.Booking::endToEndId).containsExactly("E2E-2");
        assertThat(after.unstated(BANK, DAY)).isEmpty();
    }

    @Test
    void withoutADirectoryItKeepsEverythingInMemory() {
        Ledger memory = new Ledger(null);
        memory.send(BANK, "pain.002", sequence -> bytes("status"));

        assertThat(memory.sentAfter(BANK, 0, 10)).singleElement().extracting(Ledger.Sent::sequence).isEqualTo(1L);
        assertThat(new Ledger(null).sentAfter(BANK, 0, 10)).isEmpty();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
