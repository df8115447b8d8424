package org.dancu.register.internal;

import java.util.HashMap;
import java.util.Map;

import org.dancu.locality.Localities;

/** Commune codes as names for one page; a code no unit ever carried is shown as it is. */
public final class CommuneNames {

    private final Localities localities;
    private final Map<String, String> names = new HashMap<>();

    public CommuneNames(Localities localities) {
        this.localities = localities;
    }

    public String of(String code) {
        if (code == null) {
            return null;
        }
        return names.computeIfAbsent(code, c -> localities.resolve(c).map(r -> r.unit().fullName()).orElse(c));
    }
}
