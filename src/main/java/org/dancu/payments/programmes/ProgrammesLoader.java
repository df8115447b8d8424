package org.dancu.payments.programmes;

import java.time.Instant;

import org.dancu.cluster.BundledFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the bundled programmes at start-up when the database holds another version of the file, once across
 * instances starting together ({@link BundledFiles}). Versions an administrator recorded stay as they are. A
 * version of the file that breaks a programme's rule stops the start-up: it is the product's own file.
 */
@Component
class ProgrammesLoader implements SmartInitializingSingleton {

    static final String DIGEST_TABLE = "payments.programme_bundle";
    private static final Logger log = LoggerFactory.getLogger(ProgrammesLoader.class);

    private final BundledFiles files;
    private final ProgrammeVersions versions;
    private final JsonMapper json;

    ProgrammesLoader(BundledFiles files, ProgrammeVersions versions, JsonMapper json) {
        this.files = files;
        this.versions = versions;
        this.json = json;
    }

    @Override
    public void afterSingletonsInstantiated() {
        files.loadWhenChanged(BundledProgrammes.LOCATION, DIGEST_TABLE, bytes -> {
            BundledProgrammes bundled = BundledProgrammes.read(bytes, json);
            Instant now = Instant.now();
            for (ProgrammeEntry programme : bundled.programmes()) {
                versions.putProgramme(programme);
                programme.versions().forEach(version ->
                        versions.putBundled(programme.programmeCode(), version.rule(programme.kind()), now));
            }
            log.info("Loaded the payment programmes: {} programmes", bundled.programmes().size());
        });
    }
}
