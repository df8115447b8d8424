package org.dancu.steering;

import java.util.Set;

/**
 * A domain event after which what an {@link IndicatorSource} counts may differ: a death, a move, an
 * applied import, a finished evaluation or reconciliation. The modules that feed steering cannot be
 * named by it (they depend on steering), so their events say so by implementing this interface;
 * steering then recounts shortly after, a burst of such events coalesced into one recount
 * (docs/steering.md, "Figures follow the data").
 */
public interface CountedDataChanged {

    /**
     * The codes of the current communes whose counts may have changed; empty when the change may touch
     * any commune (or the event cannot tell).
     */
    default Set<String> communes() {
        return Set.of();
    }
}
