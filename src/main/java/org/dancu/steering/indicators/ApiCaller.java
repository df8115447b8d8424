package org.dancu.steering.indicators;

import org.dancu.security.CurrentStaff;
import org.dancu.security.Scope;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who reads the API and so what they may read: an API client its unit, an officer their scope. */
@Component
class ApiCaller {

    private final CurrentStaff staff;

    ApiCaller(CurrentStaff staff) {
        this.staff = staff;
    }

    Scope scope() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof ApiClientAuthentication client) {
            return client.getPrincipal().scope();
        }
        return staff.scope();
    }
}
