package org.dancu.services.intake;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dancu.audit.Actor;
import org.dancu.audit.AuditEntry;
import org.dancu.audit.AuditLedger;
import org.dancu.audit.AuditNote;
import org.dancu.audit.Outcome;
import org.dancu.civil.Pin;
import org.dancu.civil.Sex;
import org.dancu.locality.Localities;
import org.dancu.register.RegisteredPerson;
import org.dancu.register.RegisteredPersons;
import org.dancu.results.IssuedResult;
import org.dancu.results.ResultStatus;
import org.dancu.results.Results;
import org.dancu.services.DossierComponent;
import org.dancu.services.LegDefinition;
import org.dancu.services.Procedure;
import org.springframework.stereotype.Service;

/**
 * A procedure's form prefilled for an applicant from the register and their earlier results: what the
 * state holds is shown and never asked; the applicant's own ID goes in the declaration that names them
 * (the mother or the father of a birth), their address in the address asked for. Each form is a read of
 * the applicant's record, on the ledger against them.
 */
@Service
class Prefill {

    static final String READ = "services.intake.prefill";

    private final RegisteredPersons persons;
    private final Results results;
    private final Localities localities;
    private final AuditLedger ledger;

    Prefill(RegisteredPersons persons, Results results, Localities localities, AuditLedger ledger) {
        this.persons = persons;
        this.results = results;
        this.localities = localities;
        this.ledger = ledger;
    }

    DossierForm form(Procedure procedure, Pin applicant, Actor reader, String origin, Map<String, String> typed) {
        ledger.record(new AuditEntry(reader, READ, "person", applicant.value(), null, origin, Outcome.SUCCESS,
                AuditNote.of("audit.note.services.intake.prefill", procedure.code().value())));
        Optional<RegisteredPerson> person = persons.byPin(applicant);
        List<IssuedResult> held = results.ofHolder(applicant).stream()
                .filter(r -> r.status() == ResultStatus.VALID).toList();
        List<DossierForm.Field> fields = procedure.components().stream().map(c -> field(c, held)).toList();
        Map<String, String> values = new LinkedHashMap<>();
        person.ifPresent(p -> values.putAll(prefilled(procedure, p)));
        typed.forEach((key, value) -> {
            if (value != null && !value.isBlank()) {
                values.put(key, value);
            }
        });
        return new DossierForm(procedure, person.orElse(null), person.map(this::communeName).orElse(null), fields,
                procedure.legs().stream().filter(LegDefinition::optional).toList(), values);
    }

    private static DossierForm.Field field(DossierComponent component, List<IssuedResult> held) {
        return switch (component.source()) {
            case REGISTER -> new DossierForm.Field(component, DossierForm.Treatment.FROM_REGISTER, null);
            case DECLARATION -> new DossierForm.Field(component, DossierForm.Treatment.DECLARED, null);
            case UPLOAD -> new DossierForm.Field(component, DossierForm.Treatment.UPLOADED, null);
            case RESULT -> held.stream().filter(r -> r.type() == component.resultType()).findFirst()
                    .map(r -> new DossierForm.Field(component, DossierForm.Treatment.FROM_RESULT, r.code().value()))
                    .orElseGet(() -> new DossierForm.Field(component, DossierForm.Treatment.UPLOADED, null));
        };
    }

    /** Declarations the register answers for the applicant. */
    private static Map<String, String> prefilled(Procedure procedure, RegisteredPerson person) {
        Map<String, String> values = new LinkedHashMap<>();
        for (DossierComponent component : procedure.components()) {
            String key = component.key();
            if (key.equals("mother-pin") && person.sex() == Sex.FEMALE
                    || key.equals("father-pin") && person.sex() == Sex.MALE) {
                values.put(key, person.pin().value());
            } else if (key.endsWith("-address") && person.address() != null) {
                values.put(key, person.address());
            }
        }
        return values;
    }

    private String communeName(RegisteredPerson person) {
        String code = person.currentCommuneCode() != null ? person.currentCommuneCode() : person.communeCode();
        return code == null ? null : localities.resolve(code).map(r -> r.unit().fullName()).orElse(code);
    }
}
