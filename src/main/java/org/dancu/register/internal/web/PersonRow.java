package org.dancu.register.internal.web;

/** A search result as the page shows it. */
record PersonRow(long personId, String maskedPin, String fullName, String birthDate, String sex, String commune) {
}
