package org.dancu.payments.programmes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.json.JsonMapper;

/** The programmes shipped in the jar ({@code payments/programmes.json}) and the digest that tells its versions apart. */
record BundledProgrammes(List<ProgrammeEntry> programmes, String digest) {

    static final String LOCATION = "payments/programmes.json";

    private record File(List<ProgrammeEntry> programmes) {
    }

    static BundledProgrammes read(JsonMapper json) {
        try (InputStream in = new ClassPathResource(LOCATION).getInputStream()) {
            byte[] bytes = in.readAllBytes();
            File file = json.readValue(bytes, File.class);
            return new BundledProgrammes(List.copyOf(file.programmes()),
                    HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled programmes cannot be read", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
