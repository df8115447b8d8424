package org.dancu.exchange.gateway;

import java.util.regex.Pattern;

import org.dancu.civil.Pin;

/**
 * What every partner request must name: the purpose (a code of the partner's policy), the end user
 * at the partner who asked, and the case the request serves. The ledger keeps all three.
 */
public record CallContext(String purpose, String endUser, String caseRef) {

    private static final Pattern PURPOSE = Pattern.compile("[a-z0-9._-]{1,64}");

    /** @throws ExchangeRefusal {@code malformed} when a field is missing or unusable */
    public static CallContext of(String purpose, String endUser, String caseRef) {
        if (purpose == null || !PURPOSE.matcher(purpose).matches() || !label(endUser) || !label(caseRef)) {
            throw new ExchangeRefusal(ExchangeError.MALFORMED);
        }
        return new CallContext(purpose, endUser.strip(), caseRef.strip());
    }

    /** A short printable text: no control characters, nothing the ledger could not store. */
    private static boolean label(String text) {
        if (text == null || text.isBlank() || text.length() > 128) {
            return false;
        }
        return text.codePoints().noneMatch(c -> Character.isISOControl(c) || Character.isSurrogate((char) c)
                || c == 0xFFFD);
    }

    static String checkedPin(String pin) {
        if (!Pin.hasShape(pin)) {
            throw new ExchangeRefusal(ExchangeError.MALFORMED);
        }
        return pin;
    }

    public String auditDetail() {
        return "end user " + endUser + "; case " + caseRef;
    }
}
