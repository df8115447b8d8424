package org.dancu.services.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dancu.civil.Pin;
import org.dancu.civil.ProvinceTime;
import org.dancu.locality.Localities;
import org.dancu.register.RegisteredPerson;
import org.dancu.register.RegisteredPersons;
import org.dancu.services.DossierComponent;
import org.dancu.services.DossierRefusedException;
import org.dancu.services.Dossiers;
import org.dancu.services.NewDossier;
import org.dancu.services.ProcedureFamily;
import org.dancu.services.Procedures;
import org.dancu.services.SuppliedComponent;
import org.dancu.services.ComponentSource;
import org.dancu.workdays.Workdays;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's year of dossiers: on the first ready start with a register and no dossier, a year of
 * {@link DossierYear} for the register's residents (the applicant one of the commune's residents, a
 * death's subject one of the province's dead), the closed dossiers bulk-loaded ({@link DossierHistoryCopy})
 * and the open ones filed through {@link Dossiers#file}, so their workflows and clocks run. The volume
 * is the province's, about 1,000 dossiers a working day for 650,000 residents, scaled to the register
 * loaded (at least {@value #FEWEST_A_DAY} a day). Runs before the demo's steering seed, which then counts them.
 */
@Component
@ConditionalOnProperty(name = "dancu.demo.enabled", havingValue = "true")
class DemoDossiers {

    static final int FEWEST_A_DAY = 20;
    static final double A_DAY_PER_RESIDENT = 1_000 / 650_000.0;
    private static final int BATCH = 5_000;
    private static final String[] REFUSALS = {
            "Giấy tờ nộp kèm không hợp lệ, đã hướng dẫn người nộp bổ sung nhưng không bổ sung trong hạn",
            "Thông tin kê khai không khớp với Cơ sở dữ liệu quốc gia về dân cư",
            "Không thuộc thẩm quyền giải quyết, đã hướng dẫn nộp đúng cơ quan"};

    private final RegisteredPersons persons;
    private final Procedures procedures;
    private final Dossiers dossiers;
    private final Workdays workdays;
    private final Localities localities;
    private final DossierHistoryCopy history;
    private final long seed;

    DemoDossiers(RegisteredPersons persons, Procedures procedures, Dossiers dossiers, Workdays workdays,
                 Localities localities, DossierHistoryCopy history, @Value("${dancu.demo.seed:1}") long seed) {
        this.persons = persons;
        this.procedures = procedures;
        this.dossiers = dossiers;
        this.workdays = workdays;
        this.localities = localities;
        this.history = history;
        this.seed = seed;
    }

    /** The register's residents with an ID, by commune, and the dead with one. */
    private record Residents(Map<String, List<Pin>> byCommune, List<Pin> dead) {
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void seed() {
        if (!history.empty()) {
            return;
        }
        Residents residents = residents();
        int living = residents.byCommune().values().stream().mapToInt(List::size).sum();
        if (living == 0) {
            return;
        }
        long started = System.nanoTime();
        Instant now = Instant.now();
        LocalDate today = LocalDate.now(ProvinceTime.VIETNAM);
        double perDay = Math.max(FEWEST_A_DAY, living * A_DAY_PER_RESIDENT);
        Map<String, Integer> weights = new HashMap<>();
        residents.byCommune().forEach((commune, pins) -> weights.put(commune, pins.size()));
        List<DossierYear.PlannedDossier> planned = new ArrayList<>();
        new DossierYear(procedures.all(today), workdays.calendar(), seed, perDay)
                .generate(today.minusYears(1), today, weights, now, planned::add);
        long[] numbers = history.drawNumbers(planned.size());
        DossierRows rows = new DossierRows(localities.deploymentProvince().code(), residents.byCommune(),
                residents.dead(), REFUSALS);
        DossierHistoryCopy.Batch batch = new DossierHistoryCopy.Batch();
        int closed = 0;
        int open = 0;
        int inBatch = 0;
        for (DossierYear.PlannedDossier dossier : planned) {
            if (dossier.open()) {
                open += file(dossier, rows) ? 1 : 0;
                continue;
            }
            rows.add(batch, numbers[(int) dossier.number() - 1], dossier);
            closed++;
            if (++inBatch == BATCH) {
                history.copy(batch);
                batch = new DossierHistoryCopy.Batch();
                inBatch = 0;
            }
        }
        history.copy(batch);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        System.out.printf("dancu demo: a year of dossiers seeded (about %.0f a working day): %d closed, bulk-loaded;"
                + " %d open, filed through the workflow engine; in %d s%n", perDay, closed, open, elapsed.toSeconds());
        System.out.flush();
    }

    /** Files an open dossier through the engine; false when it cannot be (a death with nobody dead to name). */
    private boolean file(DossierYear.PlannedDossier dossier, DossierRows rows) {
        Pin applicant = rows.applicant(dossier);
        Pin subject = rows.subject(dossier, applicant);
        if (dossier.procedure().family() == ProcedureFamily.DEATH_BUNDLE && subject == null) {
            return false;
        }
        Set<String> legs = new LinkedHashSet<>();
        dossier.legs().forEach(leg -> legs.add(leg.definition().key()));
        try {
            dossiers.file(new NewDossier(dossier.procedure().code(), dossier.channel(), applicant, subject,
                    dossier.communeCode(), Map.of(), components(dossier), legs, null, null, dossier.receivedAt()));
            return true;
        } catch (DossierRefusedException e) {
            return false;
        }
    }

    /** The components as supplied: the state's own read where it holds them, but for those re-asked. */
    static List<SuppliedComponent> components(DossierYear.PlannedDossier dossier) {
        List<SuppliedComponent> supplied = new ArrayList<>();
        int reAsk = dossier.reAsked();
        for (DossierComponent component : dossier.procedure().components()) {
            if (component.source().heldByState() && reAsk > 0) {
                reAsk--;
                supplied.add(new SuppliedComponent(component.key(), ComponentSource.UPLOAD, null, true));
            } else {
                supplied.add(new SuppliedComponent(component.key(), component.source(), null, false));
            }
        }
        return supplied;
    }

    private Residents residents() {
        Map<String, List<Pin>> byCommune = new HashMap<>();
        List<Pin> dead = new ArrayList<>();
        persons.forEach((RegisteredPerson person) -> {
            if (person.pin() == null) {
                return;
            }
            if (!person.alive()) {
                dead.add(person.pin());
            } else if (person.resident()) {
                String commune = person.currentCommuneCode() != null ? person.currentCommuneCode() : person.communeCode();
                byCommune.computeIfAbsent(commune, c -> new ArrayList<>()).add(person.pin());
            }
        });
        return new Residents(byCommune, dead);
    }
}
