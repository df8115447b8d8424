package org.dancu.cleansing.datasets;

import java.time.Duration;

import org.dancu.jobs.ScheduledWork;
import org.dancu.jobs.Timetable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Expires the datasets left unloaded past {@code dancu.uploads.retention}, at the interval of every upload's
 * housekeeping, on one instance at a time.
 */
@Component
class DatasetHousekeeping implements ScheduledWork {

    private static final Logger LOG = LoggerFactory.getLogger(DatasetHousekeeping.class);

    private final Datasets datasets;
    private final Duration interval;

    DatasetHousekeeping(Datasets datasets, @Value("${dancu.uploads.housekeeping-interval:1h}") Duration interval) {
        this.datasets = datasets;
        this.interval = interval;
    }

    @Override
    public String name() {
        return "cleansing.dataset-housekeeping";
    }

    @Override
    public Timetable timetable() {
        return Timetable.every(interval);
    }

    @Override
    public void run() {
        int expired = datasets.expireUnloaded();
        if (expired > 0) {
            LOG.info("{} unloaded dataset(s) expired; their uploaded rows are deleted", expired);
        }
    }
}
