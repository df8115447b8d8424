package org.dancu.results.seal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.dancu.results.IssuedResult;
import org.dancu.results.ResultRevoked;
import org.dancu.results.ResultStatus;
import org.dancu.results.ResultSuperseded;
import org.dancu.results.Results;
import org.dancu.results.ResultsFixtures;
import org.dancu.results.seal.OfflineVerdict.Outcome;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * A result revoked or superseded is marked in its status list once the change is committed, and an offline check
 * with the list published afterwards says so, while one with the list of before still says valid.
 */
@SpringBootTest
@AutoConfigureMockMvc
@EnableScenarios
class StatusFlipsTests {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired ApplicationContext context;
    @Autowired Results results;
    @Autowired StatusLists statusLists;
    @Autowired PublishedLists published;
    @Autowired ProvinceKeys keys;

    @Test
    void aRevokedResultIsRevokedInItsStatusList(Scenario scenario) {
        IssuedResult result = ResultsFixtures.issued(context);
        String text = results.offlineText(result.code()).orElseThrow();
        StatusList before = list(result);

        scenario.stimulate(() -> results.revoke(result.code(), "cấp nhầm", ResultsFixtures.OFFICER))
                .andWaitAtMost(WAIT)
                .andWaitForEventOfType(ResultRevoked.class).matching(event -> event.code().equals(result.code()))
                .toArriveAndVerify(event -> assertThat(event.reason()).isEqualTo("cấp nhầm"));
        scenario.stimulate(() -> { })
                .andWaitAtMost(WAIT)
                .andWaitForStateChange(() -> list(result).status(result.statusIndex()), ResultStatus.REVOKED::equals)
                .andVerify(status -> assertThat(status).isEqualTo(ResultStatus.REVOKED));

        assertThat(verify(text, list(result)).outcome()).isEqualTo(Outcome.REVOKED);
        assertThat(verify(text, before).outcome()).isEqualTo(Outcome.VALID);
    }

    @Test
    void aSupersededResultIsSupersededInItsStatusList(Scenario scenario) {
        IssuedResult result = ResultsFixtures.issued(context);
        String text = results.offlineText(result.code()).orElseThrow();

        scenario.stimulate(() -> results.supersede(result.code(), ResultsFixtures.birthExtract(result.holders().get(0)),
                        ResultsFixtures.OFFICER))
                .andWaitAtMost(WAIT)
                .andWaitForEventOfType(ResultSuperseded.class).matching(event -> event.code().equals(result.code()))
                .toArrive();
        scenario.stimulate(() -> { })
                .andWaitAtMost(WAIT)
                .andWaitForStateChange(() -> list(result).status(result.statusIndex()), ResultStatus.SUPERSEDED::equals)
                .andVerify(status -> assertThat(status).isEqualTo(ResultStatus.SUPERSEDED));

        assertThat(verify(text, list(result)).outcome()).isEqualTo(Outcome.SUPERSEDED);
    }

    @Test
    void aResultIssuedBeforeAKeyRotationKeepsItsOfflineTextAndItStillChecksValid() {
        IssuedResult result = ResultsFixtures.issued(context);
        String text = results.offlineText(result.code()).orElseThrow();

        keys.rotate();

        assertThat(results.offlineText(result.code())).contains(text);
        OfflineVerdict verdict = verify(text, list(result));
        assertThat(verdict.outcome()).isEqualTo(Outcome.VALID);
    }

    private StatusList list(IssuedResult result) {
        return statusLists.list(StatusList.listOf(result.statusIndex())).orElseThrow();
    }

    private OfflineVerdict verify(String text, StatusList list) {
        return new OfflineVerifier(published.trustList(), Map.of(list.listId(), list)).verify(text);
    }
}
