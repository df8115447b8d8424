package org.dancu.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;

import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.dancu.security.StaffPrincipal;
import org.dancu.security.StaffFixtures;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Puts a staff member behind the current thread, as a signed-in request would, for service-level tests;
 * or logs one in for page tests.
 */
public final class Officers {

    private Officers() {
    }

    public static void signIn(String username, Role role, Scope scope) {
        StaffPrincipal principal = new StaffPrincipal(1, username, username, role, scope, false);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                principal, null, List.of(new SimpleGrantedAuthority(role.authority()))));
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** A new staff account of that role and scope, logged in through the login form: its session. */
    public static MockHttpSession logIn(MockMvc mvc, ApplicationContext context, Role role, Scope scope, String fullName)
            throws Exception {
        String username = StaffFixtures.create(context, role, scope, fullName);
        MvcResult login = mvc.perform(post("/login").param("username", username)
                .param("password", StaffFixtures.PASSWORD).with(csrf())).andReturn();
        assertThat(login.getResponse().getRedirectedUrl()).doesNotStartWith("/login");
        return (MockHttpSession) login.getRequest().getSession(false);
    }
}
