package org.dancu.services.effects;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.dancu.civil.Pin;
import org.dancu.civil.ProvinceTime;
import org.dancu.locality.Localities;
import org.dancu.national.NationalUnavailableException;
import org.dancu.register.LifeEventRefusedException;
import org.dancu.register.RegisteredPerson;
import org.dancu.results.ResultCode;
import org.dancu.results.ResultField;
import org.dancu.results.ResultRefusedException;
import org.dancu.results.Results;
import org.dancu.security.SystemStaff;
import org.dancu.services.DossierRefusedException;
import org.dancu.services.DossierView;
import org.dancu.services.LegDefinition;
import org.dancu.services.LegEffects;
import org.dancu.services.LegView;
import org.dancu.services.Procedure;
import org.dancu.services.ProcedureFamily;
import org.dancu.services.Procedures;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a completed leg does beyond the dossier, chosen by the result the catalogue says the leg
 * issues: the register's life events (as the system actor {@value #ACTOR}, the dossier's code as
 * their source document; the officer's scope was checked when they completed the leg), then the
 * result, issued and signed by the officer. Runs in the caller's transaction: a refusal anywhere
 * becomes a {@link DossierRefusedException} and rolls everything back.
 */
@Service
class CompletedLegEffects implements LegEffects {

    static final String ACTOR = "system.services";
    /** A child's health-insurance card is valid until the day the child turns six. */
    private static final Period CHILD_COVER = Period.ofYears(6);

    private final Procedures procedures;
    private final CivilStatus civilStatus;
    private final Residence residence;
    private final LegResults legResults;
    private final Results results;
    private final Localities localities;
    private final ProvinceTime time;

    CompletedLegEffects(Procedures procedures, CivilStatus civilStatus, Residence residence, LegResults legResults,
                        Results results, Localities localities, ProvinceTime time) {
        this.procedures = procedures;
        this.civilStatus = civilStatus;
        this.residence = residence;
        this.legResults = legResults;
        this.results = results;
        this.localities = localities;
        this.time = time;
    }

    @Override
    @Transactional
    public Effect apply(DossierView dossier, LegView leg, Map<String, String> resultFields, String officer) {
        LocalDate filed = dossier.receivedAt().atZone(time.zone()).toLocalDate();
        Procedure procedure = procedures.find(dossier.procedure(), filed)
                .orElseThrow(() -> new IllegalStateException("no procedure " + dossier.procedure() + " on " + filed));
        LegDefinition definition = procedure.legs().stream().filter(l -> l.key().equals(leg.key())).findFirst()
                .orElseThrow(() -> new IllegalStateException("no leg " + leg.key() + " in " + dossier.procedure()));
        if (definition.result() == null) {
            return new Effect(null, null);
        }
        LegFacts facts = new LegFacts(dossier, definition, procedure, resultFields, officer);
        try {
            return SystemStaff.callAs(ACTOR, localities.deploymentProvince().code(), () -> effect(facts));
        } catch (LifeEventRefusedException e) {
            throw new DossierRefusedException("services.bundle.refused.register",
                    new DefaultMessageSourceResolvable(e.messageKey()));
        } catch (ResultRefusedException e) {
            throw new DossierRefusedException("services.bundle.refused.results",
                    new DefaultMessageSourceResolvable(new String[] {e.messageKey()}, e.arguments()));
        } catch (NationalUnavailableException e) {
            throw new DossierRefusedException("services.bundle.refused.national-unavailable");
        }
    }

