package org.dancu.security.internal;

import java.util.List;

import org.dancu.security.StaffPrincipal;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Form login against the staff accounts. The exception type tells the failure handler which
 * message to show: the same one for an unknown username and a wrong password.
 */
@Component
class StaffAuthenticationProvider implements AuthenticationProvider {

    private final LoginAttempts attempts;

    StaffAuthenticationProvider(LoginAttempts attempts) {
        this.attempts = attempts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        String origin = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        LoginAttempts.LoginResult result = attempts.attempt(authentication.getName(), password, origin);
        return switch (result.kind()) {
            case SUCCESS -> authenticated(result.principal());
            case LOCKED -> throw new LockedException("account locked");
            case DISABLED -> throw new DisabledException("account disabled");
            case BAD_CREDENTIALS -> throw new BadCredentialsException("bad credentials");
        };
    }

    static UsernamePasswordAuthenticationToken authenticated(StaffPrincipal principal) {
        return UsernamePasswordAuthenticationToken.authenticated(principal, null,
                List.of(new SimpleGrantedAuthority(principal.getRole().authority())));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
