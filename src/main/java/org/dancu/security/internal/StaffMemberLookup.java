package org.dancu.security.internal;

import java.util.Optional;

import org.dancu.security.StaffMembers;
import org.dancu.security.StaffPrincipal;
import org.springframework.stereotype.Component;

/** {@link StaffMembers} from the accounts table. */
@Component
class StaffMemberLookup implements StaffMembers {

    private final StaffAccounts accounts;

    StaffMemberLookup(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public Optional<StaffPrincipal> enabled(String username) {
        return username == null ? Optional.empty()
                : accounts.findByUsername(username).filter(StaffAccount::enabled).map(StaffAccount::toPrincipal);
    }
}
