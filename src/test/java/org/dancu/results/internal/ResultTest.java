package org.dancu.results.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.dancu.civil.Pin;
import org.dancu.results.IssuedResult;
import org.dancu.results.Provenance;
import org.dancu.results.ResultCode;
import org.dancu.results.ResultField;
import org.dancu.results.ResultIssued;
import org.dancu.results.ResultRevoked;
import org.dancu.results.ResultStateException;
import org.dancu.results.ResultStatus;
import org.dancu.results.ResultSuperseded;
import org.dancu.results.ResultType;
import org.junit.jupiter.api.Test;

/** A result moves only from valid, once, and each move registers its event. */
class ResultTest {

    private static final Instant NOW = Instant.parse("2026-12-07T03:00:00Z");
    private static final ResultCode CODE = ResultCode.of("011", ResultType.BIRTH_EXTRACT, 2026, 1);
    private static final ResultCode NEXT = ResultCode.of("011", ResultType.BIRTH_EXTRACT, 2026, 2);

    private static Result issued() {
        IssuedResult state = new IssuedResult(CODE, "public", ResultType.BIRTH_EXTRACT,
                List.of(Pin.of("011219000123")), "SO_TP", "officer", "basis", null,
                List.of(new ResultField("full-name", "Lò Văn Sáng")), null, Provenance.ISSUED, ResultStatus.VALID,
                null, null, NOW, null, new byte[32], "kid", 7);
        Result result = Result.issue(state, new SealedRecord(new byte[1], "VN1:"), "03334");
        return result;
    }

    @Test
    void issuingRegistersResultIssued() {
        assertThat(issued().events()).containsExactly(
                new ResultIssued(CODE, ResultType.BIRTH_EXTRACT, List.of(Pin.of("011219000123")), Provenance.ISSUED));
    }

    @Test
    void aValidResultIsSupersededOnce() {
        Result result = issued();
        result.clearEvents();
        result.supersede(NEXT, "canbo", NOW);
        assertThat(result.view().status()).isEqualTo(ResultStatus.SUPERSEDED);
        assertThat(result.view().successor()).isEqualTo(NEXT);
        assertThat(result.view().statusChangedAt()).isEqualTo(NOW);
        assertThat(result.changedBy()).isEqualTo("canbo");
        assertThat(result.events()).containsExactly(new ResultSuperseded(CODE, NEXT));
    }

    @Test
    void aValidResultIsRevokedOnceWithItsReason() {
        Result result = issued();
        result.clearEvents();
        result.revoke("  cấp nhầm người  ", "canbo", NOW);
        assertThat(result.view().status()).isEqualTo(ResultStatus.REVOKED);
        assertThat(result.view().revocationReason()).isEqualTo("cấp nhầm người");
        assertThat(result.events()).containsExactly(new ResultRevoked(CODE, "cấp nhầm người"));
    }

    @Test
    void aRevokedResultCanNeitherBeRevokedAgainNorSuperseded() {
        Result result = issued();
        result.revoke("cấp nhầm", "canbo", NOW);
        result.clearEvents();
        assertThatThrownBy(() -> result.revoke("lần nữa", "canbo", NOW)).isInstanceOf(ResultStateException.class)
                .satisfies(e -> assertThat(((ResultStateException) e).status()).isEqualTo(ResultStatus.REVOKED));
        assertThatThrownBy(() -> result.supersede(NEXT, "canbo", NOW)).isInstanceOf(ResultStateException.class);
        assertThat(result.view().status()).isEqualTo(ResultStatus.REVOKED);
        assertThat(result.view().revocationReason()).isEqualTo("cấp nhầm");
        assertThat(result.events()).isEmpty();
    }

    @Test
    void aSupersededResultCanNeitherBeSupersededAgainNorRevoked() {
        Result result = issued();
        result.supersede(NEXT, "canbo", NOW);
        result.clearEvents();
        assertThatThrownBy(() -> result.supersede(ResultCode.of("011", ResultType.BIRTH_EXTRACT, 2026, 3), "canbo", NOW))
                .isInstanceOf(ResultStateException.class)
                .hasMessage("results.error.state.superseded");
        assertThatThrownBy(() -> result.revoke("sai", "canbo", NOW)).isInstanceOf(ResultStateException.class);
        assertThat(result.view().successor()).isEqualTo(NEXT);
        assertThat(result.events()).isEmpty();
    }

    @Test
    void aRevocationWithoutReasonOrAResultReplacingItselfIsRefused() {
        Result result = issued();
        result.clearEvents();
        assertThatThrownBy(() -> result.revoke("  ", "canbo", NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> result.supersede(CODE, "canbo", NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThat(result.view().status()).isEqualTo(ResultStatus.VALID);
        assertThat(result.events()).isEmpty();
    }

    @Test
    void aResultIsNotIssuedInAnyStatusButValid() {
        IssuedResult revoked = new IssuedResult(CODE, "p", ResultType.BIRTH_EXTRACT, List.of(), "SO_TP", "o", "b", null,
                List.of(), null, Provenance.ISSUED, ResultStatus.REVOKED, null, "x", NOW, NOW, new byte[32], "k", 0);
        assertThatThrownBy(() -> Result.issue(revoked, new SealedRecord(new byte[1], "VN1:"), null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
