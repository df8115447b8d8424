package org.dancu.register.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.dancu.civil.Ethnicity;
import org.dancu.civil.OldId;
import org.dancu.civil.ParseResult;
import org.dancu.civil.PartialDate;
import org.dancu.civil.PersonName;
import org.dancu.civil.Pin;
import org.dancu.civil.Sex;
import org.dancu.civil.VietnameseText;
import org.dancu.locality.Localities;
import org.dancu.locality.Resolution;
import org.dancu.locality.UnitLevel;
import org.dancu.tabular.ColumnMapping;
import org.dancu.tabular.IntakeProblem;
import org.dancu.tabular.TabularRow;

/**
 * Checks one row of an import file on its own: every field read by the register's rules
 * ({@link PersonRules}, the same as the forms'), a row with more cells than the header refused, the
 * ID against sex and birth year, the commune resolved (old or new code) and within the officer's
 * scope. What needs the other rows or the register (duplicates, conflicts) is checked in SQL.
 */
final class ImportRowCheck {

    /**
     * A problem of one row, with a reason code or similar detail but no value from the row.
     *
     * @param column the field's {@link ImportField#column()}, or {@link IntakeProblem#WHOLE_ROW}
     */
    record Finding(long line, String column, ImportProblem problem, String detail) {

        Finding(long line, ImportField field, ImportProblem problem, String detail) {
            this(line, field.column(), problem, detail);
        }
    }

    /** A row that passed, in the register's columns. */
    record Candidate(long line, String pin, String oldId, PersonName name, PartialDate birthDate, String sex,
                     String ethnicity, String communeCode, String currentCommuneCode, String address,
                     String religion, String nationality, String otherNames, String homeTown, String fatherName,
                     String motherName) {
    }

    /** Either a candidate or the row's findings. */
    record Result(Candidate candidate, List<Finding> findings) {
    }

    private record Commune(boolean known, boolean isCommune, String currentCode) {
    }

    private final ColumnMapping<ImportField> mapping;
    private final Localities localities;
    private final Set<String> scopeCommunes;
    private final PartialDate.DayMonthOrder dateOrder;
    private final LocalDate today;
    private final Map<String, Commune> communes = new HashMap<>();

    ImportRowCheck(ColumnMapping<ImportField> mapping, Localities localities, Set<String> scopeCommunes,
                   PartialDate.DayMonthOrder dateOrder, LocalDate today) {
        this.mapping = mapping;
        this.localities = localities;
        this.scopeCommunes = Set.copyOf(scopeCommunes);
        this.dateOrder = dateOrder;
        this.today = today;
    }

    Result check(TabularRow row) {
        long line = row.line();
        List<Finding> findings = new ArrayList<>(0);
        if (row.overflows()) {
            findings.add(new Finding(line, IntakeProblem.WHOLE_ROW, ImportProblem.EXTRA_CELLS, null));
        }
        for (ImportField field : ImportField.values()) {
            if (field.required() && value(row, field) == null) {
                findings.add(new Finding(line, field, ImportProblem.MISSING_FIELD, null));
            }
        }
        Pin pin = pin(row, line, findings);
        PersonName name = name(row, line, findings);
        PartialDate birth = birthDate(row, line, findings);
        Sex sex = sex(row, line, findings);
        String oldId = oldId(row, line, findings);
        String ethnicity = ethnicity(row, line, findings);
        String commune = value(row, ImportField.COMMUNE_CODE);
        Commune resolved = commune == null ? null : commune(commune, line, findings);
        if (pin != null && sex != null && birth != null) {
            for (ImportProblem problem : PersonRules.disagreements(pin, sex, birth)) {
                findings.add(new Finding(line, problem == ImportProblem.PIN_SEX_MISMATCH ? ImportField.SEX
                        : ImportField.BIRTH_DATE, problem, null));
            }
        }
        if (!findings.isEmpty()) {
            return new Result(null, findings);
        }
        String nationality = value(row, ImportField.NATIONALITY);
        return new Result(new Candidate(line, pin.value(), oldId, name, birth, sex.code(), ethnicity, commune,
                resolved.currentCode(), text(row, ImportField.ADDRESS), text(row, ImportField.RELIGION),
                nationality == null ? null : nationality.toUpperCase(java.util.Locale.ROOT),
                text(row, ImportField.OTHER_NAMES), text(row, ImportField.HOME_TOWN),
                text(row, ImportField.FATHER_NAME), text(row, ImportField.MOTHER_NAME)), List.of());
    }

    private String value(TabularRow row, ImportField field) {
        Integer column = mapping.columns().get(field);
        if (column == null) {
            return null;
        }
        String value = row.cell(column).strip();
        return value.isEmpty() ? null : value;
    }

