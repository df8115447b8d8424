package org.dancu.payments.demo;

import org.dancu.civil.Pin;

/** A living resident of the register with an ID and a birth year, as the demo picks beneficiaries from. */
record Resident(Pin pin, String fullName, String birth, int birthYear, String commune) {

    int ageIn(int year) {
        return year - birthYear;
    }

    /** Only the ID, masked: the rest is personal data and stays out of logs. */
    @Override
    public String toString() {
        return "Resident[" + pin.masked() + "]";
    }
}
