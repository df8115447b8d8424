package org.dancu.nationalsim.internal;

import java.util.EnumMap;
import java.util.Map;

import org.dancu.civil.VietnameseText;
import org.dancu.national.NationalField;

/**
 * How the simulated national database decides that a claimed value agrees with its own: names
 * compare after Vietnamese normalisation and case folding (so "Hoà"/"Hòa" agree), everything else
 * exactly; an absent value agrees with nothing.
 */
final class Agreement {

    private Agreement() {
    }

    static Map<NationalField, Boolean> of(Map<NationalField, String> held, Map<NationalField, String> claimed) {
        Map<NationalField, Boolean> results = new EnumMap<>(NationalField.class);
        claimed.forEach((field, value) -> results.put(field, agrees(field, held.get(field), value)));
        return results;
    }

    private static boolean agrees(NationalField field, String held, String claimed) {
        if (held == null || claimed == null) {
            return false;
        }
        if (field == NationalField.FULL_NAME || field == NationalField.ADDRESS) {
            return VietnameseText.fold(held).equals(VietnameseText.fold(claimed));
        }
        return field == NationalField.ALIVE ? held.equalsIgnoreCase(claimed.strip()) : held.equals(claimed.strip());
    }
}
