package org.dancu.services.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dancu.civil.Pin;
import org.dancu.services.Channel;
import org.dancu.services.ProcedureCode;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

/**
 * A dossier form as the portal and the counter post it: {@code d.<key>} a declared value, {@code r.<key>} a
 * result code offered for a component, {@code f.<key>} a file for it, {@code leg} an optional leg asked for.
 * Nothing else is read, so a personal ID in another field is never taken for the applicant.
 */
record FormInput(Map<String, String> declaration, Map<String, String> results, List<Attachment> attachments,
                 Set<String> legs) {

    static FormInput read(Map<String, String> parameters, String[] legs, Map<String, MultipartFile> files) {
        Map<String, String> declaration = new LinkedHashMap<>();
        Map<String, String> results = new LinkedHashMap<>();
        parameters.forEach((name, value) -> {
            if (name.startsWith("d.")) {
                declaration.put(name.substring(2), value);
            } else if (name.startsWith("r.")) {
                results.put(name.substring(2), value);
            }
        });
        List<Attachment> attachments = new ArrayList<>();
        files.forEach((name, file) -> {
            if (name.startsWith("f.") && !file.isEmpty()) {
                try {
                    attachments.add(Attachment.received(name.substring(2), file.getOriginalFilename(), file.getBytes()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
        return new FormInput(declaration, results, attachments,
                legs == null ? Set.of() : new LinkedHashSet<>(List.of(legs)));
    }

    /** The request's files by field name; the security filters may have wrapped the multipart request. */
    static Map<String, MultipartFile> files(HttpServletRequest request) {
        MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        return multipart == null ? Map.of() : multipart.getFileMap();
    }

    IntakeRequest request(ProcedureCode procedure, Channel channel, Pin applicant, String filedBy, Instant receivedAt) {
        return new IntakeRequest(procedure, channel, applicant, declaration, results, attachments, legs, filedBy, null,
                receivedAt);
    }
}
