package org.dancu.register.internal.web;

/** A search result as the page shows it: the commune is the current (post-2025) one, by name. */
record PersonRow(long personId, String maskedPin, String fullName, String birthDate, String sex, String commune) {
}
