package org.dancu.synth;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/** Turns a finished household and its events into rows of the three files. */
final class RowWriter {

    private final CsvSink persons;
    private final CsvSink households;
    private final CsvSink events;
    private final Particulars particulars;
    private long nextEventId = 1;
    private long deceased;
    private long movedOut;

    RowWriter(CsvSink persons, CsvSink households, CsvSink events, Particulars particulars) {
        this.persons = persons;
        this.particulars = particulars;
        this.households = households;
        this.events = events;
    }

    void write(Household household, List<LifeEvent> lifeEvents) throws IOException {
        String commune = household.place.commune().code();
        households.field(household.id).field(household.head().id).field(commune).field(household.currentCommuneCode)
                .field(household.address).field(household.members.size()).endRow();
        particulars.startHousehold(household.head());
        for (Person person : household.members) {
            persons.field(person.id).field(person.pin).field(person.oldId).field(person.fullName())
                    .field(person.family).field(person.middle).field(person.given)
                    .field(person.recordedBirth.toString()).field(person.sex.name().substring(0, 1))
                    .field(person.ethnicityCode).field(commune).field(household.currentCommuneCode)
                    .field(household.address).field(household.id).field(person.relation.name());
            relative(person.father);
            relative(person.mother);
            relative(person.spouse);
            persons.field(person.maritalStatus.name()).field(person.alive() ? "true" : "false")
                    .field(date(person.died)).field(person.movedOut == null ? "true" : "false")
                    .field(person.phone).field(particulars.email(person)).field(particulars.religion())
                    .field(Particulars.NATIONALITY).field(particulars.homeTown(household, person))
                    .field(particulars.birthRegistrationPlace(household, person)).endRow();
            if (!person.alive()) {
                deceased++;
            }
            if (person.movedOut != null) {
                movedOut++;
            }
        }
        for (LifeEvent event : lifeEvents) {
            events.field(nextEventId++).field(event.person().id).field(event.person().pin).field(household.id)
                    .field(event.type().name()).field(event.date().toString()).field(event.communeFrom())
                    .field(event.communeTo()).field(event.otherProvince()).endRow();
        }
    }

    private void relative(Person relative) throws IOException {
        persons.field(relative == null ? "" : relative.pin).field(relative == null ? "" : relative.fullName());
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    long deceased() {
        return deceased;
    }

    long movedOut() {
        return movedOut;
    }
}
