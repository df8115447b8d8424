package org.dancu.services.work;

import java.util.Map;

import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.dancu.security.SqlCondition;

/**
 * Which legs an officer's pages reach, in SQL over {@code services.leg l}: a commune officer the legs
 * their commune's officers handle in the scope's communes; an agency officer those their agency handles
 * in the scope's communes (an account without a locality reaches none, as {@code DossierWork} lets it act on
 * none); a province officer,
 * who supervises and handles no step, every leg in the scope's communes. Any other role reaches none.
 */
final class Handlers {

    private Handlers() {
    }

    /** The legs whose current step is the officer's kind of handler, within the scope. */
    static SqlCondition handledBy(Role role, Scope scope) {
        return switch (role) {
            case COMMUNE_OFFICER -> new SqlCondition("l.handler_kind = 'COMMUNE'", Map.of())
                    .and(scope.communes("l.commune_code"));
            case AGENCY_OFFICER -> new SqlCondition("l.handler_kind = 'AGENCY'", Map.of())
                    .and(scope.agency("l.agency_code")).and(scope.communes("l.commune_code"));
            case PROVINCE_OFFICER -> scope.communes("l.commune_code");
            default -> new SqlCondition("FALSE", Map.of());
        };
    }

    /**
     * The legs whose dossier the officer may open: a commune officer every dossier of the scope's communes
     * (the counter files them there, whoever handles a leg now), others the legs they reach in the queue.
     */
    static SqlCondition reaches(Role role, Scope scope) {
        return role == Role.COMMUNE_OFFICER ? scope.communes("l.commune_code") : handledBy(role, scope);
    }

    /** Does the role handle steps (and so have a queue of its own), rather than only supervise? */
    static boolean handlesSteps(Role role) {
        return role == Role.COMMUNE_OFFICER || role == Role.AGENCY_OFFICER;
    }
}
