package org.dancu.tabular;

import java.util.Objects;

/**
 * What was detected about a file's text, for the officer to see before anything is imported.
 *
 * @param encoding      how the bytes were decoded
 * @param byteOrderMark whether the file started with a byte-order mark
 * @param convertedFrom the legacy font encoding the letters were converted from, or null
 * @param repairedToNfc whether decomposed text (letters followed by combining tone marks) was
 *                      recomposed to the canonical NFC form
 * @param confidence    how clear the statistics were
 */
public record Decoding(TextEncoding encoding, boolean byteOrderMark, LegacyEncoding convertedFrom,
                       boolean repairedToNfc, Confidence confidence) {

    public Decoding {
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(confidence, "confidence");
    }

    public boolean convertedFromLegacy() {
        return convertedFrom != null;
    }
}
