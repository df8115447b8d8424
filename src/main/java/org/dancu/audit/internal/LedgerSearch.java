package org.dancu.audit.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.dancu.audit.AuditRecord;
import org.dancu.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The auditor's queries: newest first, narrowed by actor, action, object and period, paged by
 * sequence number (a keyset) so a page deep in a long ledger costs what the first one does.
 */
public final class LedgerSearch implements AuditTrail {

    static final int MAX_LIMIT = 1000;

    private final JdbcClient jdbc;

    LedgerSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * What to look for; null fields do not narrow.
     *
     * @param action an action or the start of one: {@code register.} finds every register action
     * @param from   first instant included
     * @param until  first instant no longer included
     */
    public record Filter(String actorId, String action, String objectType, String objectId, Instant from,
                         Instant until) {

        public static final Filter NONE = new Filter(null, null, null, null, null, null);
    }

    /**
     * One page, newest first, with the cursors to the neighbouring pages.
     *
     * @param newerThan pass as {@code after} for the next newer page; null when there is none
     * @param olderThan pass as {@code before} for the next older page; null when there is none
     */
    public record Page(List<AuditRecord> records, Long newerThan, Long olderThan) {
    }

    @Override
    public List<AuditRecord> findByObject(String objectType, String objectId, int limit) {
        return aboutObject(objectType, objectId, null, limit);
    }

    @Override
    public List<AuditRecord> findByObjectBefore(String objectType, String objectId, long before, int limit) {
        return aboutObject(objectType, objectId, before, limit);
    }

    private List<AuditRecord> aboutObject(String objectType, String objectId, Long before, int limit) {
        Objects.requireNonNull(objectType, "objectType");
        Objects.requireNonNull(objectId, "objectId");
        return page(new Filter(null, null, objectType, objectId, null, null), before, null, limit).records();
    }

    @Override
    public Optional<AuditRecord> newest() {
        return page(Filter.NONE, null, null, 1).records().stream().findFirst();
    }

    /**
     * The newest matching entries, or those just older than {@code before}, or those just newer
     * than {@code after}.
     */
    public Page page(Filter filter, Long before, Long after, int size) {
        if (size < 1 || size > MAX_LIMIT) {
            throw new IllegalArgumentException("page size must be between 1 and " + MAX_LIMIT + ": " + size);
        }
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        narrow(filter, conditions, params);
        boolean forward = after != null;
        if (forward) {
            conditions.add("seq > :after");
            params.put("after", after);
        } else if (before != null) {
            conditions.add("seq < :before");
            params.put("before", before);
        }
        params.put("limit", size + 1);
        String sql = "SELECT " + LedgerRows.COLUMNS + " FROM audit.ledger"
                + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions))
                + " ORDER BY seq " + (forward ? "ASC" : "DESC") + " LIMIT :limit";
        List<AuditRecord> found = new ArrayList<>(jdbc.sql(sql).params(params)
                .query((rs, n) -> toRecord(LedgerRows.read(rs))).list());
        boolean more = found.size() > size;
        List<AuditRecord> records = found.subList(0, Math.min(size, found.size()));
        if (forward) {
            Collections.reverse(records);
        }
        if (records.isEmpty()) {
            return new Page(List.of(), null, null);
        }
        long newest = records.get(0).seq();
        long oldest = records.get(records.size() - 1).seq();
        boolean newer = forward ? more : before != null;
        boolean older = forward || more;
        return new Page(List.copyOf(records), newer ? newest : null, older ? oldest : null);
    }

    private static void narrow(Filter filter, List<String> conditions, Map<String, Object> params) {
        if (filter.actorId() != null) {
            conditions.add("actor_id = :actorId");
            params.put("actorId", filter.actorId());
        }
        if (filter.action() != null) {
            conditions.add("starts_with(action, :action)");
            params.put("action", filter.action());
        }
        if (filter.objectType() != null) {
            conditions.add("object_type = :objectType");
            params.put("objectType", filter.objectType());
        }
        if (filter.objectId() != null) {
            conditions.add("object_id = :objectId");
            params.put("objectId", filter.objectId());
        }
        if (filter.from() != null) {
            conditions.add("occurred_at >= :from");
            params.put("from", filter.from().atOffset(ZoneOffset.UTC));
        }
        if (filter.until() != null) {
            conditions.add("occurred_at < :until");
            params.put("until", filter.until().atOffset(ZoneOffset.UTC));
        }
    }

    private static AuditRecord toRecord(LedgerRow row) {
        return new AuditRecord(row.seq(), row.occurredAt(), row.content().toEntry(), ChainHasher.hex(row.hash()));
    }
}
