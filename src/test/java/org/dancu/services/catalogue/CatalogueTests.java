package org.dancu.services.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.dancu.services.ComponentSource;
import org.dancu.services.Handler;
import org.dancu.services.LegDefinition;
import org.dancu.services.OnlineLevel;
import org.dancu.services.Procedure;
import org.dancu.services.ProcedureCode;
import org.dancu.services.ProcedureFamily;
import org.dancu.services.Procedures;
import org.dancu.security.AgencyDirectory;
import org.dancu.workdays.TimeLimit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.transaction.annotation.Transactional;

/** The bundled catalogue as loaded at start-up, and its versions in effect on a day. */
@SpringBootTest
@AutoConfigureMockMvc
class CatalogueTests {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @Autowired Procedures procedures;
    @Autowired ProcedureVersions versions;
    @Autowired AgencyDirectory agencies;

    @Test
    void theTwentyFiveEssentialServicesAreInEffectInTheirOrderEachWithItsSourcesAndHandlers() {
        List<Procedure> all = procedures.all(TODAY);

        assertThat(all).extracting(Procedure::essentialNumber)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 25).boxed().toList());
        assertThat(all).allSatisfy(procedure -> {
            assertThat(procedure.source()).contains("http");
            assertThat(procedure.legalBasis()).isNotBlank();
            assertThat(procedure.legs()).filteredOn(LegDefinition::first).hasSize(1);
            assertThat(procedure.legs()).allSatisfy(leg -> assertThat(leg.steps()).isNotEmpty().allSatisfy(step ->
                    assertThat(step.kind() == Handler.Kind.COMMUNE || agencies.exists(step.agencyCode()))
                            .as("%s: %s", procedure.code(), step).isTrue()));
            assertThat(procedure.components()).allSatisfy(component -> assertThat(component.resultType() != null)
                    .as("%s: %s", procedure.code(), component.key())
                    .isEqualTo(component.source() == ComponentSource.RESULT));
            assertThat(procedure.components()).anyMatch(component -> component.source() == ComponentSource.REGISTER);
        });
    }

    @Test
    void theBundlesRunTheirCivilStatusLegFirstAndTheOthersOnTheirOwnClocks() {
        Procedure birth = procedures.find(new ProcedureCode("DB-17"), TODAY).orElseThrow();
        assertThat(birth.family()).isEqualTo(ProcedureFamily.BIRTH_BUNDLE);
        assertThat(birth.limit()).isEqualTo(TimeLimit.workingDays(3));
        assertThat(birth.legs()).extracting(LegDefinition::key, LegDefinition::first, l -> l.steps().get(0))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("birth", true, Handler.commune()),
                        org.assertj.core.groups.Tuple.tuple("residence", false, Handler.agency("CONG_AN")),
                        org.assertj.core.groups.Tuple.tuple("health-insurance", false, Handler.agency("BHXH")));

        Procedure death = procedures.find(new ProcedureCode("1.011537"), TODAY).orElseThrow();
        assertThat(death.family()).isEqualTo(ProcedureFamily.DEATH_BUNDLE);
        assertThat(death.legs()).filteredOn(LegDefinition::optional).extracting(LegDefinition::key)
                .containsExactly("funeral", "survivor");
        assertThat(death.legs()).filteredOn(l -> l.key().equals("survivor")).extracting(LegDefinition::limit)
                .containsExactly(TimeLimit.workingDays(10));
    }

    @Test
    void aProcedureIsNotInEffectBeforeItsFirstVersionNorIsAnUnknownCode() {
        assertThat(procedures.find(new ProcedureCode("1.001193"), LocalDate.of(2025, 6, 30))).isEmpty();
        assertThat(procedures.find(new ProcedureCode("9.999999"), TODAY)).isEmpty();
    }

    @Test
    @Transactional
    void anAdministratorsVersionTakesEffectOnItsDayAndSurvivesAReloadOfTheBundledFile() {
        ProcedureCode code = new ProcedureCode("DB-03");
        Procedure bundled = procedures.find(code, TODAY).orElseThrow();
        LocalDate from = TODAY.plusDays(30);
        CatalogueEntry entry = versions.inEffect(code.value(), TODAY).orElseThrow();
        versions.addEdited(entry.edited(entry.nameVi(), entry.nameEn(), OnlineLevel.PARTIAL, 25_000,
                TimeLimit.workingDays(5), entry.legalBasis(), entry.source(), from), "admin", Instant.now());
        versions.putBundled(entry.edited(entry.nameVi(), entry.nameEn(), OnlineLevel.FULL, 1, TimeLimit.workingDays(9),
                entry.legalBasis(), entry.source(), from), Instant.now());

        assertThat(procedures.find(code, TODAY)).contains(bundled);
        Procedure edited = procedures.find(code, from).orElseThrow();
        assertThat(edited.feeVnd()).isEqualTo(25_000);
        assertThat(edited.limit()).isEqualTo(TimeLimit.workingDays(5));
        assertThat(edited.onlineLevel()).isEqualTo(OnlineLevel.PARTIAL);
        assertThat(edited.effectiveFrom()).isEqualTo(from);
        assertThat(versions.history(code.value())).extracting(ProcedureVersions.Version::origin)
                .containsExactly(ProcedureVersions.Origin.EDITED, ProcedureVersions.Origin.BUNDLED);
    }
}
