package org.dancu.results.digitising;

import java.util.Optional;

/** The formats scans are accepted in, recognised by the bytes a file starts with. */
public enum ScanFormat {
    PDF, TIFF, JPEG, PNG;

    /** The format the content is in, or empty when it is none of them. */
    static Optional<ScanFormat> detect(byte[] content) {
        if (startsWith(content, '%', 'P', 'D', 'F', '-')) {
            return Optional.of(PDF);
        }
        if (startsWith(content, 'I', 'I', 42, 0) || startsWith(content, 'M', 'M', 0, 42)) {
            return Optional.of(TIFF);
        }
        if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
