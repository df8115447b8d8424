package org.dancu.eidsim.internal;

import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;

import org.dancu.civil.ParseResult;
import org.dancu.civil.Pin;
import org.dancu.eidsim.Identity;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Signing in as VNeID does: the 12-digit ID and the password, then a one-time code "sent" by SMS to the
 * person's phone, which the simulator shows in a box marked as simulated. The tester picks the
 * identification level the provider vouches for (level 2 unless told otherwise). Unknown IDs, a wrong
 * password and a wrong or expired code are refused in words.
 */
final class SignInPages {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    static final String CODE = SimulatorConfiguration.SIGN_IN + "/code";

    private final SimulatorState state;
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final HttpSessionRequestCache requests = new HttpSessionRequestCache();

    SignInPages(SimulatorState state) {
        this.state = state;
    }

    RouterFunction<ServerResponse> routes() {
        return RouterFunctions.route()
                .GET(SimulatorConfiguration.SIGN_IN, this::signInPage)
                .POST(SimulatorConfiguration.SIGN_IN, this::signIn)
                .GET(CODE, this::codePage)
                .POST(CODE, this::code)
                .build();
    }

    private ServerResponse signInPage(ServerRequest request) throws Exception {
        return signInForm(HttpStatus.OK, request.param("error").orElse(null), "", 2);
    }

    private ServerResponse signIn(ServerRequest request) throws Exception {
        String typed = request.param("pin").orElse("").strip();
        int level = "1".equals(request.param("level").orElse("2")) ? 1 : 2;
        ParseResult<Pin, Pin.Invalid> pin = Pin.parse(typed);
        if (!pin.isValid()) {
            return signInForm(HttpStatus.BAD_REQUEST, "format", typed, level);
        }
        Optional<Identity> identity = state.identities().find(pin.value());
        if (identity.isEmpty()) {
            return signInForm(HttpStatus.BAD_REQUEST, "unknown", typed, level);
        }
        if (!state.settings().password().equals(request.param("password").orElse(""))) {
            return signInForm(HttpStatus.BAD_REQUEST, "password", typed, level);
        }
        request.session().setAttribute(PendingSignIn.SESSION_KEY,
                new PendingSignIn(identity.get(), level, state.settings().codeLifetime()));
        return ServerResponse.seeOther(URI.create(CODE)).build();
    }

    private ServerResponse codePage(ServerRequest request) throws Exception {
        return pending(request.session())
                .map(pending -> codeForm(HttpStatus.OK, pending, null))
                .orElseGet(SignInPages::startOver);
    }

    private ServerResponse code(ServerRequest request) throws Exception {
        HttpSession session = request.session();
        Optional<PendingSignIn> pending = pending(session);
        if (pending.isEmpty()) {
            return startOver();
        }
        return switch (pending.get().answer(request.param("code").orElse(""))) {
            case WRONG -> codeForm(HttpStatus.BAD_REQUEST, pending.get(), "wrong");
            case EXPIRED -> restart(session, "expired");
            case TOO_MANY -> restart(session, "too-many");
            case ACCEPTED -> signedIn(request, pending.get());
        };
    }

    /**
     * Signs the person in at the provider (a new session id, the context in the session) and sends the browser
     * back to the authorization request that sent it here.
     */
    private ServerResponse signedIn(ServerRequest request, PendingSignIn pending) {
        request.session().removeAttribute(PendingSignIn.SESSION_KEY);
        return ServerResponse.status(HttpStatus.SEE_OTHER).build((servletRequest, servletResponse) -> {
            servletRequest.changeSessionId();
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(new SimulatedSignIn(pending.identity(), pending.level()));
            contexts.saveContext(context, servletRequest, servletResponse);
            SavedRequest saved = requests.getRequest(servletRequest, servletResponse);
            requests.removeRequest(servletRequest, servletResponse);
            servletResponse.setHeader("Location", saved == null
                    ? SimulatorConfiguration.SIGN_IN + "?error=no-request" : saved.getRedirectUrl());
            return null;
        });
    }

    private ServerResponse restart(HttpSession session, String reason) throws Exception {
        session.removeAttribute(PendingSignIn.SESSION_KEY);
        return signInForm(HttpStatus.BAD_REQUEST, reason, "", 2);
    }

    private static ServerResponse startOver() {
        return ServerResponse.seeOther(URI.create(SimulatorConfiguration.SIGN_IN)).build();
    }

    private static Optional<PendingSignIn> pending(HttpSession session) {
        return Optional.ofNullable((PendingSignIn) session.getAttribute(PendingSignIn.SESSION_KEY));
    }

    private ServerResponse signInForm(HttpStatus status, String error, String pin, int level) {
        Map<String, Object> model = new HashMap<>();
        model.put("error", error);
        model.put("pin", pin);
        model.put("level", level);
        model.put("password", state.settings().password());
        return ServerResponse.status(status).render("eidsim/signin", model);
    }

    private static ServerResponse codeForm(HttpStatus status, PendingSignIn pending, String error) {
        Map<String, Object> model = new HashMap<>();
        model.put("error", error);
        model.put("phone", pending.identity().maskedPhone());
        model.put("code", pending.code());
        return ServerResponse.status(status).render("eidsim/code", model);
    }
}
