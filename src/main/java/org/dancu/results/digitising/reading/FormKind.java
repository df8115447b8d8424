package org.dancu.results.digitising.reading;

/** The paper forms a scanned page is read as. */
public enum FormKind {
    /** Giấy chứng nhận quyền sử dụng đất (the 2024 form of TT 10/2024/TT-BTNMT, front page). */
    LAND_USE_CERTIFICATE,
    /** Trích lục khai sinh: an extract of a commune's birth register. */
    BIRTH_REGISTER_EXTRACT,
    /** Neither form could be recognised; the reading's problem says why. */
    UNKNOWN
}
