package org.dancu.notify;

import java.util.Locale;
import java.util.Set;

/** The languages messages are written in: Vietnamese and English. */
final class Languages {

    private static final Set<String> SUPPORTED = Set.of("vi", "en");

    private Languages() {
    }

    static Locale supported(Locale language) {
        if (language == null || !SUPPORTED.contains(language.getLanguage())) {
            throw new IllegalArgumentException("messages are written in Vietnamese or English");
        }
        return Locale.forLanguageTag(language.getLanguage());
    }
}
