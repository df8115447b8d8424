package org.dancu.tabular;

/** How sure the encoding detection is: the officer should look at the preview when it is not HIGH. */
public enum Confidence {
    HIGH, MEDIUM, LOW;

    public String messageKey() {
        return "tabular.confidence." + name();
    }
}
