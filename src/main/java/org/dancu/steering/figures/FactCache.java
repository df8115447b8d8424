package org.dancu.steering.figures;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Figures read from the fact table, kept for as long as the stored figures do not change. Every
 * lookup reads the figures' version ({@code steering.fact_version}, moved by a trigger with every
 * change of values or targets, in the changing transaction) before anything else, and entries are
 * kept per version: what was read under version v was read after v committed, so it is never older
 * than v, and a newer version starts from an empty cache. This holds whichever process changed the
 * figures, so several instances and the command line share no state and never show stale figures.
 *
 * <p>Callers put everything that decides a result in its key, the scope's root unit included: the
 * cache holds results of scoped queries, it does not apply scopes. Nothing is kept inside a
 * transaction (it might see its own uncommitted figures), nor beyond {@value #MAX_ENTRIES} entries
 * per version (keys come from request parameters).
 */
@Component
public class FactCache {

    static final int MAX_ENTRIES = 20_000;

    private final JdbcClient jdbc;
    private final AtomicReference<Generation> generation = new AtomicReference<>(new Generation(Long.MIN_VALUE));

    FactCache(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A key of the given parts, any of which may be null (a scope without a locality). */
    public static List<Object> key(Object... parts) {
        return Arrays.asList(parts);
    }

    /** The value stored under this key for the current figures, loaded on first use; never null. */
    @SuppressWarnings("unchecked")
    public <T> T get(List<Object> key, Supplier<T> load) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return load.get();
        }
        long version = jdbc.sql("SELECT version FROM steering.fact_version").query(Long.class).single();
        Generation current = generation.updateAndGet(g -> g.version() < version ? new Generation(version) : g);
        if (current.version() != version) {
            // another request has already seen newer figures than this one will read
            return load.get();
        }
        Object found = current.values().get(key);
        if (found != null) {
            return (T) found;
        }
        T loaded = Objects.requireNonNull(load.get());
        if (current.values().size() < MAX_ENTRIES) {
            current.values().putIfAbsent(key, loaded);
        }
        return loaded;
    }

    private record Generation(long version, Map<List<Object>, Object> values) {

        Generation(long version) {
            this(version, new ConcurrentHashMap<>());
        }
    }
}
