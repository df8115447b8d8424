package org.dancu.services.effects;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dancu.civil.PartialDate;
import org.dancu.civil.Pin;
import org.dancu.civil.ProvinceTime;
import org.dancu.national.WithTestNation;
import org.dancu.register.PersonDied;
import org.dancu.register.RegisteredPersons;
import org.dancu.results.IssuedResult;
import org.dancu.results.ResultType;
import org.dancu.results.Results;
import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.dancu.security.StaffPrincipal;
import org.dancu.services.Channel;
import org.dancu.services.DossierCode;
import org.dancu.services.DossierStatus;
import org.dancu.services.DossierView;
import org.dancu.services.DossierWork;
import org.dancu.services.Dossiers;
import org.dancu.services.LegStatus;
import org.dancu.services.LegView;
import org.dancu.services.NewDossier;
import org.dancu.services.ProcedureCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Both bundles end to end, through the intake's filing, the engine and the officers' decisions:
 * filed, the civil-status leg completed (the register changes, its result is issued), the parallel
 * legs each decided by their own agency, and the case ending partly completed with every leg's
 * outcome and every result under the applicant's documents. The shared context gets a connector to
 * the test nation for this class only.
 */
@SpringBootTest
@ExtendWith(WithTestNation.class)
class BundlesEndToEndTests {

    private static final String MUONG_THANH = "03334";

