package org.dancu.citizen.internal;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.dancu.citizen.Citizen;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * The portal serves the signed-in citizen's own data only: who they are comes from the e-ID principal,
 * never from the request. A request that names a personal ID other than theirs (a changed address or
 * form field) is refused as a whole, before any page runs, and the attempt is on the ledger against the
 * ID it named.
 */
class OwnDataOnly implements HandlerInterceptor {

    /** The names an ID goes by in the application's addresses and forms. */
    static final List<String> ID_PARAMETERS = List.of("pin", "citizen", "personId");

    private final CitizenAudit audit;

    OwnDataOnly(CitizenAudit audit) {
        this.audit = audit;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof CitizenUser user)) {
            return true;
        }
        Citizen citizen = user.citizen();
        for (String name : ID_PARAMETERS) {
            String[] values = request.getParameterValues(name);
            for (String value : values == null ? new String[0] : values) {
                if (!value.strip().equals(citizen.pin().value())) {
                    audit.refusedForeign(citizen, value.strip(), request.getRemoteAddr());
                    throw new ForeignIdException();
                }
            }
        }
        return true;
    }
}
