package org.dancu.services.catalogue;

import java.time.LocalDate;
import java.util.List;

import org.dancu.results.ResultType;
import org.dancu.services.ComponentSource;
import org.dancu.services.DossierComponent;
import org.dancu.services.Handler;
import org.dancu.services.LegDefinition;
import org.dancu.services.OnlineLevel;
import org.dancu.services.Procedure;
import org.dancu.services.ProcedureCode;
import org.dancu.services.ProcedureFamily;
import org.dancu.workdays.TimeLimit;

/**
 * A procedure as the catalogue stores it: the shape of one entry of {@code services/procedures.json} and of
 * a version's {@code definition} column. A step is {@code COMMUNE} (the dossier's commune) or an agency code
 * of {@code security.agency}.
 */
record CatalogueEntry(String code, Integer essential, String nameVi, String nameEn, ProcedureFamily family,
                      OnlineLevel onlineLevel, long feeVnd, TimeLimit limit, List<Leg> legs, List<Component> components,
                      String legalBasis, String source, LocalDate effectiveFrom) {

    static final String COMMUNE_STEP = "COMMUNE";

    record Leg(String key, String procedure, String nameVi, String nameEn, List<String> steps, TimeLimit limit,
               boolean first, boolean optional, ResultType result) {

        LegDefinition definition() {
            List<Handler> handlers = steps.stream()
                    .map(step -> COMMUNE_STEP.equals(step) ? Handler.commune() : Handler.agency(step)).toList();
            return new LegDefinition(key, new ProcedureCode(procedure), nameVi, nameEn, handlers, limit, first,
                    optional, result);
        }
    }

    record Component(String key, String nameVi, String nameEn, ComponentSource source, boolean required,
                     ResultType resultType) {

        DossierComponent definition() {
            return new DossierComponent(key, nameVi, nameEn, source, required, resultType);
        }
    }

    Procedure procedure() {
        return new Procedure(new ProcedureCode(code), essential, nameVi, nameEn, family, onlineLevel, feeVnd, limit,
                legs.stream().map(Leg::definition).toList(),
                components.stream().map(Component::definition).toList(), legalBasis, source, effectiveFrom);
    }

    /** This entry with what an administrator may change, in effect from another day. */
    CatalogueEntry edited(String nameVi, String nameEn, OnlineLevel onlineLevel, long feeVnd, TimeLimit limit,
                          String legalBasis, String source, LocalDate effectiveFrom) {
        return new CatalogueEntry(code, essential, nameVi, nameEn, family, onlineLevel, feeVnd, limit, legs, components,
                legalBasis, source, effectiveFrom);
    }
}
