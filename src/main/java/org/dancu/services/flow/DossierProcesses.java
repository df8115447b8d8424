package org.dancu.services.flow;

import org.dancu.services.DossierView;
import org.dancu.services.ProcedureFamily;
import org.springframework.stereotype.Component;

/** The workflow engine's side of a dossier: the process of its procedure's family. */
@Component
class DossierProcesses {

    /** Starts the dossier's process; returns its instance id. */
    String start(DossierView dossier, ProcedureFamily family) {
        return null;
    }
}
