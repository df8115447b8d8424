package org.dancu.notify;

import java.util.regex.Pattern;

/**
 * A message's wording: the keys {@code <key>.subject} and {@code <key>.body} in a message bundle, in
 * Vietnamese and English, with {@code {0}}, {@code {1}} … for the values the sender gives. A module
 * keeps its own templates in its own bundle.
 */
public record Template(String key) {

    private static final Pattern KEY = Pattern.compile("[a-z0-9-]+(\\.[a-z0-9-]+)+");

    /** A one-time code a citizen or an officer is asked to type back (a second factor). Value: the code. */
    public static final Template ONE_TIME_CODE = new Template("notify.template.one-time-code");

    public Template {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("a template key is a dotted message key");
        }
    }

    public String subjectKey() {
        return key + ".subject";
    }

    public String bodyKey() {
        return key + ".body";
    }
}
