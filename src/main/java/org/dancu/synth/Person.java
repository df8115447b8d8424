package org.dancu.synth;

import java.time.LocalDate;
import java.time.Period;

import org.dancu.civil.PartialDate;
import org.dancu.civil.Sex;

/** One member of a household while it is being built; written out once the household is complete. */
final class Person {

    enum Relation { HEAD, SPOUSE, CHILD, PARENT }

    enum MaritalStatus { SINGLE, MARRIED, WIDOWED, DIVORCED }

    final long id;
    final Relation relation;
    final Sex sex;
    final LocalDate born;
    String ethnicityCode;
    PartialDate recordedBirth;
    String pin;
    String oldId = "";
    String family;
    String middle;
    String given;
    Person father;
    Person mother;
    Person spouse;
    MaritalStatus maritalStatus = MaritalStatus.SINGLE;
    LocalDate died;
    LocalDate movedOut;
    String movedOutTo = "";
    String phone = "";

    Person(long id, Relation relation, Sex sex, LocalDate born) {
        this.id = id;
        this.relation = relation;
        this.sex = sex;
        this.born = born;
    }

    String fullName() {
        return middle.isEmpty() ? family + ' ' + given : family + ' ' + middle + ' ' + given;
    }

    boolean alive() {
        return died == null;
    }

    /** Living in the province on {@code date}: born, not yet dead, not yet moved out. */
    boolean presentOn(LocalDate date) {
        return !born.isAfter(date) && (died == null || died.isAfter(date))
                && (movedOut == null || movedOut.isAfter(date));
    }

    int ageOn(LocalDate date) {
        return Period.between(born, date).getYears();
    }
}