    private String text(TabularRow row, ImportField field) {
        String value = value(row, field);
        return value == null ? null : VietnameseText.normalize(value);
    }

    private Pin pin(TabularRow row, long line, List<Finding> findings) {
        String text = value(row, ImportField.PIN);
        if (text == null) {
            return null;
        }
        ParseResult<Pin, Pin.Invalid> pin = Pin.parse(text, today.getYear());
        if (!pin.isValid()) {
            findings.add(new Finding(line, ImportField.PIN, ImportProblem.INVALID_PIN, pin.reason().name()));
            return null;
        }
        return pin.value();
    }

    private PersonName name(TabularRow row, long line, List<Finding> findings) {
        String text = value(row, ImportField.FULL_NAME);
        if (text == null) {
            return null;
        }
        ParseResult<PersonName, PersonRules.NameInvalid> name = PersonRules.fullName(text);
        if (!name.isValid()) {
            findings.add(new Finding(line, ImportField.FULL_NAME, ImportProblem.INVALID_NAME, name.reason().name()));
            return null;
        }
        return name.value();
    }

    private PartialDate birthDate(TabularRow row, long line, List<Finding> findings) {
        String text = value(row, ImportField.BIRTH_DATE);
        if (text == null) {
            return null;
        }
        ParseResult<PartialDate, PartialDate.Invalid> date = PartialDate.parse(text, dateOrder, today);
        if (date.isValid()) {
            return date.value();
        }
        findings.add(date.reason() == PartialDate.Invalid.AMBIGUOUS
                ? new Finding(line, ImportField.BIRTH_DATE, ImportProblem.AMBIGUOUS_DATE, null)
                : new Finding(line, ImportField.BIRTH_DATE, ImportProblem.INVALID_DATE, date.reason().name()));
        return null;
    }

    private Sex sex(TabularRow row, long line, List<Finding> findings) {
        String text = value(row, ImportField.SEX);
        if (text == null) {
            return null;
        }
        ParseResult<Sex, Sex.Invalid> sex = PersonRules.sex(text);
        if (!sex.isValid()) {
            findings.add(new Finding(line, ImportField.SEX, ImportProblem.INVALID_SEX, sex.reason().name()));
            return null;
        }
        return sex.value();
    }

    private String oldId(TabularRow row, long line, List<Finding> findings) {
        String text = value(row, ImportField.OLD_ID);
        if (text == null) {
            return null;
        }
        ParseResult<OldId, OldId.Invalid> oldId = OldId.parse(text);
        if (!oldId.isValid()) {
            findings.add(new Finding(line, ImportField.OLD_ID, ImportProblem.INVALID_OLD_ID, oldId.reason().name()));
            return null;
        }
        return oldId.value().value();
    }

    /** The ethnicity's code, from a code ("01") or a name ("Thái"). */
    private String ethnicity(TabularRow row, long line, List<Finding> findings) {
        String text = value(row, ImportField.ETHNICITY);
        if (text == null) {
            return null;
        }
        ParseResult<Ethnicity, Ethnicity.Invalid> parsed = PersonRules.ethnicity(text);
        if (!parsed.isValid()) {
            findings.add(new Finding(line, ImportField.ETHNICITY, ImportProblem.UNKNOWN_ETHNICITY,
                    parsed.reason().name()));
            return null;
        }
        return parsed.value().code();
    }

    private Commune commune(String code, long line, List<Finding> findings) {
        Commune commune = communes.computeIfAbsent(code, this::resolve);
        if (!commune.known()) {
            findings.add(new Finding(line, ImportField.COMMUNE_CODE, ImportProblem.UNKNOWN_COMMUNE, null));
        } else if (!commune.isCommune()) {
            findings.add(new Finding(line, ImportField.COMMUNE_CODE, ImportProblem.NOT_A_COMMUNE, null));
        } else if (!scopeCommunes.contains(code)) {
            findings.add(new Finding(line, ImportField.COMMUNE_CODE, ImportProblem.OUTSIDE_SCOPE, null));
        }
        return commune;
    }

    /** The code's unit and its current commune today; none for a split commune (its address decides later). */
    private Commune resolve(String code) {
        Optional<Resolution> found = code.matches("[0-9]{5}") ? localities.resolve(code) : Optional.empty();
        if (found.isEmpty()) {
            return new Commune(false, false, null);
        }
        boolean isCommune = found.get().unit().level() == UnitLevel.COMMUNE;
        return new Commune(true, isCommune, localities.currentCommune(code, today).currentCode().orElse(null));
    }
}
