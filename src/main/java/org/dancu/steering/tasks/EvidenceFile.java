package org.dancu.steering.tasks;

import java.util.Arrays;
import java.util.Locale;

import org.dancu.security.UploadedContent;

/**
 * An uploaded evidence file, accepted only when its content is one of the kinds committees exchange
 * (PDF, PNG, JPEG, DOCX, XLSX), told by its first bytes and, for the Office formats, its extension.
 */
record EvidenceFile(String fileName, String contentType, byte[] content) {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

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
        String type = UploadedContent.of(content).map(kind -> switch (kind) {
            case PDF, PNG, JPEG -> kind.mediaType();
            case ZIP -> lower.endsWith(".docx") ? DOCX : lower.endsWith(".xlsx") ? XLSX : null;
            case TIFF_LITTLE_ENDIAN, TIFF_BIG_ENDIAN -> null;
        }).orElseThrow(() -> new InvalidTaskException("steering.evidence.bad-type"));
        return new EvidenceFile(name, type, content);
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
