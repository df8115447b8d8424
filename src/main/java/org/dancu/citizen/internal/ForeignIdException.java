package org.dancu.citizen.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A citizen's request named a personal ID not theirs; already on the ledger. */
@ResponseStatus(HttpStatus.FORBIDDEN)
public class ForeignIdException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ForeignIdException() {
        super("a citizen may use their own ID only");
    }
}
