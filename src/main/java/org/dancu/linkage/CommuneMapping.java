package org.dancu.linkage;

import java.util.Map;

/**
 * How commune codes of the two hierarchies meet, supplied by the caller as data (the command line
 * reads it from the bundled locality tables, the server from the locality module): an old
 * (pre-July-2025) commune code to its current successor and to its former district. A current code
 * maps to itself; the GSO gave each new commune the code of one of its predecessors, which maps to it.
 */
public interface CommuneMapping {

    /** The current commune for a code of either hierarchy; the code itself when not known as old. */
    String current(String communeCode);

    /** The former (pre-2025) district of an old commune code, or "" when not known. */
    String formerDistrict(String communeCode);

    /** No mapping: codes compare as written. */
    static CommuneMapping none() {
        return CommuneTable.none();
    }

    static CommuneMapping of(Map<String, String> oldToCurrent, Map<String, String> oldToDistrict) {
        return new CommuneTable(oldToCurrent, oldToDistrict);
    }
}
