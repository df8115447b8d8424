package org.dancu.steering.tasks;

import java.util.Arrays;
import java.util.Locale;

/**
 * An uploaded evidence file, accepted only when its content is one of the kinds committees exchange
 * (PDF, PNG, JPEG, DOCX, XLSX), told by its first bytes and, for the Office formats, its extension.
 */
record EvidenceFile(String fileName, String contentType, byte[] content) {

    static EvidenceFile check(String originalName, byte[] content, int maxBytes) {
        if (content == null || content.length == 0) {
            throw new InvalidTaskException("steering.evidence.empty");
        }
        if (content.length > maxBytes) {
            throw new InvalidTaskException("steering.evidence.too-large");
        }
        String name = originalName == null ? "" : originalName.replaceAll("[\\\\/\\p{Cntrl}]", "_").strip();
        if (name.isEmpty() || name.length() > 200) {
            throw new InvalidTaskException("steering.evidence.bad-name");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        String type;
        if (starts(content, '%', 'P', 'D', 'F')) {
            type = "application/pdf";
        } else if (starts(content, 0x89, 'P', 'N', 'G')) {
            type = "image/png";
        } else if (starts(content, 0xFF, 0xD8, 0xFF)) {
            type = "image/jpeg";
        } else if (starts(content, 'P', 'K', 3, 4) && lower.endsWith(".docx")) {
            type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        } else if (starts(content, 'P', 'K', 3, 4) && lower.endsWith(".xlsx")) {
            type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        } else {
            throw new InvalidTaskException("steering.evidence.bad-type");
        }
        return new EvidenceFile(name, type, content);
    }

    private static boolean starts(byte[] content, int... prefix) {
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

    @Override
    public boolean equals(Object other) {
        return other instanceof EvidenceFile e && fileName.equals(e.fileName) && contentType.equals(e.contentType)
                && Arrays.equals(content, e.content);
    }

    @Override
    public int hashCode() {
        return 31 * fileName.hashCode() + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return fileName + " (" + contentType + ", " + content.length + " bytes)";
    }
}
