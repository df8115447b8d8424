package org.dancu.services.catalogue;

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
 * Loads the bundled catalogue at start-up when the database holds another version of the file, in one
 * transaction under an advisory lock, so two instances starting together load it once. Versions an
 * administrator recorded stay as they are.
 */
@Component
class CatalogueLoader implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(CatalogueLoader.class);

    private final JdbcClient jdbc;
    private final ProcedureVersions versions;
    private final TransactionTemplate transactions;
    private final JsonMapper json;

    CatalogueLoader(JdbcClient jdbc, ProcedureVersions versions, PlatformTransactionManager transactionManager,
                    JsonMapper json) {
        this.jdbc = jdbc;
        this.versions = versions;
        this.transactions = new TransactionTemplate(transactionManager);
        this.json = json;
    }

    @Override
    public void afterSingletonsInstantiated() {
        BundledCatalogue bundled = BundledCatalogue.read(json);
        Instant now = Instant.now();
        transactions.executeWithoutResult(status -> {
            jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(hashtext('services.catalogue'))").query(Integer.class).single();
            List<String> loaded = jdbc.sql("SELECT digest FROM services.catalogue_bundle").query(String.class).list();
            if (loaded.equals(List.of(bundled.digest()))) {
                return;
            }
            bundled.procedures().forEach(entry -> versions.putBundled(entry, now));
            jdbc.sql("DELETE FROM services.catalogue_bundle").update();
            jdbc.sql("INSERT INTO services.catalogue_bundle (digest, loaded_at) VALUES (?, ?)")
                    .params(bundled.digest(), now.atOffset(ZoneOffset.UTC)).update();
            log.info("Loaded the procedure catalogue: {} procedures", bundled.procedures().size());
        });
    }
}
