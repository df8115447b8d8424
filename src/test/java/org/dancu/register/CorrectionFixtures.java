package org.dancu.register;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.dancu.civil.Pin;
import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.springframework.context.ApplicationContext;

/**
 * For tests of citizens' correction requests, in the register and in the portal: a person of the test's
 * own with a personal ID (registered as an officer registers one, so the shared synthetic register stays
 * as other tests expect it; the {@link ImportFixtures} that gave the ID takes the person and their
 * requests out again), and claims about their record.
 */
public final class CorrectionFixtures {

    /** The registered person's name and birth: Lò Văn Đúng, a man of the Thái people born on 12/03/1990. */
    public static final String FAMILY = "Lò";
    public static final String GIVEN = "Đúng";
    public static final String BORN = "1990-03-12";

    private CorrectionFixtures() {
    }

    /** A man born in 1990 living in the commune, registered by a province officer; his ID. */
    public static Pin person(ApplicationContext context, ImportFixtures ids, String communeCode) {
        String pin = ids.pin(1990, 'M');
        Map<PersonField, String> values = new EnumMap<>(PersonField.class);
        values.put(PersonField.FAMILY_NAME, FAMILY);
        values.put(PersonField.MIDDLE_NAME, "Văn");
        values.put(PersonField.GIVEN_NAME, GIVEN);
        values.put(PersonField.BIRTH_DATE, BORN);
        values.put(PersonField.SEX, "M");
        values.put(PersonField.ETHNICITY, "03");
        values.put(PersonField.COMMUNE_CODE, communeCode);
        values.put(PersonField.ADDRESS, "Bản Mới");
        Officers.signIn("tinh.dangky", Role.PROVINCE_OFFICER, new Scope("11", null));
        try {
            context.getBean(LifeEvents.class).registerPerson(pin, new LifeEventRequest(LifeEventType.REGISTRATION,
                    LocalDate.of(2020, 1, 15), "Tờ khai CT01 số 9", values, null), null);
        } finally {
            Officers.signOut();
        }
        return Pin.parse(pin).value();
    }

    /** A claim that the given name is wrong and should read {@code given}. */
    public static CorrectionClaim givenName(String given) {
        return new CorrectionClaim(Map.of(PersonField.GIVEN_NAME, given), "Giấy khai sinh ghi tên " + given);
    }
}
