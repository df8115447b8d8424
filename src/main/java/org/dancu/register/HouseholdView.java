package org.dancu.register;

import java.util.List;

/**
 * A household and its members within the officer's scope.
 *
 * @param members every member in scope, the head first, each with the relation to the head
 */
public record HouseholdView(long householdId, Long headPersonId, String communeCode, String address,
                            List<PersonProfile.Relative> members) {

    public HouseholdView {
        members = List.copyOf(members);
    }
}
