package org.dancu.services.work;

import java.util.Locale;

import org.dancu.services.DossierRefusedException;
import org.dancu.services.DossierStateException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The module's words for the officers' pages: a refused action's exception, or a key with its arguments. */
@Component
class Wording {

    private final MessageSource messages;

    Wording(MessageSource messages) {
        this.messages = messages;
    }

    String refusal(RuntimeException refusal, Locale locale) {
        if (refusal instanceof DossierRefusedException refused) {
            return messages.getMessage(refused.messageKey(), refused.arguments(), locale);
        }
        if (refusal instanceof DossierStateException state) {
            return messages.getMessage(state.messageKey(), state.arguments(), locale);
        }
        throw refusal;
    }

    String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
