package org.dancu.services.intake;

import java.util.Locale;
import java.util.stream.Collectors;

import org.dancu.services.DossierRefusedException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A refused dossier in the reader's language; missing components are named one by one. */
@Component
class Refusals {

    private final MessageSource messages;

    Refusals(MessageSource messages) {
        this.messages = messages;
    }

    String text(DossierRefusedException refused, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        if (refused instanceof MissingComponentsException missing) {
            return messages.getMessage(MissingComponentsException.KEY, new Object[] {missing.missing().stream()
                    .map(c -> english ? c.nameEn() : c.nameVi()).collect(Collectors.joining("; "))}, locale);
        }
        if (refused instanceof ComponentRefusedException component) {
            return messages.getMessage(refused.messageKey(), new Object[] {english ? component.component().nameEn()
                    : component.component().nameVi()}, locale);
        }
        return messages.getMessage(refused.messageKey(), refused.arguments(), locale);
    }
}
