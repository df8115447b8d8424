package org.dancu.services.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.json.JsonMapper;

/** The catalogue shipped in the jar ({@code services/procedures.json}) and the digest that tells its versions apart. */
record BundledCatalogue(List<CatalogueEntry> procedures, String digest) {

    static final String LOCATION = "services/procedures.json";

    private record File(List<CatalogueEntry> procedures) {
    }

    static BundledCatalogue read(JsonMapper json) {
        try (InputStream in = new ClassPathResource(LOCATION).getInputStream()) {
            byte[] bytes = in.readAllBytes();
            File file = json.readValue(bytes, File.class);
            return new BundledCatalogue(List.copyOf(file.procedures()),
                    HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled catalogue cannot be read", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
