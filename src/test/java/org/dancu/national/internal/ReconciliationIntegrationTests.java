package org.dancu.national.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.dancu.national.NationalField;
import org.dancu.national.NationalUnavailableException;
import org.dancu.national.ReconciliationRun;
import org.dancu.nationalsim.NationalSimulator;
import org.dancu.nationalsim.SimulatedNationFixtures;
import org.dancu.security.Scope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reconciling the 3,000-person test register with its simulated nation over real HTTP: the right
 * persons and fields are marked, a failing nation interrupts a run that then resumes where it
 * stopped, and the connector's retries carry a run through a flaky nation.
 */
class ReconciliationIntegrationTests extends SimulatedNationTests {

    @Autowired ReconciliationRuns runs;
    @Autowired PersonChecks checks;
    @Autowired TransactionTemplate transactions;

    private Reconciler reconciler(NationalSimulator simulator, int attempts, int batchSize) {
        return new Reconciler(TestNation.connector(simulator, attempts, batchSize), register, runs, checks,
                transactions, batchSize);
    }

    /** The register person of the first nation row with this disagreement (null: none). */
    private long personWith(String disagreement) {
        return owner.sql("""
                        SELECT p.person_id FROM register.person p JOIN national_sim.person n ON n.pin = p.pin
                        WHERE n.disagreement IS NOT DISTINCT FROM :kind ORDER BY p.person_id LIMIT 1 OFFSET :skip""")
                .param("kind", disagreement).param("skip", disagreement == null ? 5 : 0).query(Long.class).single();
    }

    private Map<String, Object> check(long personId) {
        return jdbc.sql("SELECT status, array_to_string(fields, ',') AS fields FROM national.person_check"
                + " WHERE person_id = :id").param("id", personId).query().singleRow();
    }

    @Test
    void marksEachPersonCorrectOrMismatchedWithTheFieldsThatDiffer() {
        long plain = personWith(null);
        long constructed = owner.sql("""
                        SELECT p.person_id FROM register.person p JOIN national_sim.person n ON n.pin = p.pin
                        WHERE n.disagreement IS NULL ORDER BY p.person_id LIMIT 1 OFFSET 7""").query(Long.class).single();
        SimulatedNationFixtures.disagreeOnSex(owner, constructed);
        long unknown = owner.sql("""
                        SELECT p.person_id FROM register.person p WHERE p.pin IS NOT NULL
                        AND NOT EXISTS (SELECT 1 FROM national_sim.person n WHERE n.pin = p.pin)
                        ORDER BY p.person_id LIMIT 1""").query(Long.class).single();

        ReconciliationRun run = reconciler(nation, 1, 1_000).run("tester", progress -> { });

        assertThat(run.state()).isEqualTo("DONE");
        assertThat(run.checked()).isEqualTo(run.total()).isEqualTo(register.countWithPin());
        assertThat(run.matched() + run.mismatched() + run.unknown()).isEqualTo(run.checked());
        assertThat(check(plain)).containsEntry("status", "MATCH").containsEntry("fields", "");
        assertThat(check(constructed)).containsEntry("status", "MISMATCH").containsEntry("fields", "SEX");
        assertThat(check(personWith("NAME"))).containsEntry("status", "MISMATCH").containsEntry("fields", "FULL_NAME");
        assertThat(check(personWith("BIRTH_DATE"))).containsEntry("fields", "BIRTH_DATE");
        assertThat(check(personWith("COMMUNE"))).containsEntry("fields", "COMMUNE_CODE");
        assertThat(check(personWith("DEAD"))).containsEntry("fields", "ALIVE");
        assertThat(check(unknown)).containsEntry("status", "UNKNOWN");
    }

    @Test
    void aRunStoppedByAFailingNationResumesWhereItStoppedAndChecksNobodyTwice() throws Exception {
        NationalSimulator failing = TestNation.simulator(context, 0.5);
        assertThatThrownBy(() -> reconciler(failing, 1, 100).run("tester", progress -> { }))
                .isInstanceOf(NationalUnavailableException.class);
        ReconciliationRuns.Open interrupted = runs.open().orElseThrow();
        assertThat(interrupted.run().lastError()).isNotBlank();
        assertThat(interrupted.run().checked()).isLessThan(interrupted.run().total());

        ReconciliationRun resumed = reconciler(nation, 1, 100).run("someone else", progress -> { });

        assertThat(resumed.runId()).isEqualTo(interrupted.run().runId());
        assertThat(resumed.startedBy()).isEqualTo("tester");
        assertThat(resumed.state()).isEqualTo("DONE");
        assertThat(resumed.checked()).isEqualTo(resumed.total());
        assertThat(resumed.lastError()).isNull();
        assertThat(runs.open()).isEmpty();
    }

    @Test
    void retriesCarryARunThroughAFlakyNation() throws Exception {
        NationalSimulator flaky = TestNation.simulator(context, 0.3);
        List<ReconciliationRun> progress = new java.util.ArrayList<>();

        ReconciliationRun run = reconciler(flaky, 8, 500).run("tester", progress::add);

        assertThat(run.state()).isEqualTo("DONE");
        assertThat(run.checked()).isEqualTo(run.total());
        assertThat(progress).extracting(ReconciliationRun::checked).isSorted().hasSizeGreaterThanOrEqualTo(6);
    }

    @Test
    void theWorkListHoldsOnlyTheOfficersCommunes() {
        reconciler(nation, 1, 1_000).run("tester", progress -> { });
        String commune = jdbc.sql("SELECT commune_code FROM national.person_check WHERE status <> 'MATCH'"
                + " GROUP BY commune_code ORDER BY count(*) DESC LIMIT 1").query(String.class).single();
        Scope communeOfficer = new Scope(commune, null);

        List<PersonCheck> theirs = checks.open(communeOfficer, 0);
        long open = checks.countOpen(communeOfficer);

        // a commune officer's scope holds their commune and the old communes merged into it
        List<String> inScope = jdbc.sql("SELECT commune_code FROM locality.scope_commune WHERE scope_code = :commune")
                .param("commune", commune).query(String.class).list();
        assertThat(theirs).isNotEmpty().allSatisfy(c -> assertThat(c.communeCode()).isIn(inScope));
        assertThat(open).isGreaterThanOrEqualTo(theirs.size());
        assertThat(checks.countOpen(new Scope("11", null))).isGreaterThan(open);
        assertThat(checks.open(Scope.NONE, 0)).isEmpty();
        long elsewhere = checks.open(new Scope("11", null), 0).stream()
                .filter(c -> !inScope.contains(c.communeCode())).findFirst().orElseThrow().personId();
        assertThat(checks.openOne(elsewhere, communeOfficer)).isEmpty();
        assertThat(checks.resolve(elsewhere, communeOfficer, "xa")).isFalse();
        assertThat(checks.resolve(theirs.get(0).personId(), communeOfficer, "xa")).isTrue();
        assertThat(checks.countOpen(communeOfficer)).isEqualTo(open - 1);
        assertThat(theirs.get(0).fields()).isNotEmpty().doesNotHaveDuplicates();
        assertThat(NationalField.values()).contains(theirs.get(0).fields().get(0));
    }
}
