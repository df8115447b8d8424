package org.dancu.services.intake;

import java.util.Optional;

import org.dancu.services.DossierRefusedException;

/**
 * A file for one component of a dossier, as uploaded or scanned, checked by its content (never by its name
 * or the type its sender claims): a PDF, a JPEG or a PNG, not empty and at most {@link #MAX_BYTES}.
 */
record Attachment(String componentKey, String fileName, String mediaType, byte[] content) {

    /** The largest attachment: a few scanned pages. */
    static final int MAX_BYTES = 10 * 1024 * 1024;
    /** The longest file name kept; a longer one is cut, path separators and control characters replaced. */
    static final int MAX_NAME = 200;

    /** A file as received, not checked yet. */
    static Attachment received(String componentKey, String fileName, byte[] content) {
        return new Attachment(componentKey, fileName, null, content);
    }

    /** This file checked, or refused naming it. */
    Attachment checked() {
        return checked(componentKey, fileName, content);
    }

    /** The file checked, or refused naming it. */
    static Attachment checked(String componentKey, String fileName, byte[] content) {
        String cleaned = fileName == null ? "" : fileName.replaceAll("[\\\\/\\p{Cntrl}]", "_").strip();
        String shown = cleaned.isEmpty() ? componentKey : cleaned.substring(0, Math.min(cleaned.length(), MAX_NAME));
        if (content == null || content.length == 0) {
            throw new DossierRefusedException("services.intake.refused.attachment-empty", shown);
        }
        if (content.length > MAX_BYTES) {
            throw new DossierRefusedException("services.intake.refused.attachment-too-big", shown, MAX_BYTES / (1024 * 1024));
        }
        String type = mediaType(content).orElseThrow(
                () -> new DossierRefusedException("services.intake.refused.attachment-not-document", shown));
        return new Attachment(componentKey, shown, type, content);
    }

    /** The type the first bytes show: a PDF's header, JPEG's start-of-image marker, PNG's signature. */
    private static Optional<String> mediaType(byte[] content) {
        if (startsWith(content, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
            return Optional.of("application/pdf");
        }
        if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(content, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("image/png");
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
