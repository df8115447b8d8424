package org.dancu.register.matching;

import org.dancu.cluster.ChangeSignals;
import org.dancu.register.PersonCorrected;
import org.dancu.register.PersonDied;
import org.dancu.register.PersonMoved;
import org.dancu.register.PersonRegistered;
import org.dancu.register.PersonsImported;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Any change of the register, one person or an applied import, drops the register held for matching,
 * here and on every other instance, so the next call links against the register as it is. Delivered
 * through the event outbox after the change commits, so the index is never dropped before the change
 * can be read.
 */
@Component
class RegisterChanges {

    static final String TOPIC = "register.persons";

    private final RegisterMatching matching;
    private final ChangeSignals signals;

    RegisterChanges(RegisterMatching matching, ChangeSignals signals) {
        this.matching = matching;
        this.signals = signals;
    }

    @ApplicationModuleListener
    void on(PersonsImported event) {
        changed();
    }

    @ApplicationModuleListener
    void on(PersonRegistered event) {
        changed();
    }

    @ApplicationModuleListener
    void on(PersonDied event) {
        changed();
    }

    @ApplicationModuleListener
    void on(PersonMoved event) {
        changed();
    }

    @ApplicationModuleListener
    void on(PersonCorrected event) {
        changed();
    }

    private void changed() {
        matching.invalidate();
        signals.changed(TOPIC);
    }
}
