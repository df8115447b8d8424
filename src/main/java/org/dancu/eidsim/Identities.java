package org.dancu.eidsim;

import java.util.Optional;

import org.dancu.civil.Pin;

/** Whom the simulated provider knows: the register's persons inside the application, the synthetic ones alone. */
@FunctionalInterface
public interface Identities {

    Optional<Identity> find(Pin pin);
}