    private Effect effect(LegFacts facts) {
        LocalDate today = time.today();
        Pin applicant = facts.dossier().applicant();
        return switch (facts.leg().result()) {
            case BIRTH_EXTRACT -> {
                CivilStatus.Birth birth = civilStatus.registerBirth(facts);
                List<ResultField> fields = LegResults.person(birth.child());
                addIfGiven(fields, facts, "child-birth-place", "birth-place");
                fields.add(new ResultField("mother-name", Objects.requireNonNullElse(birth.motherName(), "—")));
                fields.add(new ResultField("father-name", Objects.requireNonNullElse(birth.fatherName(), "—")));
                Pin child = birth.child().pin();
                yield new Effect(child, legResults.issue(facts, List.of(child, applicant), fields));
            }
            case DEATH_EXTRACT -> {
                RegisteredPerson deceased = civilStatus.recordDeath(facts);
                List<ResultField> fields = LegResults.person(deceased);
                fields.add(LegResults.day("death-date", facts.day("death-date")));
                addIfGiven(fields, facts, "death-place", "death-place");
                yield issued(facts, fields, deceased.pin(), applicant);
            }
            case RESIDENCE_CONFIRMATION -> {
                RegisteredPerson person = civilStatus.known(person(facts));
                if (facts.dossier().subject() == null || facts.procedure().family() == ProcedureFamily.BIRTH_BUNDLE) {
                    residence.joinApplicantsHousehold(facts, person, civilStatus.known(applicant), today);
                } else {
                    residence.moveTo(facts, person, today);
                }
                RegisteredPerson moved = civilStatus.known(person.pin());
                List<ResultField> fields = LegResults.person(moved);
                fields.add(new ResultField("address", moved.address()));
                fields.add(legResults.commune(moved.communeCode()));
                yield issued(facts, fields, moved.pin(), applicant);
            }
            case HEALTH_INSURANCE_CARD -> {
                RegisteredPerson child = civilStatus.known(person(facts));
                LocalDate sixth = child.birthDate().earliest().plus(CHILD_COVER);
                if (!today.isBefore(sixth)) {
                    throw new DossierRefusedException("services.bundle.error.not-under-six");
                }
                List<ResultField> fields = LegResults.person(child);
                fields.add(LegResults.day("valid-until", sixth));
                yield issued(facts, fields, child.pin(), applicant);
            }
            case RESIDENCE_REMOVAL -> {
                RegisteredPerson deceased = civilStatus.known(facts.subject());
                residence.requireDeathRecorded(deceased);
                List<ResultField> fields = LegResults.person(deceased);
                fields.add(LegResults.day("death-date", deceased.deathDate()));
                fields.add(new ResultField("address", deceased.address()));
                yield issued(facts, fields, deceased.pin(), applicant);
            }
            case FUNERAL_ALLOWANCE_DECISION, SURVIVOR_ALLOWANCE_DECISION -> {
                RegisteredPerson deceased = civilStatus.known(facts.subject());
                residence.requireDeathRecorded(deceased);
                String amount = facts.required("amount");
                if (!amount.matches("[1-9][0-9]{0,11}")) {
                    throw new DossierRefusedException("services.bundle.error.amount");
                }
                List<ResultField> fields = new ArrayList<>();
                fields.add(new ResultField("deceased-name", deceased.name().fullName()));
                fields.add(LegResults.day("death-date", deceased.deathDate()));
                fields.add(new ResultField("beneficiary-name", civilStatus.known(applicant).name().fullName()));
                fields.add(new ResultField("amount", amount));
                yield issued(facts, fields, applicant);
            }
            default -> new Effect(null, null);
        };
    }

    private Effect issued(LegFacts facts, List<ResultField> fields, Pin... holders) {
        return new Effect(null, legResults.issue(facts, List.of(holders), fields));
    }

    /** The result's field {@code key} printed as {@code printed}, when the officer gave it. */
    private static void addIfGiven(List<ResultField> fields, LegFacts facts, String key, String printed) {
        if (facts.field(key) != null) {
            fields.add(new ResultField(printed, facts.field(key)));
        }
    }

    /**
     * The person a later leg concerns: the dossier's subject, or in a birth bundle the child its
     * civil-status leg registered (the first holder of that leg's result).
     */
    private Pin person(LegFacts facts) {
        if (facts.dossier().subject() != null) {
            return facts.dossier().subject();
        }
        String first = facts.procedure().legs().stream().filter(LegDefinition::first).findFirst()
                .map(LegDefinition::key).orElseThrow();
        ResultCode birth = facts.dossier().legs().stream().filter(l -> l.key().equals(first) && l.result() != null)
                .findFirst().map(LegView::result)
                .orElseThrow(() -> new DossierRefusedException("services.bundle.error.no-subject"));
        return results.find(birth).orElseThrow().holders().get(0);
    }
}
