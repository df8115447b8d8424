package org.dancu.register.importing;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;

import org.dancu.jobs.ScheduledWork;
import org.dancu.jobs.Timetable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Deletes the officers' uploaded import files that are no longer needed: a job left unapplied (uploaded, checked or
 * failed) for longer than {@code dancu.uploads.retention} is marked expired and its file deleted, so that personal
 * data an officer never put into the register does not stay on disk. An applied job's file is deleted by the apply
 * itself; any other file of the directory that belongs to no waiting or running job (a copy left by a crash) goes
 * once it is older than the retention. Run by one instance at a time: the directory is shared by all of them
 * (docs/operations.md).
 */
@Component
class ImportHousekeeping implements ScheduledWork {

    static final String EXPIRED = "register.import.error.expired";
    private static final Logger LOG = LoggerFactory.getLogger(ImportHousekeeping.class);

    private final ImportJobSweeps jobs;
    private final Path directory;
    private final Duration retention;
    private final Duration interval;

    ImportHousekeeping(ImportJobSweeps jobs,
                       @Value("${dancu.register.import-directory}") Path directory,
                       @Value("${dancu.uploads.retention:24h}") Duration retention,
                       @Value("${dancu.uploads.housekeeping-interval:1h}") Duration interval) {
        this.jobs = jobs;
        this.directory = directory;
        this.retention = retention;
        this.interval = interval;
    }

    @Override
    public String name() {
        return "register.import-housekeeping";
    }

    @Override
    public Timetable timetable() {
        return Timetable.every(interval);
    }

    @Override
    public void run() {
        Instant cutoff = Instant.now().minus(retention);
        Set<Long> holdingFiles = jobs.expireWaiting(OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC), EXPIRED,
                String.valueOf(retention.toHours()));
        if (!Files.isDirectory(directory)) {
            return;
        }
        int deleted = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
            for (Path file : files) {
                if (!holdingFiles.contains(jobId(file)) && Files.getLastModifiedTime(file).toInstant().isBefore(cutoff)
                        && Files.deleteIfExists(file)) {
                    deleted++;
                }
            }
        } catch (IOException e) {
            LOG.warn("the import directory could not be cleaned: {}", e.getMessage());
        }
        if (deleted > 0) {
            LOG.info("{} uploaded import file(s) older than {} deleted", deleted, retention);
        }
    }

    /** The job a file belongs to ({@code 42.csv}), or -1 for any other file (an upload's temporary copy). */
    private static long jobId(Path file) {
        String name = file.getFileName().toString();
        int dot = name.indexOf('.');
        String number = dot < 0 ? name : name.substring(0, dot);
        return number.matches("[0-9]{1,18}") ? Long.parseLong(number) : -1;
    }
}
