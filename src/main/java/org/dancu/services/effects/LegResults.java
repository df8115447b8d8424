package org.dancu.services.effects;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.dancu.civil.PartialDate;
import org.dancu.civil.Pin;
import org.dancu.civil.Sex;
import org.dancu.locality.Localities;
import org.dancu.locality.Resolution;
import org.dancu.register.RegisteredPerson;
import org.dancu.results.NewResult;
import org.dancu.results.Provenance;
import org.dancu.results.ResultCode;
import org.dancu.results.ResultField;
import org.dancu.results.ResultType;
import org.dancu.results.Results;
import org.dancu.services.Handler;
import org.springframework.stereotype.Component;

/**
 * Issues a completed leg's result into the results register with the dossier's code, so its holders
 * find it under "my documents". The fields are printed as the document reads, in Vietnamese.
 */
@Component
class LegResults {

    /**
     * The provincial agency a result of a commune-handled leg is issued under: civil status under
     * Justice, the funeral allowance under Home Affairs (labour and social affairs since 2025).
     */
    private static final Map<ResultType, String> COMMUNE_LEG_AGENCY = Map.of(
            ResultType.BIRTH_EXTRACT, "SO_TP", ResultType.DEATH_EXTRACT, "SO_TP",
            ResultType.FUNERAL_ALLOWANCE_DECISION, "SO_NV", ResultType.RESIDENCE_CONFIRMATION, "CONG_AN",
            ResultType.RESIDENCE_REMOVAL, "CONG_AN", ResultType.HEALTH_INSURANCE_CARD, "BHXH",
            ResultType.SURVIVOR_ALLOWANCE_DECISION, "BHXH");

    private final Results results;
    private final Localities localities;

    LegResults(Results results, Localities localities) {
        this.results = results;
        this.localities = localities;
    }

    /** Issues the leg's result to the holders (the applicant among them), once each. */
    ResultCode issue(LegFacts facts, List<Pin> holders, List<ResultField> fields) {
        List<Pin> once = List.copyOf(new LinkedHashSet<>(holders));
        return results.issue(new NewResult(facts.leg().result(), once, agency(facts), facts.officer(),
                facts.procedure().legalBasis(), facts.dossier().code().value(), fields, null, Provenance.ISSUED))
                .code();
    }

    /** The agency of the leg's last step when an agency handles it, else the one the commune works under. */
    private static String agency(LegFacts facts) {
        List<Handler> steps = facts.leg().steps();
        Handler last = steps.get(steps.size() - 1);
        return last.kind() == Handler.Kind.AGENCY ? last.agencyCode() : COMMUNE_LEG_AGENCY.get(facts.leg().result());
    }

    /** Full name, personal ID, birth day and sex of a person, as a civil-status document prints them. */
    static List<ResultField> person(RegisteredPerson person) {
        List<ResultField> fields = new ArrayList<>();
        fields.add(new ResultField("full-name", person.name().fullName()));
        fields.add(new ResultField("personal-id", person.pin().value()));
        if (person.birthDate() != null) {
            fields.add(new ResultField("birth-date", person.birthDate().toDayFirst()));
        }
        if (person.sex() != Sex.UNKNOWN) {
            fields.add(new ResultField("sex", person.sex() == Sex.FEMALE ? "Nữ" : "Nam"));
        }
        return fields;
    }

    static ResultField day(String name, LocalDate day) {
        return new ResultField(name, PartialDate.of(day).toDayFirst());
    }

    /** The commune by its full name (as the register's code resolves), else its code. */
    ResultField commune(String code) {
        return new ResultField("commune", localities.resolve(code).map(Resolution::unit)
                .map(unit -> unit.fullName()).orElse(code));
    }
}
