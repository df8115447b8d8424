package org.dancu.exchange;

import java.util.List;

/**
 * A partner a citizen may grant a consent to, with what its policy allows it to receive.
 *
 * @param purposes   the purpose codes of its policy, sorted
 * @param attributes the attributes of its policy by API name ({@code fullName} …), in the gateway's order
 */
public record ConsentOffer(String partnerCode, String partnerName, List<String> purposes, List<String> attributes) {

    public ConsentOffer {
        purposes = List.copyOf(purposes);
        attributes = List.copyOf(attributes);
    }
}
