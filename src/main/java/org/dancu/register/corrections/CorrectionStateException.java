package org.dancu.register.corrections;

import org.dancu.register.CorrectionRefusedException;
import org.dancu.register.CorrectionState;

/**
 * A correction request asked to move from a state it cannot leave (decided twice, withdrawn after a
 * decision …); nothing changes. The message key explains it in the reader's language.
 */
class CorrectionStateException extends CorrectionRefusedException {

    private final CorrectionState from;
    private final CorrectionState to;

    CorrectionStateException(CorrectionState from, CorrectionState to) {
        super("register.correction.error.state");
        this.from = from;
        this.to = to;
    }

    @Override
    public String getMessage() {
        return "a " + from + " correction request cannot become " + to;
    }
}
