package org.dancu.register;

/**
 * The persons another module's figure counts among the register's living residents, by id, so that
 * the register lists them under the figure (`/register/quality`, {@link PersonLists}) selected by the
 * very ids the figure was counted from: the module counts with
 * {@link ResidentCounts#livingResidentsByCommune(long[])} over {@link #personIds()}, and the list
 * selects the living residents among the same ids.
 */
public interface CountedPersons {

    /** The steering indicator whose numerator these persons make. */
    String indicator();

    /** The ids of the persons the numerator counts, if living residents. */
    long[] personIds();
}
