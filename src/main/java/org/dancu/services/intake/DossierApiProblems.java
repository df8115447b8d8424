package org.dancu.services.intake;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The signed API's refusals as problem+json (RFC 9457): {@code type} {@code urn:dancu:services:problem:<code>},
 * the {@code code} for machines, title and detail in the caller's language ({@code ?lang=en} or its
 * {@code Accept-Language}; Vietnamese otherwise).
 */
@Component
class DossierApiProblems {

    static final String TYPE = "urn:dancu:services:problem:";

    private final MessageSource messages;
    private final JsonMapper json;

    DossierApiProblems(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    ProblemDetail problem(HttpStatus status, String code, String detail, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE + code));
        problem.setTitle(messages.getMessage("services.intake.api.title." + status.value(), null, locale(request)));
        problem.setProperty("code", code);
        return problem;
    }

    /** A refusal in the caller's language, the message key's last part as its code. */
    ProblemDetail refused(HttpStatus status, String messageKey, Object[] arguments, HttpServletRequest request) {
        return problem(status, messageKey.substring(messageKey.lastIndexOf('.') + 1),
                messages.getMessage(messageKey, arguments, locale(request)), request);
    }

    /** The message in the caller's language, or the code when there is none for it. */
    String messageOr(String key, String code, HttpServletRequest request) {
        return messages.getMessage(key, null, code, locale(request));
    }

    void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(json.writeValueAsBytes(problem));
    }

    static Locale locale(HttpServletRequest request) {
        String lang = request.getParameter("lang");
        if (lang == null) {
            String accepted = request.getHeader("Accept-Language");
            lang = accepted != null && accepted.strip().toLowerCase(Locale.ROOT).startsWith("en") ? "en" : "vi";
        }
        return "en".equals(lang) ? Locale.ENGLISH : Locale.forLanguageTag("vi");
    }
}
