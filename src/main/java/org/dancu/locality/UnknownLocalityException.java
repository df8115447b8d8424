package org.dancu.locality;

/** No administrative unit, in any period, carries this code. */
public class UnknownLocalityException extends RuntimeException {

    private final String code;

    public UnknownLocalityException(String code) {
        super("Unknown administrative unit code: " + code);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
