package org.dancu.citizen;

/**
 * How firmly the e-ID provider identified the person: level 1 (an account registered on line) or
 * level 2 (checked in person against the citizen identity card). Pages that file dossiers or touch
 * money need level 2.
 */
public enum EidLevel {
    LEVEL_1,
    LEVEL_2;

    public boolean atLeast(EidLevel required) {
        return compareTo(required) >= 0;
    }
}
