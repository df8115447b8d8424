package org.dancu.cluster;

/**
 * Signals between the instances that share the database: a module that keeps data in memory says when
 * that data changed, and every instance, this one included, drops its copy. A topic names the data
 * (such as {@code register.persons}); the signal carries nothing else, never personal data.
 */
public interface ChangeSignals {

    /**
     * Tells every instance that the data of {@code topic} changed: when the current transaction commits
     * (nothing if it rolls back), at once outside a transaction. The caller drops its own copy too: the
     * signal reaches this instance a little later.
     */
    void changed(String topic);

    /**
     * Runs {@code reaction} whenever any instance says {@code topic} changed, and whenever this instance
     * may have missed such a signal (its listening connection was lost and has been opened again).
     * Reactions run on the listener's thread, one at a time: they drop what is held or rebuild it quickly.
     */
    void onChange(String topic, Runnable reaction);
}
