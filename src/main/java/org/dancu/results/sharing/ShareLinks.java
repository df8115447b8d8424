package org.dancu.results.sharing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import org.dancu.audit.Actor;
import org.dancu.audit.AuditEntry;
import org.dancu.audit.AuditLedger;
import org.dancu.audit.AuditNote;
import org.dancu.audit.Outcome;
import org.dancu.civil.Pin;
import org.dancu.results.IssuedResult;
import org.dancu.results.ResultCode;
import org.dancu.results.ResultStatus;
import org.dancu.results.Results;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A holder shares one of their valid results for a while: a link with a secret of 256 random bits
 * ({@code /r/s/{secret}}), shown to the holder once and kept only as its SHA-256; the holder lists and
 * withdraws their links. Only a holder of the result shares it: anyone else is refused, and the attempt is on
 * the ledger against each holder, as the portal's own guard records a foreign ID.
 */
@Service
public class ShareLinks {

    static final String PERSON = "person";
    private static final int SECRET_BYTES = 32;

    /** What a share link opens: the result, the moment it ended, or nothing. */
    public sealed interface Opened permits Open, Ended, Unknown {
    }

    public record Open(IssuedResult result) implements Opened {
    }

    /** A link that no longer opens: since when, and whether because its result was revoked or superseded. */
    public record Ended(long shareId, Instant endedAt, boolean withItsResult) implements Opened {
    }

    public record Unknown() implements Opened {
    }

    /** A new link: the secret is in the address and nowhere else. */
    public record Created(ShareLink link, String secret) {
    }

    private final ShareLinkStore store;
    private final Results results;
    private final AuditLedger ledger;
    private final SecureRandom random = new SecureRandom();
    private final Clock clock = Clock.systemUTC();

    ShareLinks(ShareLinkStore store, Results results, AuditLedger ledger) {
        this.store = store;
        this.results = results;
        this.ledger = ledger;
    }

    /** The holder's link to the result, open for the lifetime given; refused for a result not theirs or not valid. */
    @Transactional
    public Created share(Pin holder, ResultCode code, Duration lifetime, String origin) {
        IssuedResult result = holdersResult(holder, code, "results.share.create", origin);
        if (result.status() != ResultStatus.VALID) {
            throw new SharingRefused("results.share.refused.not-valid");
        }
        ShareLink link = ShareLink.create(code, holder, lifetime, clock.instant());
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        String text = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ShareLink stored = store.add(link, hash(text));
        ledger.record(new AuditEntry(Actor.citizen(holder), "results.share.create", PERSON, holder.value(), null,
                origin, Outcome.SUCCESS, AuditNote.of("audit.note.results.share-create", code.value(),
                        stored.id())));
        return new Created(stored, text);
    }

    /**
     * The holder withdraws one of their links. Anyone else's request is refused as if the link did not exist,
     * and the attempt is on the ledger against the link's holder.
     */
    @Transactional
    public void revoke(Pin holder, long shareId, String origin) {
        ShareLink link = store.findById(shareId).orElseThrow(() -> new SharingRefused("results.share.refused.no-link"));
        try {
            link.revoke(holder, clock.instant());
        } catch (SharingRefused refused) {
            if (!link.holder().equals(holder)) {
                ledger.record(new AuditEntry(Actor.citizen(holder), "results.share.revoke", PERSON,
                        link.holder().value(), null, origin, Outcome.DENIED,
                        AuditNote.of("audit.note.results.not-holder", link.result().value())));
                throw new SharingRefused("results.share.refused.no-link");
            }
            throw refused;
        }
        store.save(link);
        ledger.record(new AuditEntry(Actor.citizen(holder), "results.share.revoke", PERSON, holder.value(), null,
                origin, Outcome.SUCCESS, AuditNote.of("audit.note.results.share-revoke", link.result().value(),
                        shareId)));
    }

    /** The holder's links, newest first. */
    public List<ShareLink> of(Pin holder) {
        return store.ofHolder(holder);
    }

    /** What the link with this secret opens now; any text that is no link's secret opens nothing. */
    public Opened open(String secret) {
        Instant now = clock.instant();
        return store.findBySecretHash(hash(secret)).<Opened>map(link -> {
            if (!link.openAt(now)) {
                return new Ended(link.id(), link.endedAt(now), link.endedWithItsResult(now));
            }
            return results.find(link.result()).<Opened>map(Open::new).orElseGet(Unknown::new);
        }).orElseGet(Unknown::new);
    }

    /**
     * The result, when the citizen is one of its holders. Otherwise refused: an unknown code as not found, and
     * another person's result with an entry against each of its holders, who see the attempt.
     */
    IssuedResult holdersResult(Pin citizen, ResultCode code, String action, String origin) {
        IssuedResult result = results.find(code).orElseThrow(() -> new SharingRefused("results.share.refused.no-result"));
        if (!result.holders().contains(citizen)) {
            for (Pin holder : result.holders()) {
                ledger.record(new AuditEntry(Actor.citizen(citizen), action, PERSON, holder.value(), null, origin,
                        Outcome.DENIED, AuditNote.of("audit.note.results.not-holder", code.value())));
            }
            throw new SharingRefused("results.share.refused.no-result");
        }
        return result;
    }

    private static byte[] hash(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
