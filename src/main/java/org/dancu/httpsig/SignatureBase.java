package org.dancu.httpsig;

import java.util.function.UnaryOperator;

/**
 * The signature base of RFC 9421 §2.5: one line {@code "<component>": <value>} per covered
 * component, in the order the signer listed them, then the {@code "@signature-params"} line; lines
 * end with a single LF and the last one has none. The signer signs these exact bytes (UTF-8).
 */
final class SignatureBase {

    private SignatureBase() {
    }

    /**
     * @param values a component's value by its identifier, or null when the request lacks it
     * @throws IllegalArgumentException when a covered component has no value
     */
    static String of(SignatureInput input, UnaryOperator<String> values) {
        StringBuilder base = new StringBuilder();
        for (String component : input.components()) {
            String value = values.apply(component);
            if (value == null || value.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("covered component without a usable value: " + component);
            }
            base.append('"').append(component).append("\": ").append(value).append('\n');
        }
        return base.append("\"@signature-params\": ").append(input.serialise()).toString();
    }
}
