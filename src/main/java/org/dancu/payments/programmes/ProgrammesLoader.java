package org.dancu.payments.programmes;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the bundled programmes at start-up when the database holds another version of the file, in one
 * transaction under an advisory lock, so two instances starting together load it once. Versions an
 * administrator recorded stay as they are. A version of the file that breaks a programme's rule stops the
 * start-up: it is the product's own file.
 */
@Component
class ProgrammesLoader implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(ProgrammesLoader.class);

    private final JdbcClient jdbc;
    private final ProgrammeVersions versions;
    private final TransactionTemplate transactions;
    private final JsonMapper json;

    ProgrammesLoader(JdbcClient jdbc, ProgrammeVersions versions, PlatformTransactionManager transactionManager,
                     JsonMapper json) {
        this.jdbc = jdbc;
        this.versions = versions;
        this.transactions = new TransactionTemplate(transactionManager);
        this.json = json;
    }

    @Override
    public void afterSingletonsInstantiated() {
        BundledProgrammes bundled = BundledProgrammes.read(json);
        Instant now = Instant.now();
        transactions.executeWithoutResult(status -> {
            jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(hashtext('payments.programmes'))").query(Integer.class).single();
            List<String> loaded = jdbc.sql("SELECT digest FROM payments.programme_bundle").query(String.class).list();
            if (loaded.equals(List.of(bundled.digest()))) {
                return;
            }
            for (ProgrammeEntry programme : bundled.programmes()) {
                versions.putProgramme(programme);
                programme.versions().forEach(version ->
                        versions.putBundled(programme.programmeCode(), version.rule(programme.kind()), now));
            }
            jdbc.sql("DELETE FROM payments.programme_bundle").update();
            jdbc.sql("INSERT INTO payments.programme_bundle (digest, loaded_at) VALUES (?, ?)")
                    .params(bundled.digest(), now.atOffset(ZoneOffset.UTC)).update();
            log.info("Loaded the payment programmes: {} programmes", bundled.programmes().size());
        });
    }
}
