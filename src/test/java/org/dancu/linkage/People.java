package org.dancu.linkage;

/** Small hand-made records for the engine's tests. */
final class People {

    private People() {
    }

    static PersonRecord person(String id, String name, String pin, String date, String sex, String commune) {
        return new PersonRecord(id, name, pin, null, date, sex, commune, null);
    }

    static Prepared prepared(String name, String pin, String date, String sex, String commune) {
        return new Prepared(person("x", name, pin, date, sex, commune), CommuneMapping.none());
    }

    static Prepared prepared(PersonRecord record, CommuneMapping communes) {
        return new Prepared(record, communes);
    }
}
