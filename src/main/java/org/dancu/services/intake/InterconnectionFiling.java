package org.dancu.services.intake;

import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Optional;

import org.dancu.audit.Actor;
import org.dancu.httpsig.ContentDigest;
import org.dancu.services.DossierCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files a dossier the interconnection software pushed, once per idempotency key of its signing key: a resend
 * of the same body finds the dossier filed the first time; the same key with another body is refused.
 */
@Service
class InterconnectionFiling {

    /** What became of a push: filed now, filed by an earlier send of it, or the key already used for another. */
    record Outcome(Kind kind, DossierCode code) {

        enum Kind { FILED, RESENT, KEY_REUSED }
    }

    private final DossierIntake intake;
    private final JdbcClient jdbc;

    InterconnectionFiling(DossierIntake intake, JdbcClient jdbc) {
        this.intake = intake;
        this.jdbc = jdbc;
    }

    @Transactional
    public Outcome file(String keyId, String idempotencyKey, byte[] body, IntakeRequest request, String origin) {
        byte[] digest = ContentDigest.sha256(body);
        // a resend arriving on another instance at the same moment waits here for the first
        jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(hashtext('services.interconnection'), hashtext(?))")
                .param(keyId + " " + idempotencyKey).query(Integer.class).single();
        Optional<Outcome> earlier = jdbc.sql("SELECT dossier_code, request_sha256 FROM services.idempotency_key "
                        + "WHERE key_id = ? AND idempotency_key = ?")
                .params(keyId, idempotencyKey)
                .query((rs, row) -> new Outcome(Arrays.equals(rs.getBytes(2), digest) ? Outcome.Kind.RESENT
                        : Outcome.Kind.KEY_REUSED, new DossierCode(rs.getString(1))))
                .optional();
        if (earlier.isPresent()) {
            return earlier.get();
        }
        DossierCode code = intake.file(request, Actor.system("interconnection:" + keyId), origin);
        jdbc.sql("INSERT INTO services.idempotency_key (key_id, idempotency_key, request_sha256, dossier_code, received_at) "
                        + "VALUES (?, ?, ?, ?, ?)")
                .params(keyId, idempotencyKey, digest, code.value(), request.receivedAt().atOffset(ZoneOffset.UTC))
                .update();
        return new Outcome(Outcome.Kind.FILED, code);
    }


}
