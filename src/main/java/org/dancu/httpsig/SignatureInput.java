package org.dancu.httpsig;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One signature's entry of the {@code Signature-Input} field (RFC 9421 §4.1): its label, the
 * covered components in order, and the parameters in order. Only the Structured Fields subset a
 * signature input uses is read (strings and integers); anything else is refused as malformed.
 *
 * @param label      the dictionary key, e.g. {@code sig1}
 * @param components covered component identifiers, e.g. {@code @method}, {@code content-digest}
 * @param parameters parameter name to value (a {@link String} or a {@link Long}), in received order
 */
public record SignatureInput(String label, List<String> components, Map<String, Object> parameters) {

    public SignatureInput {
        components = List.copyOf(components);
        parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /**
     * The first entry of the field.
     *
     * @throws IllegalArgumentException when the field is malformed
     */
    public static SignatureInput parse(String field) {
        Reader in = new Reader(field);
        in.skipSpaces();
        String label = in.key();
        in.expect('=');
        in.expect('(');
        List<String> components = new ArrayList<>();
        in.skipSpaces();
        while (!in.consume(')')) {
            components.add(in.string());
            in.skipSpaces();
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        while (in.consume(';')) {
            String name = in.key();
            in.expect('=');
            if (parameters.put(name, in.peek() == '"' ? in.string() : in.integer()) != null) {
                throw new IllegalArgumentException("parameter repeated");
            }
        }
        in.skipSpaces();
        if (!in.atEnd() && !in.consume(',')) {
            throw new IllegalArgumentException("unexpected text after the signature input");
        }
        return new SignatureInput(label, components, parameters);
    }

    /** A string parameter's value; null when absent or not a string. */
    public String text(String parameter) {
        return parameters.get(parameter) instanceof String s ? s : null;
    }

    /** An integer parameter's value; null when absent or not an integer. */
    public Long number(String parameter) {
        return parameters.get(parameter) instanceof Long n ? n : null;
    }

    /** The value of {@code @signature-params}: the inner list re-serialised from what was parsed. */
    public String serialise() {
        StringBuilder out = new StringBuilder("(");
        for (int i = 0; i < components.size(); i++) {
            out.append(i == 0 ? "" : " ").append('"').append(components.get(i)).append('"');
        }
        out.append(')');
        parameters.forEach((name, value) -> {
            out.append(';').append(name).append('=');
            if (value instanceof String s) {
                out.append('"').append(s.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            } else {
                out.append(value);
            }
        });
        return out.toString();
    }

    /** A cursor over the field's characters. */
    private static final class Reader {
        private final String text;
        private int at;

        Reader(String text) {
            this.text = text;
        }

        boolean atEnd() {
            return at >= text.length();
        }

        char peek() {
            if (atEnd()) {
                throw new IllegalArgumentException("field ends early");
            }
            return text.charAt(at);
        }

        boolean consume(char c) {
            if (!atEnd() && text.charAt(at) == c) {
                at++;
                return true;
            }
            return false;
        }

        void expect(char c) {
            if (!consume(c)) {
                throw new IllegalArgumentException("expected " + c);
            }
        }

        void skipSpaces() {
            while (!atEnd() && text.charAt(at) == ' ') {
                at++;
            }
        }

        String key() {
            int start = at;
            while (!atEnd() && (Character.isLowerCase(peek()) && peek() < 0x80 || Character.isDigit(peek())
                    || peek() == '_' || peek() == '-' || peek() == '.' || peek() == '*')) {
                at++;
            }
            if (start == at || !Character.isLowerCase(text.charAt(start)) && text.charAt(start) != '*') {
                throw new IllegalArgumentException("expected a key");
            }
            return text.substring(start, at);
        }

        String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (true) {
                char c = peek();
                at++;
                if (c == '"') {
                    return out.toString();
                }
                if (c == '\\') {
                    c = peek();
                    at++;
                    if (c != '"' && c != '\\') {
                        throw new IllegalArgumentException("bad escape");
                    }
                } else if (c < 0x20 || c > 0x7e) {
                    throw new IllegalArgumentException("string holds a character outside printable ASCII");
                }
                out.append(c);
            }
        }

        Long integer() {
            int start = at;
            consume('-');
            while (!atEnd() && Character.isDigit(peek()) && peek() < 0x80) {
                at++;
            }
            int digits = at - start - (text.charAt(start) == '-' ? 1 : 0);
            if (digits < 1 || digits > 15) {
                throw new IllegalArgumentException("expected an integer");
            }
            return Long.parseLong(text.substring(start, at));
        }
    }
}
