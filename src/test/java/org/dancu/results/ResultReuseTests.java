package org.dancu.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.dancu.civil.Pin;
import org.dancu.register.RegisterFixture;
import org.dancu.results.reuse.ReuseChecks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A result offered instead of an upload: each answer, each check on the ledger against the applicant and counted. */
@SpringBootTest
class ResultReuseTests {

    private static final String DOSSIERS = "services.dossier";

    @Autowired ApplicationContext context;
    @Autowired Results results;
    @Autowired ResultReuse reuse;
    @Autowired ReuseChecks checks;
    @Autowired JdbcClient jdbc;

    private Pin applicant;
    private Pin other;

    @BeforeEach
    void persons() throws Exception {
        applicant = Pin.of(RegisterFixture.aPersonPin(context, 45));
        other = Pin.of(RegisterFixture.aPersonPin(context, 46));
    }

    @Test
    void theApplicantsValidResultOfTheTypeAskedForIsUsableAndCounted() {
        IssuedResult result = results.issue(ResultsFixtures.birthExtract(applicant));
        Instant from = Instant.now();
        long before = checks.usable(ResultType.BIRTH_EXTRACT, from, from.plusSeconds(3600));
        long entries = entries(applicant, "SUCCESS");

        ReuseAnswer answer = reuse.check(result.code(), applicant, ResultType.BIRTH_EXTRACT, DOSSIERS);

        assertThat(answer).isInstanceOf(ReuseAnswer.Usable.class);
        assertThat(((ReuseAnswer.Usable) answer).result().code()).isEqualTo(result.code());
        assertThat(checks.usable(ResultType.BIRTH_EXTRACT, from, from.plusSeconds(3600))).isEqualTo(before + 1);
        assertThat(checks.usable(ResultType.DEATH_EXTRACT, from, from.plusSeconds(3600))).isZero();
        assertThat(entries(applicant, "SUCCESS")).isEqualTo(entries + 1);
    }

    @Test
    void everyOtherAnswerSaysWhyIsAuditedAsRefusedAndIsNotCountedAsReuse() {
        IssuedResult theirs = results.issue(ResultsFixtures.birthExtract(other));
        IssuedResult revoked = results.issue(ResultsFixtures.birthExtract(applicant));
        results.revoke(revoked.code(), "Sai ngày sinh", ResultsFixtures.OFFICER);
        IssuedResult replaced = results.issue(ResultsFixtures.birthExtract(applicant));
        IssuedResult successor = results.supersede(replaced.code(), ResultsFixtures.birthExtract(applicant),
                ResultsFixtures.OFFICER);
        Instant from = Instant.now();
        long refused = entries(applicant, "DENIED");

        assertThat(reuse.check(theirs.code(), applicant, ResultType.BIRTH_EXTRACT, DOSSIERS))
                .isInstanceOf(ReuseAnswer.NotApplicants.class);
        assertThat(reuse.check(successor.code(), applicant, ResultType.RESIDENCE_CONFIRMATION, DOSSIERS))
                .isEqualTo(new ReuseAnswer.WrongType(ResultType.BIRTH_EXTRACT));
        ReuseAnswer.Revoked gone = (ReuseAnswer.Revoked) reuse.check(revoked.code(), applicant,
                ResultType.BIRTH_EXTRACT, DOSSIERS);
        assertThat(gone.reason()).isEqualTo("Sai ngày sinh");
        assertThat(gone.revokedAt()).isNotNull();
        ReuseAnswer.Superseded newer = (ReuseAnswer.Superseded) reuse.check(replaced.code(), applicant,
                ResultType.BIRTH_EXTRACT, DOSSIERS);
        assertThat(newer.successor()).isEqualTo(successor.code());
        ResultCode unknown = ResultCode.of("011", ResultType.BIRTH_EXTRACT, 1999, 9_999_999);
        assertThat(reuse.check(unknown, applicant, ResultType.BIRTH_EXTRACT, DOSSIERS))
                .isInstanceOf(ReuseAnswer.Unknown.class);

        assertThat(entries(applicant, "DENIED")).isEqualTo(refused + 5);
        assertThat(checks.usable(ResultType.BIRTH_EXTRACT, from, from.plusSeconds(3600))
                + checks.usable(ResultType.RESIDENCE_CONFIRMATION, from, from.plusSeconds(3600))).isZero();
        assertThat(jdbc.sql("SELECT answer FROM results.reuse_check WHERE checked_at >= :from ORDER BY check_id")
                .param("from", java.sql.Timestamp.from(from)).query(String.class).list())
                .containsSubsequence("NOT_APPLICANTS", "WRONG_TYPE", "REVOKED", "SUPERSEDED", "UNKNOWN");
    }

    private long entries(Pin person, String outcome) {
        return jdbc.sql("""
                        SELECT count(*) FROM audit.ledger WHERE object_type = 'person' AND object_id = :pin
                        AND action = 'results.reuse.check' AND outcome = :outcome""")
                .param("pin", person.value()).param("outcome", outcome).query(Long.class).single();
    }
}
