package org.dancu.register.lifeevents;

import static org.dancu.register.PersonField.ADDRESS;
import static org.dancu.register.PersonField.BIRTH_DATE;
import static org.dancu.register.PersonField.COMMUNE_CODE;
import static org.dancu.register.PersonField.FAMILY_NAME;
import static org.dancu.register.PersonField.GIVEN_NAME;
import static org.dancu.register.PersonField.SEX;
import static org.dancu.register.PersonField.SPOUSE_NAME;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.dancu.civil.ParseResult;
import org.dancu.civil.PartialDate;
import org.dancu.civil.Pin;
import org.dancu.locality.Localities;
import org.dancu.locality.UnitLevel;
import org.dancu.locality.UnknownLocalityException;
import org.dancu.register.LifeEventRefusedException;
import org.dancu.register.LifeEventRequest;
import org.dancu.register.LifeEventType;
import org.dancu.register.PersonField;
import org.dancu.register.importing.ImportProblem;
import org.dancu.register.importing.PersonRules;

/**
 * Checks the values an officer typed before the timeline is consulted: required fields per event
 * type, commune codes that name a commune, PINs that parse, and every person field by the register's
 * rules ({@link PersonRules}, the import's rules): names of letters only, sex as Nam / Nữ or M / F,
 * ethnicity by name or code, dates as the import reads them. Every field's problem is found at once,
 * each under the form field it concerns, and the values come back as the register stores them.
 */
public final class LifeEventValues {

    static final int MAX_SOURCE = 500;
    private static final String REQUIRED = "register.event.error.required";
    private static final Set<PersonField> COMMUNES = EnumSet.of(COMMUNE_CODE, PersonField.HOME_TOWN,
            PersonField.BIRTH_REGISTRATION_PLACE, PersonField.TEMPORARY_COMMUNE_CODE, PersonField.RESIDENCE_COMMUNE_CODE);
    private static final Set<PersonField> PINS = EnumSet.of(PersonField.FATHER_PIN, PersonField.MOTHER_PIN,
            PersonField.SPOUSE_PIN);
    private static final Set<PersonField> NAME_PARTS = EnumSet.of(FAMILY_NAME, PersonField.MIDDLE_NAME, GIVEN_NAME);
    private static final Set<String> MARITAL = Set.of("SINGLE", "MARRIED", "WIDOWED", "DIVORCED");
    private static final Set<String> RELIGIONS = Set.of("NONE", "BUDDHISM", "PROTESTANT", "CATHOLIC", "CAO_DAI",
            "HOA_HAO", "OTHER");

    private final Localities localities;

    public LifeEventValues(Localities localities) {
        this.localities = localities;
    }

    /**
     * The request with its values as the register stores them ("Nữ" → {@code F}, "lò" → "Lò").
     *
     * @throws LifeEventRefusedException naming every form field with a problem and its reason
     */
    LifeEventRequest check(LifeEventRequest request) {
        return check(request, new LinkedHashMap<>());
    }

    /**
     * A registration's values and the personal ID it gives, by the import's rules: the ID required,
     * well formed and consistent with the sex and birth year.
     */
    LifeEventRequest checkRegistration(String pin, LifeEventRequest request) {
        Map<String, String> problems = new LinkedHashMap<>();
        ParseResult<Pin, Pin.Invalid> parsed = pin == null || pin.isBlank() ? null : Pin.parse(pin);
        if (parsed == null) {
            problems.put("PIN", REQUIRED);
        } else if (!parsed.isValid()) {
            problems.put("PIN", "register.import.detail.INVALID_PIN." + parsed.reason().name());
        } else {
            PersonRules.disagreements(pin, request.value(SEX), request.value(BIRTH_DATE))
                    .forEach(problem -> problems.put("PIN", problem.messageKey()));
        }
        return check(request, problems);
    }

