package org.dancu.services.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dancu.civil.Pin;
import org.dancu.civil.ProvinceTime;
import org.dancu.services.DossierCode;
import org.dancu.services.DossierStatus;
import org.dancu.services.Handler;
import org.dancu.services.LegStatus;
import org.dancu.services.ProcedureFamily;
import org.dancu.services.SuppliedComponent;
import tools.jackson.databind.json.JsonMapper;

/**
 * A closed dossier of the demo's year as the rows the dossier aggregate would have left: the dossier
 * with its components, each leg with its handlers, clock and outcome, and its timeline (filed, each leg's
 * end, closed); a share rated by the applicant a day after it closed.
 */
final class DossierRows {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String province;
    private final Map<String, List<Pin>> residents;
    private final List<Pin> dead;
    private final String[] refusals;

    DossierRows(String provinceCode, Map<String, List<Pin>> residents, List<Pin> dead, String[] refusals) {
        this.province = "%03d".formatted(Integer.parseInt(provinceCode));
        this.residents = residents;
        this.dead = dead;
        this.refusals = refusals;
    }

    Pin applicant(DossierYear.PlannedDossier dossier) {
        List<Pin> pins = residents.get(dossier.communeCode());
        return pins.get(dossier.applicant() % pins.size());
    }

    /** The person the procedure is about: nobody yet for a birth, one of the dead for a death, else the applicant. */
    Pin subject(DossierYear.PlannedDossier dossier, Pin applicant) {
        if (dossier.procedure().family() == ProcedureFamily.BIRTH_BUNDLE) {
            return null;
        }
        if (dossier.procedure().family() == ProcedureFamily.DEATH_BUNDLE) {
            return dead.isEmpty() ? null : dead.get(dossier.applicant() % dead.size());
        }
        return applicant;
    }

    /** Adds the closed dossier's rows to the batch under the running number given. */
    void add(DossierHistoryCopy.Batch batch, long number, DossierYear.PlannedDossier dossier) {
        int year = dossier.receivedAt().atZone(ProvinceTime.VIETNAM).getYear();
        String code = DossierCode.of(province, year, number).value();
        Pin applicant = applicant(dossier);
        Pin subject = subject(dossier, applicant);
        Instant closed = dossier.legs().stream().map(DossierYear.PlannedLeg::finished).max(Instant::compareTo)
                .orElseThrow();
        DossierStatus status = status(dossier.legs());
        int rating = rating(dossier.applicant());
        DossierHistoryCopy.line(batch.dossiers(), Arrays.asList(code, 0, dossier.procedure().code().value(),
                dossier.channel().name(), applicant.value(), subject == null ? null : subject.value(),
                dossier.communeCode(), status.name(), dossier.receivedAt(), "{}", components(dossier), closed,
                rating == 0 ? null : rating, rating == 0 ? null : closed.plus(Duration.ofDays(1))));
        DossierHistoryCopy.line(batch.timeline(), Arrays.asList(code, null, dossier.receivedAt(), "filed", null));
        int position = 0;
        for (DossierYear.PlannedLeg leg : dossier.legs()) {
            legRow(batch, code, position++, dossier, leg);
        }
        DossierHistoryCopy.line(batch.timeline(), Arrays.asList(code, null, closed, "closed", status.name()));
    }

    private void legRow(DossierHistoryCopy.Batch batch, String code, int position, DossierYear.PlannedDossier dossier,
                        DossierYear.PlannedLeg leg) {
        List<Handler> steps = leg.definition().steps();
        Handler handler = leg.handler();
        boolean refused = leg.status() == LegStatus.REFUSED;
        String reason = refused ? refusals[Math.floorMod(code.hashCode(), refusals.length)] : null;
        DossierHistoryCopy.line(batch.legs(), Arrays.asList(code, leg.definition().key(), position,
                leg.definition().first(), leg.definition().procedure().value(), dossier.channel().name(),
                dossier.communeCode(), dossier.receivedAt(), leg.status().name(), steps(steps),
                leg.status() == LegStatus.CANCELLED ? 0 : steps.size() - 1, handler.kind().name(),
                handler.agencyCode(), leg.definition().limit().amount(), leg.definition().limit().unit().name(),
                leg.started() != null ? leg.started() : leg.finished(), leg.due(), leg.late(),
                leg.late() ? leg.finished() : null, reason, leg.finished()));
        String kind = switch (leg.status()) {
            case COMPLETED -> "completed";
            case REFUSED -> "refused";
            default -> "cancelled";
        };
        DossierHistoryCopy.line(batch.timeline(), Arrays.asList(code, leg.definition().key(), leg.finished(), kind,
                reason));
    }

    /** The dossier's end as the aggregate says it: completed, refused, or partly completed when both. */
    static DossierStatus status(List<DossierYear.PlannedLeg> legs) {
        boolean completed = legs.stream().anyMatch(l -> l.status() == LegStatus.COMPLETED);
        boolean notCompleted = legs.stream().anyMatch(l -> l.status() != LegStatus.COMPLETED);
        return !completed ? DossierStatus.REFUSED : notCompleted ? DossierStatus.PARTLY_COMPLETED
                : DossierStatus.COMPLETED;
    }

    /** 0 (not rated, 3 in 5) or the stars: mostly 4 and 5. */
    private static int rating(int draw) {
        int bucket = Math.floorMod(draw, 100);
        return bucket < 60 ? 0 : bucket < 85 ? 5 : bucket < 95 ? 4 : bucket < 98 ? 3 : bucket < 99 ? 2 : 1;
    }

    private static String components(DossierYear.PlannedDossier dossier) {
        List<Map<String, Object>> json = new ArrayList<>();
        for (SuppliedComponent c : DemoDossiers.components(dossier)) {
            Map<String, Object> component = new LinkedHashMap<>();
            component.put("key", c.key());
            component.put("source", c.source().name());
            component.put("reference", c.reference());
            component.put("reAsked", c.reAsked());
            json.add(component);
        }
        return JSON.writeValueAsString(json);
    }

    private static String steps(List<Handler> steps) {
        List<Map<String, Object>> json = new ArrayList<>();
        for (Handler h : steps) {
            Map<String, Object> step = new LinkedHashMap<>();
            step.put("kind", h.kind().name());
            step.put("agencyCode", h.agencyCode());
            json.add(step);
        }
        return JSON.writeValueAsString(json);
    }
}
