package org.dancu.services.work;

import java.util.Locale;

import org.dancu.services.DossierRefusedException;
import org.dancu.services.DossierStateException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A refused officer's action in words: the exception's key in the module's bundle, with its arguments. */
@Component
class Refusals {

    private final MessageSource messages;

    Refusals(MessageSource messages) {
        this.messages = messages;
    }

    String of(RuntimeException refusal, Locale locale) {
        if (refusal instanceof DossierRefusedException refused) {
            return messages.getMessage(refused.messageKey(), refused.arguments(), locale);
        }
        if (refusal instanceof DossierStateException state) {
            return messages.getMessage(state.messageKey(), state.arguments(), locale);
        }
        throw refusal;
    }

    String of(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
