package org.dancu.exchange.partners;

import java.util.Set;

import org.dancu.exchange.gateway.ExchangeError;

/**
 * What one partner may do: which operations, on which attributes (by API name), for which
 * purposes (codes), how many requests a minute.
 */
public record Policy(String partnerCode, Set<Operation> operations, Set<String> attributes, Set<String> purposes,
              int ratePerMinute) {

    public Policy {
        operations = Set.copyOf(operations);
        attributes = Set.copyOf(attributes);
        purposes = Set.copyOf(purposes);
    }

    /** The first refusal the policy gives to this request, or null when it is allowed. */
    public ExchangeError refusal(Operation operation, String purpose, Iterable<String> requested) {
        if (!operations.contains(operation)) {
            return ExchangeError.OPERATION_NOT_ALLOWED;
        }
        if (!purposes.contains(purpose)) {
            return ExchangeError.PURPOSE_NOT_ALLOWED;
        }
        for (String attribute : requested) {
            if (!attributes.contains(attribute)) {
                return ExchangeError.ATTRIBUTE_NOT_ALLOWED;
            }
        }
        return null;
    }
}