    private LifeEventRequest check(LifeEventRequest request, Map<String, String> problems) {
        if (request.effectiveDate() == null) {
            problems.put("effectiveDate", REQUIRED);
        }
        if (request.source() == null || request.source().isBlank()) {
            problems.put("source", REQUIRED);
        } else if (request.source().length() > MAX_SOURCE) {
            problems.put("source", "register.event.error.too-long");
        }
        switch (request.type()) {
            case BIRTH -> require(request, problems, FAMILY_NAME, GIVEN_NAME, SEX, COMMUNE_CODE, ADDRESS);
            case REGISTRATION -> require(request, problems, FAMILY_NAME, GIVEN_NAME, BIRTH_DATE, SEX, COMMUNE_CODE);
            case MOVE_IN, MOVE_WITHIN -> require(request, problems, COMMUNE_CODE, ADDRESS);
            case MARRIAGE -> require(request, problems, SPOUSE_NAME);
            case CORRECTION -> {
                if (request.values().size() != 1 || !request.values().keySet().iterator().next().correctable()) {
                    problems.put("field", "register.event.error.correction-field");
                } else if (request.values().values().iterator().next() == null) {
                    problems.put("value", REQUIRED);
                }
            }
            default -> {
            }
        }
        Map<PersonField, String> values = new EnumMap<>(PersonField.class);
        request.values().forEach((field, value) -> {
            String formField = request.type() == LifeEventType.CORRECTION ? "value" : field.name();
            String problem = value == null ? null : problem(field, value);
            if (problem != null) {
                problems.putIfAbsent(formField, problem);
            }
            values.put(field, value == null || problem != null ? value : stored(field, value));
        });
        if (!problems.isEmpty()) {
            throw new LifeEventRefusedException(problems);
        }
        return new LifeEventRequest(request.type(), request.effectiveDate(), request.source(), values,
                request.otherProvince());
    }

    /**
     * One field's value checked by the rule a form's field is checked by, for a request that is not a
     * life event yet (a citizen's correction request).
     *
     * @return the value as the register stores it
     * @throws LifeEventRefusedException with the reason, under the field's name
     */
    public String checkedValue(PersonField field, String value) {
        String problem = value == null ? REQUIRED : problem(field, value);
        if (problem != null) {
            throw new LifeEventRefusedException(problem, field.name());
        }
        return stored(field, value);
    }

    /** The message key of what is wrong with a value, or null. */
    private String problem(PersonField field, String value) {
        if (COMMUNES.contains(field)) {
            return isCommune(value, field == COMMUNE_CODE) ? null : "register.event.error.commune";
        }
        if (PINS.contains(field)) {
            return Pin.parse(value).isValid() ? null : "register.event.error.pin";
        }
        ParseResult<?, ?> parsed = switch (field) {
            case FAMILY_NAME, MIDDLE_NAME, GIVEN_NAME -> PersonRules.namePart(value);
            case SEX -> PersonRules.sex(value);
            case ETHNICITY -> PersonRules.ethnicity(value);
            case BIRTH_DATE -> PartialDate.parse(value);
            default -> null;
        };
        if (parsed != null) {
            return parsed.isValid() ? null : detailKey(field, parsed.reason());
        }
        boolean listed = switch (field) {
            case MARITAL_STATUS -> MARITAL.contains(value);
            case RELIGION -> RELIGIONS.contains(value);
            case HOUSEHOLD_ID -> value.matches("[0-9]{1,18}");
            default -> value.length() <= MAX_SOURCE;
        };
        return listed ? null : "register.event.error.value";
    }

    /** The import's explanation of the same refusal: {@code register.import.detail.<problem>.<reason>}. */
    private static String detailKey(PersonField field, Enum<?> reason) {
        ImportProblem problem = switch (field) {
            case SEX -> ImportProblem.INVALID_SEX;
            case ETHNICITY -> ImportProblem.UNKNOWN_ETHNICITY;
            case BIRTH_DATE -> ImportProblem.INVALID_DATE;
            default -> ImportProblem.INVALID_NAME;
        };
        return "register.import.detail." + problem.name() + "." + reason.name();
    }

    /** A valid value as the register stores it, as the import would store it. */
    private static String stored(PersonField field, String value) {
        if (NAME_PARTS.contains(field)) {
            return PersonRules.namePart(value).value();
        }
        return switch (field) {
            case SEX -> PersonRules.sex(value).value().code();
            case ETHNICITY -> PersonRules.ethnicity(value).value().code();
            case BIRTH_DATE -> PartialDate.parse(value).value().toString();
            default -> value;
        };
    }

    /** A commune of any period; the permanent residence must lie in the deployment province. */
    private boolean isCommune(String code, boolean inDeployment) {
        try {
            return localities.resolve(code).filter(r -> r.unit().level() == UnitLevel.COMMUNE).isPresent()
                    && (!inDeployment || localities.withinDeployment(code));
        } catch (UnknownLocalityException e) {
            return false;
        }
    }

    private static void require(LifeEventRequest request, Map<String, String> problems, PersonField... fields) {
        for (PersonField field : fields) {
            if (request.value(field) == null) {
                problems.put(field.name(), REQUIRED);
            }
        }
    }
}
