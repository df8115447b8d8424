package org.dancu.exchange.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.dancu.exchange.TestPartner;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/** Claims made together share a statement, and still exactly one copy of a nonce is accepted. */
@SpringBootTest
@AutoConfigureMockMvc
class NonceStoreTests {

    @Autowired NonceStore nonces;

    @Test
    void ofManyCopiesClaimedAtOnceExactlyOneIsAcceptedAndDistinctNoncesAllAre() throws Exception {
        Instant expires = Instant.now().plusSeconds(600);
        String copied = TestPartner.nonce();
        List<Callable<Boolean>> claims = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            claims.add(() -> nonces.claim("nonce-test-key", copied, expires));
            String distinct = TestPartner.nonce();
            claims.add(() -> nonces.claim("nonce-test-key", distinct, expires));
        }
        ExecutorService callers = Executors.newFixedThreadPool(16);
        List<Boolean> answers = new ArrayList<>();
        try {
            for (Future<Boolean> answer : callers.invokeAll(claims)) {
                answers.add(answer.get());
            }
        } finally {
            callers.shutdown();
        }

        List<Boolean> ofCopies = new ArrayList<>();
        List<Boolean> ofDistinct = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            (i % 2 == 0 ? ofCopies : ofDistinct).add(answers.get(i));
        }
        assertThat(ofCopies).containsOnlyOnce(true);
        assertThat(ofDistinct).containsOnly(true);
        assertThat(nonces.claim("nonce-test-key", copied, expires)).isFalse();
    }
}
