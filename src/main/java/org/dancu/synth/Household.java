package org.dancu.synth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A household as generated: where it lives, where it came from, and its members, head first. */
final class Household {

    final long id;
    final Place place;
    final String currentCommuneCode;
    final String address;
    final List<Person> members = new ArrayList<>();
    /** The three-digit ID province code the adults were registered in; the home province for natives. */
    String originProvince;
    LocalDate movedIn;
    LocalDate movedWithin;
    String movedFromCommune;

    Household(long id, Place place, String currentCommuneCode, String address) {
        this.id = id;
        this.place = place;
        this.currentCommuneCode = currentCommuneCode;
        this.address = address;
    }

    Person head() {
        return members.get(0);
    }

    /** The commune the household lived in on {@code date}; {@code null} before it came to the province. */
    String communeOn(LocalDate date) {
        if (movedIn != null && date.isBefore(movedIn)) {
            return null;
        }
        return movedWithin != null && date.isBefore(movedWithin) ? movedFromCommune : place.commune().code();
    }
}
