package org.dancu.services.intake;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.dancu.security.UploadedContent;
import org.dancu.services.DossierRefusedException;

/**
 * A file for one component of a dossier, as uploaded or scanned, checked by its content (never by its name
 * or the type its sender claims): a PDF, a JPEG or a PNG, not empty and at most {@link #MAX_BYTES}.
 */
record Attachment(String componentKey, String fileName, String mediaType, byte[] content) {

    private static final Set<UploadedContent> DOCUMENTS = EnumSet.of(UploadedContent.PDF, UploadedContent.JPEG,
            UploadedContent.PNG);
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

    /** The type the first bytes show: a PDF, a JPEG or a PNG. */
    private static Optional<String> mediaType(byte[] content) {
        return UploadedContent.of(content).filter(DOCUMENTS::contains).map(UploadedContent::mediaType);
    }
}
