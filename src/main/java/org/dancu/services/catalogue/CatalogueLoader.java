package org.dancu.services.catalogue;

import java.time.Instant;

import org.dancu.cluster.BundledFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the bundled catalogue at start-up when the database holds another version of the file, once across
 * instances starting together ({@link BundledFiles}). Versions an administrator recorded stay as they are.
 */
@Component
class CatalogueLoader implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(CatalogueLoader.class);

    private final BundledFiles files;
    private final ProcedureVersions versions;
    private final JsonMapper json;

    CatalogueLoader(BundledFiles files, ProcedureVersions versions, JsonMapper json) {
        this.files = files;
        this.versions = versions;
        this.json = json;
    }

    @Override
    public void afterSingletonsInstantiated() {
        files.loadWhenChanged(BundledCatalogue.LOCATION, "services.catalogue_bundle", bytes -> {
            BundledCatalogue bundled = BundledCatalogue.read(bytes, json);
            Instant now = Instant.now();
            bundled.procedures().forEach(entry -> versions.putBundled(entry, now));
            log.info("Loaded the procedure catalogue: {} procedures", bundled.procedures().size());
        });
    }
}
