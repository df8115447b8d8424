package org.dancu.tabular;

/**
 * The pre-Unicode Vietnamese font encodings, which write Vietnamese letters with Latin-1 code
 * points so that the text only looks right in their own fonts (.VnTime, VNI-Times).
 */
public enum LegacyEncoding {
    /** TCVN 5712:1993 (VN3, "ABC"): one code point per letter; converted while reading. */
    TCVN3,
    /** VNI Windows: a base letter followed by separate tone and mark characters; refused. */
    VNI;

    public String messageKey() {
        return "tabular.legacy." + name();
    }
}
