package org.dancu.banksim;

import java.util.Optional;

import org.dancu.civil.Pin;

/** Whom the simulated bank knows: the register's persons inside the application, the synthetic ones alone. */
@FunctionalInterface
public interface Holders {

    Optional<Holder> find(Pin pin);
}
