package org.dancu.services.catalogue;

import java.util.List;

import tools.jackson.databind.json.JsonMapper;

/** The catalogue shipped in the jar ({@code services/procedures.json}). */
record BundledCatalogue(List<CatalogueEntry> procedures) {

    static final String LOCATION = "services/procedures.json";

    private record File(List<CatalogueEntry> procedures) {
    }

    static BundledCatalogue read(byte[] bytes, JsonMapper json) {
        return new BundledCatalogue(List.copyOf(json.readValue(bytes, File.class).procedures()));
    }
}
