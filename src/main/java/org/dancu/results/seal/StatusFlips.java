package org.dancu.results.seal;

import org.dancu.results.IssuedResult;
import org.dancu.results.ResultCode;
import org.dancu.results.ResultRevoked;
import org.dancu.results.ResultStatus;
import org.dancu.results.ResultSuperseded;
import org.dancu.results.Results;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Publishes a result's revocation or supersession in its status list, once the change is committed. */
@Component
class StatusFlips {

    private final Results results;
    private final StatusLists statusLists;

    StatusFlips(Results results, StatusLists statusLists) {
        this.results = results;
        this.statusLists = statusLists;
    }

    @ApplicationModuleListener
    void on(ResultRevoked event) {
        statusLists.mark(entryOf(event.code()), ResultStatus.REVOKED);
    }

    @ApplicationModuleListener
    void on(ResultSuperseded event) {
        statusLists.mark(entryOf(event.code()), ResultStatus.SUPERSEDED);
    }

    private int entryOf(ResultCode code) {
        return results.find(code).map(IssuedResult::statusIndex)
                .orElseThrow(() -> new IllegalStateException("no result " + code + " to mark in its status list"));
    }
}
