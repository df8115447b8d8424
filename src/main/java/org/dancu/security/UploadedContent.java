package org.dancu.security;

import java.util.Optional;

/**
 * What an uploaded file is, told by the bytes it starts with, never by its name or the type its sender
 * claims. Each module accepts the kinds it needs (a dossier's attachments, scanned archives, a task's
 * evidence) and refuses the rest in its own words.
 */
public enum UploadedContent {
    PDF("application/pdf", '%', 'P', 'D', 'F', '-'),
    JPEG("image/jpeg", 0xFF, 0xD8, 0xFF),
    PNG("image/png", 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A),
    TIFF_LITTLE_ENDIAN("image/tiff", 'I', 'I', 42, 0),
    TIFF_BIG_ENDIAN("image/tiff", 'M', 'M', 0, 42),
    /** A ZIP container, as the Office Open XML formats (DOCX, XLSX) are: the name tells which. */
    ZIP("application/zip", 'P', 'K', 3, 4);

    private final String mediaType;
    private final int[] signature;

    UploadedContent(String mediaType, int... signature) {
        this.mediaType = mediaType;
        this.signature = signature;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The kind the content starts as, or empty when it is none of them (or empty). */
    public static Optional<UploadedContent> of(byte[] content) {
        for (UploadedContent kind : values()) {
            if (kind.starts(content)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    private boolean starts(byte[] content) {
        if (content == null || content.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((content[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
