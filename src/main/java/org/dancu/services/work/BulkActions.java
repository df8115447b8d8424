package org.dancu.services.work;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.dancu.services.DossierCode;
import org.dancu.services.DossierRefusedException;
import org.dancu.services.DossierWork;
import org.springframework.stereotype.Component;

/**
 * Reassigns several legs at once, each through {@link DossierWork#reassign} in its own transaction, so
 * each is done whole or refused (with the refusal's words beside its code) and one refusal stops none of
 * the others.
 */
@Component
class BulkActions {

    /** How many were done, and each refusal in words. */
    record Outcome(int done, List<String> refusals) {
    }

    private final DossierWork work;
    private final Wording words;

    BulkActions(DossierWork work, Wording words) {
        this.work = work;
        this.words = words;
    }

    /**
     * @param items    "code|legKey" of each leg ticked
     * @param action   {@code take} (to the officer), {@code assign} (to {@code username}) or {@code release}
     *                 (back to the common queue)
     */
    Outcome reassign(List<String> items, String action, String officer, String username, Locale locale) {
        if (items.isEmpty()) {
            return new Outcome(0, List.of(words.text("services.work.bulk.none", locale)));
        }
        String to;
        switch (action) {
            case "take" -> to = officer;
            case "release" -> to = null;
            case "assign" -> {
                if (username == null || username.isBlank()) {
                    return new Outcome(0, List.of(words.text("services.work.bulk.no-username", locale)));
                }
                to = username.strip().toLowerCase(Locale.ROOT);
            }
            default -> {
                return new Outcome(0, List.of(words.text("services.work.bulk.unknown-action", locale)));
            }
        }
        int done = 0;
        List<String> refused = new ArrayList<>();
        for (String item : items) {
            int bar = item.indexOf('|');
            if (bar <= 0 || bar == item.length() - 1) {
                refused.add(words.text("services.work.bulk.bad-item", locale, item));
                continue;
            }
            String code = item.substring(0, bar);
            String leg = item.substring(bar + 1);
            try {
                work.reassign(new DossierCode(code), leg, to);
                done++;
            } catch (DossierRefusedException e) {
                refused.add(code + " — " + words.refusal(e, locale));
            }
        }
        return new Outcome(done, List.copyOf(refused));
    }
}
