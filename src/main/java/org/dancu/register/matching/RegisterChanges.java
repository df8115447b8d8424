package org.dancu.register.matching;

import org.dancu.register.PersonCorrected;
import org.dancu.register.PersonDied;
import org.dancu.register.PersonMoved;
import org.dancu.register.PersonRegistered;
import org.dancu.register.PersonsImported;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Any change of the register, one person or an applied import, drops the register held for matching,
 * so the next call links against the register as it is. Delivered through the event outbox after the
 * change commits, so the index is never dropped before the change can be read.
 */
@Component
class RegisterChanges {

    private final RegisterMatching matching;

    RegisterChanges(RegisterMatching matching) {
        this.matching = matching;
    }

    @ApplicationModuleListener
    void on(PersonsImported event) {
        matching.invalidate();
    }

    @ApplicationModuleListener
    void on(PersonRegistered event) {
        matching.invalidate();
    }

    @ApplicationModuleListener
    void on(PersonDied event) {
        matching.invalidate();
    }

    @ApplicationModuleListener
    void on(PersonMoved event) {
        matching.invalidate();
    }

    @ApplicationModuleListener
    void on(PersonCorrected event) {
        matching.invalidate();
    }
}
