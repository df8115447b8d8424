package org.dancu.register.corrections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.dancu.civil.Pin;
import org.dancu.register.CorrectionAccepted;
import org.dancu.register.CorrectionRefusedException;
import org.dancu.register.CorrectionRejected;
import org.dancu.register.CorrectionRequested;
import org.dancu.register.CorrectionState;
import org.dancu.register.CorrectionWithdrawn;
import org.dancu.register.PersonField;
import org.junit.jupiter.api.Test;

/** A correction request moves only through its own methods, only while open, and each move is an event. */
class CorrectionRequestTest {

    private static final Instant AT = Instant.parse("2026-12-07T03:00:00Z");
    private static final Pin PIN = Pin.parse("011090123456").value();

    private static CorrectionRequest request(CorrectionState state) {
        return new CorrectionRequest(42L, 7L, PIN, "03334", Map.of(PersonField.GIVEN_NAME, "Ân"),
                Map.of(PersonField.GIVEN_NAME, "An"), "Giấy khai sinh", Locale.ENGLISH, AT.minusSeconds(3600), state,
                state == CorrectionState.SUBMITTED ? null : AT, null, state == CorrectionState.REJECTED ? "Sai" : null);
    }

    @Test
    void aNewRequestIsOpenAndSaysSoOnceStored() {
        CorrectionRequest request = CorrectionRequest.submit(7L, PIN, "03334", Map.of(PersonField.SEX, "F"),
                Map.of(PersonField.SEX, "M"), "CCCD", Locale.forLanguageTag("vi"), AT);
        assertThat(request.state()).isEqualTo(CorrectionState.SUBMITTED);
        assertThat(request.events()).isEmpty();

        request.stored(42);
        assertThat(request.events()).containsExactly(
                new CorrectionRequested(42, 7, "03334", Set.of(PersonField.SEX), AT));
        assertThatThrownBy(() -> request.stored(43)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aRequestNamesAtLeastOneField() {
        assertThatThrownBy(() -> CorrectionRequest.submit(7L, PIN, "03334", Map.of(), Map.of(), "CCCD",
                Locale.ENGLISH, AT)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anOpenRequestIsAcceptedRejectedOrWithdrawnAndEachMoveIsAnEvent() {
        CorrectionRequest accepted = request(CorrectionState.SUBMITTED);
        accepted.accept("xa.canbo", AT);
        assertThat(accepted.state()).isEqualTo(CorrectionState.ACCEPTED);
        assertThat(accepted.decidedBy()).isEqualTo("xa.canbo");
        assertThat(accepted.events()).containsExactly(new CorrectionAccepted(42, 7, "xa.canbo", AT));

        CorrectionRequest rejected = request(CorrectionState.SUBMITTED);
        rejected.reject("xa.canbo", "  Giấy khai sinh ghi tên An  ", AT);
        assertThat(rejected.state()).isEqualTo(CorrectionState.REJECTED);
        assertThat(rejected.reason()).isEqualTo("Giấy khai sinh ghi tên An");
        assertThat(rejected.events()).containsExactly(new CorrectionRejected(42, 7, "xa.canbo", AT));

        CorrectionRequest withdrawn = request(CorrectionState.SUBMITTED);
        withdrawn.withdraw(AT);
        assertThat(withdrawn.state()).isEqualTo(CorrectionState.WITHDRAWN);
        assertThat(withdrawn.events()).containsExactly(new CorrectionWithdrawn(42, 7, AT));
    }

    @Test
    void everyMoveFromADecidedOrWithdrawnRequestIsRefusedAndChangesNothing() {
        Map<String, Consumer<CorrectionRequest>> moves = Map.of(
                "accept", r -> r.accept("xa.canbo", AT),
                "reject", r -> r.reject("xa.canbo", "Sai", AT),
                "withdraw", r -> r.withdraw(AT));
        for (CorrectionState from : Set.of(CorrectionState.ACCEPTED, CorrectionState.REJECTED,
                CorrectionState.WITHDRAWN)) {
            moves.forEach((name, move) -> {
                CorrectionRequest request = request(from);
                assertThatThrownBy(() -> move.accept(request)).as("%s from %s", name, from)
                        .isInstanceOf(CorrectionStateException.class)
                        .satisfies(e -> assertThat(((CorrectionRefusedException) e).messageKey())
                                .isEqualTo("register.correction.error.state"));
                assertThat(request.state()).isEqualTo(from);
                assertThat(request.events()).isEmpty();
            });
        }
    }

    @Test
    void aRejectionNeedsAReasonOfReasonableLength() {
        CorrectionRequest request = request(CorrectionState.SUBMITTED);
        assertThatThrownBy(() -> request.reject("xa.canbo", "   ", AT))
                .isInstanceOf(CorrectionRefusedException.class)
                .satisfies(e -> assertThat(((CorrectionRefusedException) e).problems())
                        .containsEntry("reason", "register.correction.error.reason"));
        assertThatThrownBy(() -> request.reject("xa.canbo", "x".repeat(CorrectionRequest.MAX_REASON + 1), AT))
                .isInstanceOf(CorrectionRefusedException.class);
        assertThat(request.state()).isEqualTo(CorrectionState.SUBMITTED);
        assertThat(request.events()).isEmpty();
    }

    @Test
    void aRequestNotYetStoredCannotBeDecided() {
        CorrectionRequest request = CorrectionRequest.submit(7L, PIN, "03334", Map.of(PersonField.SEX, "F"),
                Map.of(PersonField.SEX, "M"), "CCCD", Locale.ENGLISH, AT);
        assertThatThrownBy(() -> request.accept("xa.canbo", AT)).isInstanceOf(IllegalStateException.class);
        assertThat(request.state()).isEqualTo(CorrectionState.SUBMITTED);
    }
}
