package org.dancu.banksim;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.dancu.civil.Pin;

/** Whom the simulated bank knows: the register's persons inside the application, the synthetic ones alone. */
@FunctionalInterface
public interface Holders {

    Optional<Holder> find(Pin pin);

    /** The holders of these IDs (unknown ones absent): one look-up for a file's worth of payments. */
    default Map<Pin, Holder> findAll(Collection<Pin> pins) {
        Map<Pin, Holder> found = new HashMap<>();
        pins.forEach(pin -> find(pin).ifPresent(holder -> found.put(pin, holder)));
        return found;
    }
}
