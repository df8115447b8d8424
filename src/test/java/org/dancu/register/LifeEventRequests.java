package org.dancu.register;

import static org.dancu.register.PersonField.ADDRESS;
import static org.dancu.register.PersonField.COMMUNE_CODE;
import static org.dancu.register.PersonField.FAMILY_NAME;
import static org.dancu.register.PersonField.GIVEN_NAME;
import static org.dancu.register.PersonField.MIDDLE_NAME;
import static org.dancu.register.PersonField.SEX;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/** Life events for the register's tests: a newborn in Mường Thanh, and any event with its date and document. */
public final class LifeEventRequests {

    private LifeEventRequests() {
    }

    /** A boy of that given name born in Mường Thanh on {@code born} (ISO). */
    public static LifeEventRequest birth(String born, String given) {
        Map<PersonField, String> values = new EnumMap<>(PersonField.class);
        values.put(FAMILY_NAME, "Thử");
        values.put(MIDDLE_NAME, "Văn");
        values.put(GIVEN_NAME, given);
        values.put(SEX, "M");
        values.put(COMMUNE_CODE, ImportFixtures.MUONG_THANH);
        values.put(ADDRESS, "Số 1, Tổ dân phố 2");
        return new LifeEventRequest(LifeEventType.BIRTH, LocalDate.parse(born), "GKS 12/2020", values, null);
    }

    /** An event of that type on {@code date} (ISO), setting those values. */
    public static LifeEventRequest event(LifeEventType type, String date, Map<PersonField, String> values) {
        return new LifeEventRequest(type, LocalDate.parse(date), "QĐ 7/" + date.substring(0, 4), values, null);
    }
}
