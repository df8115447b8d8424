package org.dancu.security.internal;

import java.util.Locale;

/** A provincial agency staff can work for. */
record Agency(String code, String nameVi, String nameEn) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }
}
