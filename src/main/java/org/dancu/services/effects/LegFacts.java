package org.dancu.services.effects;

import java.time.LocalDate;
import java.util.Map;

import org.dancu.civil.PartialDate;
import org.dancu.civil.Pin;
import org.dancu.services.DossierRefusedException;
import org.dancu.services.DossierView;
import org.dancu.services.LegDefinition;
import org.dancu.services.Procedure;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * What a completed leg's effect works from: the dossier, the leg as the catalogue defines it, the
 * fields of its result as the officer confirmed them (keys as docs/services.md "Interconnected
 * bundles" lists them) and the officer who signs the result.
 */
record LegFacts(DossierView dossier, LegDefinition leg, Procedure procedure, Map<String, String> fields,
                String officer) {

    LegFacts {
        fields = Map.copyOf(fields);
    }

    /** The field's text, or null when absent or blank. */
    String field(String key) {
        String value = fields.get(key);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** @throws DossierRefusedException naming the field when it is absent */
    String required(String key) {
        String value = field(key);
        if (value == null) {
            throw new DossierRefusedException("services.bundle.error.missing", fieldName(key));
        }
        return value;
    }

    /** A day written day-first (20/11/2026) or as ISO; refused when it is not a whole day. */
    LocalDate day(String key) {
        PartialDate date = PartialDate.parse(required(key), PartialDate.DayMonthOrder.DAY_FIRST).toOptional()
                .filter(d -> d.precision() == PartialDate.Precision.DAY)
                .orElseThrow(() -> new DossierRefusedException("services.bundle.error.day", fieldName(key)));
        return date.earliest();
    }

    /** The person the procedure is about. */
    Pin subject() {
        if (dossier.subject() == null) {
            throw new DossierRefusedException("services.bundle.error.no-subject");
        }
        return dossier.subject();
    }

    /** The register's source document for the life events the leg records: the dossier's code. */
    String source() {
        return dossier.code().value();
    }

    /** The key under which the national database answers one ID for this leg's newborn, however often asked. */
    String requestKey() {
        return dossier.code().value() + "/" + leg.key();
    }

    /** The field's label in words, for a refusal that names it. */
    static DefaultMessageSourceResolvable fieldName(String key) {
        return new DefaultMessageSourceResolvable(new String[] {"services.bundle.field." + key}, key);
    }
}
