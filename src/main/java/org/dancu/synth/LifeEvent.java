package org.dancu.synth;

import java.time.LocalDate;

/**
 * One event in a person's civil life within the event window.
 *
 * @param communeFrom   the old (pre-2025) commune code left, "" when none or outside the province
 * @param communeTo     the old commune code arrived in or where the event was registered, "" when outside
 * @param otherProvince the two-digit GSO code of the other province for moves in and out, else ""
 */
record LifeEvent(LocalDate date, Person person, Type type, String communeFrom, String communeTo,
                 String otherProvince) {

    enum Type { BIRTH, DEATH, MARRIAGE, MOVE_WITHIN, MOVE_IN, MOVE_OUT }
}
