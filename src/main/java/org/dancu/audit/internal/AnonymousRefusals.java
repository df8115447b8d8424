package org.dancu.audit.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.dancu.audit.Actor;
import org.dancu.audit.Outcome;

/**
 * Keeps one unauthenticated client from flooding the ledger: of the refusals of one kind (action and object type)
 * to one client address in one window, the first few are recorded singly and the rest counted; when the window
 * ends, one summary entry records how many were counted. Authenticated actors and other outcomes pass untouched:
 * a known actor's every action stays on record.
 */
final class AnonymousRefusals {

    /** Clients tracked at once; past that, new clients share one window, so memory stays bounded under any flood. */
    static final int MAX_CLIENTS = 10_000;
    static final String ANY_CLIENT = "*";

    private final int perWindow;
    private final Duration window;
    private final Map<Key, Window> windows = new HashMap<>();

    AnonymousRefusals(int perWindow, Duration window) {
        this.perWindow = perWindow;
        this.window = window;
    }

    /** Is this entry to be recorded singly? False means it was counted into its window's summary. */
    synchronized boolean admit(EntryContent entry, Instant now) {
        if (!Actor.Kind.ANONYMOUS.name().equals(entry.actorKind()) || !Outcome.DENIED.name().equals(entry.outcome())) {
            return true;
        }
        Key key = new Key(entry.origin(), entry.action(), entry.objectType());
        if (!windows.containsKey(key) && windows.size() >= MAX_CLIENTS) {
            key = new Key(ANY_CLIENT, entry.action(), entry.objectType());
        }
        Window current = windows.computeIfAbsent(key, k -> new Window(now));
        if (current.seen < perWindow) {
            current.seen++;
            return true;
        }
        current.counted++;
        return false;
    }

    /** The summaries of the windows that ended by {@code now}; those windows are forgotten. */
    synchronized List<EntryContent> closeEnded(Instant now) {
        return close(now, false);
    }

    /** The summaries of every window, ended or not, as at shutdown; all windows are forgotten. */
    synchronized List<EntryContent> closeAll(Instant now) {
        return close(now, true);
    }

    private List<EntryContent> close(Instant now, boolean all) {
        List<EntryContent> summaries = new ArrayList<>();
        for (Iterator<Map.Entry<Key, Window>> it = windows.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Key, Window> open = it.next();
            Instant end = open.getValue().start.plus(window);
            if (all || !end.isAfter(now)) {
                it.remove();
                if (open.getValue().counted > 0) {
                    summaries.add(summary(open.getKey(), open.getValue(), end.isAfter(now) ? now : end));
                }
            }
        }
        return summaries;
    }

    private static EntryContent summary(Key key, Window ended, Instant end) {
        return new EntryContent(Actor.Kind.SYSTEM.name(), "audit", key.action, key.objectType, null, null,
                key.origin, Outcome.DENIED.name(), "counted " + ended.counted + " more refusals from " + ended.start
                        + " to " + end + ", not recorded singly");
    }

    private record Key(String origin, String action, String objectType) {
    }

    private static final class Window {
        private final Instant start;
        private int seen;
        private long counted;

        private Window(Instant start) {
            this.start = start;
        }
    }
}