    @Autowired Dossiers dossiers;
    @Autowired DossierWork work;
    @Autowired Results results;
    @Autowired RegisteredPersons persons;
    @Autowired JdbcClient jdbc;



    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static void signIn(String username, Role role, Scope scope) {
        StaffPrincipal officer = new StaffPrincipal(1, username, username, role, scope, false);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                officer, null, List.of(new SimpleGrantedAuthority(role.authority()))));
    }

    private static void communeOfficer() {
        signIn("xa.muongthanh", Role.COMMUNE_OFFICER, new Scope(MUONG_THANH, null));
    }

    private static void agencyOfficer(String agency) {
        signIn(agency.toLowerCase() + ".tinh", Role.AGENCY_OFFICER, new Scope("11", agency));
    }

    /** A living resident of Mường Thanh heading a household or the head's spouse, from the register's end. */
    private Pin resident(String sex, int ordinal) {
        return Pin.of(jdbc.sql("""
                        SELECT pin FROM register.person WHERE pin IS NOT NULL AND alive AND resident AND sex = :sex
                        AND commune_code = :commune AND address IS NOT NULL AND birth_year BETWEEN 1960 AND 2000
                        AND relation_to_head IN ('HEAD', 'SPOUSE') ORDER BY person_id DESC OFFSET :n LIMIT 1""")
                .param("sex", sex).param("commune", MUONG_THANH).param("n", ordinal).query(String.class).single());
    }

    private DossierCode file(String procedure, Pin applicant, Pin subject, Map<String, String> declaration,
                             Set<String> legs) {
        return dossiers.file(new NewDossier(new ProcedureCode(procedure), Channel.ONLINE, applicant, subject,
                MUONG_THANH, declaration, List.of(), legs, null, null, Instant.now()));
    }

    private LegView leg(DossierCode code, String key) {
        return dossiers.find(code).orElseThrow().legs().stream().filter(l -> l.key().equals(key)).findFirst()
                .orElseThrow();
    }

    private List<IssuedResult> documentsOf(Pin holder, DossierCode code) {
        return results.ofHolder(holder).stream().filter(r -> code.value().equals(r.dossierCode())).toList();
    }

    private static String day(LocalDate date) {
        return PartialDate.of(date).toDayFirst();
    }

    @Test
    void theBirthBundleRegistersTheChildThenItsAgenciesDecideInParallelAndThePartialOutcomeIsExplicit() {
        Pin mother = resident("F", 0);
        LocalDate born = LocalDate.now(ProvinceTime.VIETNAM).minusDays(2);
        Map<String, String> declaration = Map.of("child-name", "Lò Thị Mai", "child-sex", "Nữ",
                "child-birth-date", day(born), "child-birth-place", "Trạm y tế phường Mường Thanh");
        DossierCode code = file("DB-17", mother, null, declaration, Set.of());
        assertThat(leg(code, "residence").status()).isEqualTo(LegStatus.WAITING);

        communeOfficer();
        work.complete(code, "birth", declaration);

        LegView birth = leg(code, "birth");
        assertThat(birth.status()).isEqualTo(LegStatus.COMPLETED);
        IssuedResult extract = results.find(birth.result()).orElseThrow();
        Pin child = extract.holders().get(0);
        assertThat(persons.byPin(child)).hasValueSatisfying(p -> {
            assertThat(p.name().fullName()).isEqualTo("Lò Thị Mai");
            assertThat(p.birthDate()).isEqualTo(PartialDate.of(born));
        });
        assertThat(leg(code, "residence").status()).isEqualTo(LegStatus.IN_PROGRESS);
        assertThat(leg(code, "health-insurance").status()).isEqualTo(LegStatus.IN_PROGRESS);

        agencyOfficer("CONG_AN");
        work.refuse(code, "residence", "Chỗ ở không hợp pháp");
        agencyOfficer("BHXH");
        work.complete(code, "health-insurance", Map.of());

        DossierView closed = dossiers.find(code).orElseThrow();
        assertThat(closed.status()).isEqualTo(DossierStatus.PARTLY_COMPLETED);
        assertThat(closed.legs()).extracting(LegView::key, LegView::status, LegView::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("birth", LegStatus.COMPLETED, null),
                org.assertj.core.groups.Tuple.tuple("residence", LegStatus.REFUSED, "Chỗ ở không hợp pháp"),
                org.assertj.core.groups.Tuple.tuple("health-insurance", LegStatus.COMPLETED, null));
        assertThat(documentsOf(mother, code)).extracting(IssuedResult::type)
                .containsExactlyInAnyOrder(ResultType.BIRTH_EXTRACT, ResultType.HEALTH_INSURANCE_CARD);
        assertThat(jdbc.sql("SELECT household_id IS NULL FROM register.person WHERE pin = :pin")
                .param("pin", child.value()).query(Boolean.class).single()).isTrue();
    }

    @Test
    void theDeathBundleRecordsTheDeathThenRemovesResidenceAndRefusesTheFuneralAllowanceWithItsReason() {
        Pin deceased = resident("M", 1);
        Pin widow = resident("F", 1);
        String died = day(LocalDate.now(ProvinceTime.VIETNAM).minusDays(1));
        Map<String, String> declaration = Map.of("deceased-pin", deceased.value(), "death-date", died,
                "death-place", "Tại nhà");
        DossierCode code = file("1.011537", widow, deceased, declaration, Set.of("funeral"));

        communeOfficer();
        work.complete(code, "death", declaration);

        assertThat(persons.byPin(deceased).orElseThrow().alive()).isFalse();
        assertThat(jdbc.sql("SELECT count(*) FROM event_publication WHERE event_type = :type"
                        + " AND (serialized_event::jsonb ->> 'personId')::bigint = :person")
                .param("type", PersonDied.class.getName())
                .param("person", persons.byPin(deceased).orElseThrow().personId()).query(Long.class).single())
                .isPositive();
        agencyOfficer("CONG_AN");
        work.complete(code, "residence-removal", Map.of());
        communeOfficer();
        work.refuse(code, "funeral", "Người chết không thuộc diện hưởng trợ cấp xã hội");

        DossierView closed = dossiers.find(code).orElseThrow();
        assertThat(closed.status()).isEqualTo(DossierStatus.PARTLY_COMPLETED);
        assertThat(closed.legs()).filteredOn(l -> l.status() != LegStatus.CANCELLED)
                .extracting(LegView::key, LegView::status).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("death", LegStatus.COMPLETED),
                        org.assertj.core.groups.Tuple.tuple("residence-removal", LegStatus.COMPLETED),
                        org.assertj.core.groups.Tuple.tuple("funeral", LegStatus.REFUSED));
        assertThat(documentsOf(widow, code)).extracting(IssuedResult::type)
                .containsExactlyInAnyOrder(ResultType.DEATH_EXTRACT, ResultType.RESIDENCE_REMOVAL);
    }
}
