package org.dancu.citizen.internal;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The portal's guard on every address under {@code /citizen}, its refusal page, and the signed-in citizen as a
 * handler's parameter for the portal pages of other modules.
 */
@Configuration(proxyBeanMethods = false)
class PortalWebConfiguration implements WebMvcConfigurer {

    private final CitizenAudit audit;

    PortalWebConfiguration(CitizenAudit audit) {
        this.audit = audit;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // after the language switch, so that the refusal is in the language the request asked for
        registry.addInterceptor(new OwnDataOnly(audit)).addPathPatterns("/citizen", "/citizen/**")
                .order(Ordered.LOWEST_PRECEDENCE);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new SignedInCitizen());
    }

    /** A request for someone else's data gets the portal's page saying why, in the reader's language. */
    @ControllerAdvice
    static class Refusals {

        @ExceptionHandler(ForeignIdException.class)
        @ResponseStatus(HttpStatus.FORBIDDEN)
        String foreignId(Model model) {
            model.addAttribute("refusal", "citizen.refused.foreign-id");
            return "citizen/refused";
        }
    }
}
