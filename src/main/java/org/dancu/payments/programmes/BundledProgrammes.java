package org.dancu.payments.programmes;

import java.util.List;

import tools.jackson.databind.json.JsonMapper;

/** The programmes shipped in the jar ({@code payments/programmes.json}). */
record BundledProgrammes(List<ProgrammeEntry> programmes) {

    static final String LOCATION = "payments/programmes.json";

    private record File(List<ProgrammeEntry> programmes) {
    }

    static BundledProgrammes read(byte[] bytes, JsonMapper json) {
        return new BundledProgrammes(List.copyOf(json.readValue(bytes, File.class).programmes()));
    }
}
