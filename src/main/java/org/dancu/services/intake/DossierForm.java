package org.dancu.services.intake;

import java.util.List;
import java.util.Map;

import org.dancu.register.RegisteredPerson;
import org.dancu.services.DossierComponent;
import org.dancu.services.LegDefinition;
import org.dancu.services.Procedure;

/**
 * A procedure's form for one applicant: each component as the form shows it, what the state holds
 * already shown, never asked.
 *
 * @param person  the applicant as the register holds them, null when it does not
 * @param commune the name of the applicant's commune of residence
 * @param values  the values to show in the declaration fields (prefilled, or as typed before a refusal)
 */
record DossierForm(Procedure procedure, RegisteredPerson person, String commune, List<Field> fields,
                   List<LegDefinition> optionalLegs, Map<String, String> values) {

    /** How the form treats a component. */
    enum Treatment {
        /** The register holds it: shown, not asked. */
        FROM_REGISTER,
        /** A result the applicant holds stands for it: shown, not asked. */
        FROM_RESULT,
        /** Declared in a text field. */
        DECLARED,
        /** A file the applicant uploads. */
        UPLOADED
    }

    /** @param heldResult the code of the result that stands for it, else null */
    record Field(DossierComponent component, Treatment treatment, String heldResult) {

        public boolean asked() {
            return treatment == Treatment.DECLARED || treatment == Treatment.UPLOADED;
        }

        /** A declared date, typed day first. */
        public boolean date() {
            return component.key().endsWith("-date");
        }
    }

    public boolean english(java.util.Locale locale) {
        return "en".equals(locale.getLanguage());
    }
}
