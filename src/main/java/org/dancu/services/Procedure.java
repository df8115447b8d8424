package org.dancu.services;

import java.time.LocalDate;
import java.util.List;
import org.dancu.workdays.TimeLimit;

/**
 * A procedure of the catalogue as in effect on a day.
 *
 * @param essentialNumber its number among the 25 essential online services (1–25), or null
 * @param limit           the legal time limit of the whole procedure (a bundle's legs have their own)
 * @param source          where the catalogue's facts about it come from (a URL or a legal text)
 */
public record Procedure(ProcedureCode code, Integer essentialNumber, String nameVi, String nameEn,
                        ProcedureFamily family, OnlineLevel onlineLevel, long feeVnd, TimeLimit limit,
                        List<LegDefinition> legs, List<DossierComponent> components, String legalBasis,
                        String source, LocalDate effectiveFrom) {
}
