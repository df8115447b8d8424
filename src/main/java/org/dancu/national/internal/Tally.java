package org.dancu.national.internal;

/** What one batch of a reconciliation found. */
record Tally(long checked, long matched, long mismatched, long unknown) {
}
