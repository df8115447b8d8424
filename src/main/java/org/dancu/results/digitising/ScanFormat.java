package org.dancu.results.digitising;

import java.util.Optional;

import org.dancu.security.UploadedContent;

/** The formats scans are accepted in, recognised by the bytes a file starts with. */
public enum ScanFormat {
    PDF, TIFF, JPEG, PNG;

    /** The format the content is in, or empty when it is none of them. */
    static Optional<ScanFormat> detect(byte[] content) {
        return UploadedContent.of(content).map(kind -> switch (kind) {
            case PDF -> PDF;
            case TIFF_LITTLE_ENDIAN, TIFF_BIG_ENDIAN -> TIFF;
            case JPEG -> JPEG;
            case PNG -> PNG;
            case ZIP -> null;
        });
    }
}
