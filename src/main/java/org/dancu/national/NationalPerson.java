package org.dancu.national;

import java.util.Map;

/** A person as the national database holds them: field to value (absent when it holds none). */
public record NationalPerson(String pin, Map<NationalField, String> fields) {

    public NationalPerson {
        fields = Map.copyOf(fields);
    }
}
