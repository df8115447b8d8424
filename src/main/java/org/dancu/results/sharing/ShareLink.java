package org.dancu.results.sharing;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.stream.Stream;

import org.dancu.civil.Pin;
import org.dancu.results.ResultCode;

/**
 * A holder's time-limited link to one of their results: open from its creation until it expires, the holder
 * withdraws it or its result stops being valid (revoked or superseded), whichever comes first; then ended for good.
 * Only its holder may withdraw it, once.
 */
public final class ShareLink {

    public static final Duration SHORTEST = Duration.ofHours(1);
    public static final Duration LONGEST = Duration.ofDays(30);
    public static final Duration USUAL = Duration.ofDays(7);

    private final Long id;
    private final ResultCode result;
    private final Pin holder;
    private final Instant createdAt;
    private final Instant expiresAt;
    private Instant revokedAt;
    private final Instant resultEndedAt;

    /** @param resultEndedAt when its result was revoked or superseded; null while the result is valid */
    ShareLink(Long id, ResultCode result, Pin holder, Instant createdAt, Instant expiresAt, Instant revokedAt,
              Instant resultEndedAt) {
        this.id = id;
        this.result = Objects.requireNonNull(result, "result");
        this.holder = Objects.requireNonNull(holder, "holder");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
        this.revokedAt = revokedAt;
        this.resultEndedAt = resultEndedAt;
    }

    /** A new link for the holder, open for the lifetime given (from {@link #SHORTEST} to {@link #LONGEST}). */
    static ShareLink create(ResultCode result, Pin holder, Duration lifetime, Instant now) {
        if (lifetime.compareTo(SHORTEST) < 0 || lifetime.compareTo(LONGEST) > 0) {
            throw new SharingRefused("results.share.refused.lifetime");
        }
        return new ShareLink(null, result, holder, now, now.plus(lifetime), null, null);
    }

    /** Whether the link still opens the result. */
    public boolean openAt(Instant now) {
        return endedAt(now) == null;
    }

    /**
     * Since when the link no longer opens the result: withdrawn, expired or its result no longer valid, whichever
     * came first; null while it is open.
     */
    public Instant endedAt(Instant now) {
        return Stream.of(revokedAt, expiresAt, resultEndedAt).filter(end -> end != null && !now.isBefore(end))
                .min(Comparator.naturalOrder()).orElse(null);
    }

    /** Whether the link ended because its result was revoked or superseded (not withdrawn, not expired). */
    public boolean endedWithItsResult(Instant now) {
        Instant ended = endedAt(now);
        return ended != null && ended.equals(resultEndedAt) && !ended.equals(revokedAt) && !ended.equals(expiresAt);
    }

    /** The holder withdraws the link; refused to anyone else and once it has ended. */
    void revoke(Pin by, Instant now) {
        if (!holder.equals(by)) {
            throw new SharingRefused("results.share.refused.not-yours");
        }
        if (!openAt(now)) {
            throw new SharingRefused("results.share.refused.ended");
        }
        revokedAt = now;
    }

    public Long id() {
        return id;
    }

    public ResultCode result() {
        return result;
    }

    public Pin holder() {
        return holder;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }
}
