package org.dancu.results.seal;

/** Where a province signing key stands. */
public enum KeyState {
    /** Signs new results. */
    ACTIVE,
    /** No longer signs; still vouches for what it signed inside its signing window. */
    ROTATED,
    /** Vouches for nothing (lost, compromised or retired early). */
    WITHDRAWN
}
