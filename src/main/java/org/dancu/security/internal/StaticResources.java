package org.dancu.security.internal;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/** The public, account-independent files: style sheets, scripts, web jars and the icon. */
final class StaticResources {

    static final RequestMatcher MATCHER = new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher("/css/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/js/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/webjars/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/favicon.ico"),
            PathPatternRequestMatcher.withDefaults().matcher("/favicon.svg"));

    private StaticResources() {
    }

    static boolean matches(HttpServletRequest request) {
        return MATCHER.matches(request);
    }
}
