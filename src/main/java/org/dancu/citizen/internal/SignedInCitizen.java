package org.dancu.citizen.internal;

import org.dancu.citizen.Citizen;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * A portal page of another module (my documents) takes the signed-in {@link Citizen} as a parameter of its
 * handler, read from the e-ID principal as the portal's own pages read it, never from the request. Outside the
 * citizen chain there is none, and the handler gets null.
 */
class SignedInCitizen implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Citizen.class;
    }

    @Override
    public Citizen resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                   NativeWebRequest request, WebDataBinderFactory binders) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof CitizenUser user
                ? user.citizen() : null;
    }
}
