package org.dancu.register;

import java.util.List;

/**
 * Living residents counted by commune for figures that are shares of the population. Counts only:
 * no person is read, so nothing is audited; not scoped, as a province figure's denominator is not.
 */
public interface ResidentCounts {

    /** Living residents by commune as recorded and current commune: the population a share of persons is of. */
    List<ResidentCount> livingResidentsByCommune();

    /**
     * Those of these persons (by register id) who are living residents now, by commune as recorded
     * and current commune: a share's numerator counted where, and only while, its denominator counts
     * the same persons.
     */
    List<ResidentCount> livingResidentsByCommune(long[] personIds);
}
