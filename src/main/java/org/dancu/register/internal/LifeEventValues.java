package org.dancu.register.internal;

import static org.dancu.register.PersonField.ADDRESS;
import static org.dancu.register.PersonField.COMMUNE_CODE;
import static org.dancu.register.PersonField.FAMILY_NAME;
import static org.dancu.register.PersonField.GIVEN_NAME;
import static org.dancu.register.PersonField.SEX;
import static org.dancu.register.PersonField.SPOUSE_NAME;

import java.util.EnumSet;
import java.util.Set;

import org.dancu.civil.PartialDate;
import org.dancu.civil.Pin;
import org.dancu.locality.Localities;
import org.dancu.locality.UnknownLocalityException;
import org.dancu.register.LifeEventRefusedException;
import org.dancu.register.LifeEventRequest;
import org.dancu.register.LifeEventType;
import org.dancu.register.PersonField;

/**
 * Checks the values an officer typed before the timeline is consulted: required fields per event
 * type, commune codes that name a commune, PINs that parse, codes from the register's lists. Each
 * refusal names the form field it concerns.
 */
final class LifeEventValues {

    static final int MAX_SOURCE = 500;
    private static final Set<PersonField> COMMUNES = EnumSet.of(COMMUNE_CODE, PersonField.HOME_TOWN,
            PersonField.BIRTH_REGISTRATION_PLACE, PersonField.TEMPORARY_COMMUNE_CODE, PersonField.RESIDENCE_COMMUNE_CODE);
    private static final Set<PersonField> PINS = EnumSet.of(PersonField.FATHER_PIN, PersonField.MOTHER_PIN,
            PersonField.SPOUSE_PIN);
    private static final Set<String> SEXES = Set.of("M", "F", "U");
    private static final Set<String> MARITAL = Set.of("SINGLE", "MARRIED", "WIDOWED", "DIVORCED");
    private static final Set<String> RELIGIONS = Set.of("NONE", "BUDDHISM", "PROTESTANT", "CATHOLIC", "CAO_DAI",
            "HOA_HAO", "OTHER");

    private final Localities localities;

    LifeEventValues(Localities localities) {
        this.localities = localities;
    }

    void check(LifeEventRequest request) {
        if (request.effectiveDate() == null) {
            throw new LifeEventRefusedException("register.event.error.required", "effectiveDate");
        }
        if (request.source() == null || request.source().isBlank()) {
            throw new LifeEventRefusedException("register.event.error.required", "source");
        }
        if (request.source().length() > MAX_SOURCE) {
            throw new LifeEventRefusedException("register.event.error.too-long", "source");
        }
        switch (request.type()) {
            case BIRTH -> require(request, FAMILY_NAME, GIVEN_NAME, SEX, COMMUNE_CODE, ADDRESS);
            case MOVE_IN, MOVE_WITHIN -> require(request, COMMUNE_CODE, ADDRESS);
            case MARRIAGE -> require(request, SPOUSE_NAME);
            case CORRECTION -> {
                if (request.values().size() != 1 || !request.values().keySet().iterator().next().correctable()) {
                    throw new LifeEventRefusedException("register.event.error.correction-field", "field");
                }
                if (request.values().values().iterator().next() == null) {
                    throw new LifeEventRefusedException("register.event.error.required", "value");
                }
            }
            default -> {
            }
        }
        request.values().forEach((field, value) -> {
            if (value != null) {
                checkValue(request.type(), field, value);
            }
        });
    }

    private void checkValue(LifeEventType type, PersonField field, String value) {
        String formField = type == LifeEventType.CORRECTION ? "value" : field.name();
        if (COMMUNES.contains(field) && !isCommune(value, field == COMMUNE_CODE)) {
            throw new LifeEventRefusedException("register.event.error.commune", formField);
        }
        if (PINS.contains(field) && !Pin.parse(value).isValid()) {
            throw new LifeEventRefusedException("register.event.error.pin", formField);
        }
        boolean listed = switch (field) {
            case SEX -> SEXES.contains(value);
            case MARITAL_STATUS -> MARITAL.contains(value);
            case RELIGION -> RELIGIONS.contains(value);
            case BIRTH_DATE -> PartialDate.parse(value).isValid();
            case HOUSEHOLD_ID -> value.matches("[0-9]{1,18}");
            default -> value.length() <= MAX_SOURCE;
        };
        if (!listed) {
            throw new LifeEventRefusedException("register.event.error.value", formField);
        }
    }

    /** A commune of any period; the permanent residence must lie in the deployment province. */
    private boolean isCommune(String code, boolean inDeployment) {
        try {
            return localities.resolve(code).filter(r -> r.unit().type() != null && code.length() == 5).isPresent()
                    && (!inDeployment || localities.withinDeployment(code));
        } catch (UnknownLocalityException e) {
            return false;
        }
    }

    private static void require(LifeEventRequest request, PersonField... fields) {
        for (PersonField field : fields) {
            if (request.value(field) == null) {
                throw new LifeEventRefusedException("register.event.error.required", field.name());
            }
        }
    }
}
