package org.dancu.cleansing.datasets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Expires the datasets left unloaded past {@code dancu.uploads.retention}, at the interval of every upload's housekeeping. */
@Component
class DatasetHousekeeping {

    private static final Logger LOG = LoggerFactory.getLogger(DatasetHousekeeping.class);

    private final Datasets datasets;

    DatasetHousekeeping(Datasets datasets) {
        this.datasets = datasets;
    }

    @Scheduled(initialDelayString = "${dancu.uploads.housekeeping-interval:1h}",
            fixedDelayString = "${dancu.uploads.housekeeping-interval:1h}")
    void run() {
        int expired = datasets.expireUnloaded();
        if (expired > 0) {
            LOG.info("{} unloaded dataset(s) expired; their uploaded rows are deleted", expired);
        }
    }
}
