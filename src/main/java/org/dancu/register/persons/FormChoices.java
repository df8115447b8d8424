package org.dancu.register.persons;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.dancu.civil.Ethnicity;
import org.dancu.locality.AdministrativeUnit;
import org.dancu.locality.Localities;
import org.dancu.locality.Resolution;
import org.dancu.locality.UnitLevel;
import org.dancu.security.CurrentStaff;
import org.dancu.security.SqlCondition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the register's forms offer to choose from instead of codes: the current communes the
 * officer's scope reaches and the ethnic groups, by name in Vietnamese alphabetical order. The
 * option's value is the code the register stores and the form's rules read.
 */
@Component
class FormChoices {

    /** One option: the stored code and the name a person reads. */
    public record Choice(String code, String name) {
    }

    private static final Comparator<Choice> BY_NAME = Comparator.comparing(Choice::name,
            Collator.getInstance(Locale.forLanguageTag("vi")));

    private final JdbcClient jdbc;
    private final CurrentStaff currentStaff;
    private final Localities localities;

    FormChoices(JdbcClient jdbc, CurrentStaff currentStaff, Localities localities) {
        this.jdbc = jdbc;
        this.currentStaff = currentStaff;
        this.localities = localities;
    }

    /** The communes of today's hierarchy in the signed-in officer's scope (the scope in the SQL). */
    public List<Choice> communes() {
        SqlCondition inScope = currentStaff.scope().communes("c.commune_code");
        return inScope.bind(jdbc.sql("SELECT DISTINCT c.commune_code FROM locality.scope_commune c WHERE "
                        + inScope.sql()))
                .query(String.class).list().stream()
                .map(localities::resolve)
                .flatMap(Optional::stream)
                .map(Resolution::unit)
                .filter(unit -> unit.isCurrent() && unit.level() == UnitLevel.COMMUNE)
                .map(FormChoices::choice)
                .sorted(BY_NAME)
                .toList();
    }

    public List<Choice> ethnicities() {
        return Ethnicity.all().stream().map(e -> new Choice(e.code(), e.name())).sorted(BY_NAME).toList();
    }

    private static Choice choice(AdministrativeUnit unit) {
        return new Choice(unit.code(), unit.fullName());
    }
}
