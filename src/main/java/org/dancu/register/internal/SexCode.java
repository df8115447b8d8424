package org.dancu.register.internal;

import org.dancu.civil.Sex;

/** The one-letter sex code the register stores (M, F, U). */
final class SexCode {

    private SexCode() {
    }

    static String of(Sex sex) {
        return switch (sex) {
            case MALE -> "M";
            case FEMALE -> "F";
            case UNKNOWN -> "U";
        };
    }
}
