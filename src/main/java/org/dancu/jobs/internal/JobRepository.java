package org.dancu.jobs.internal;

import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

/** The jobs. Whoever changes a job loads it with {@link #findByIdForUpdate}, so a cancel and a checkpoint take turns. */
interface JobRepository extends CrudRepository<Job, Long> {

    @Query("SELECT * FROM jobs.job WHERE id = :id FOR UPDATE")
    Optional<Job> findByIdForUpdate(long id);

    @Query("SELECT * FROM jobs.job WHERE kind = :kind AND reference = :reference ORDER BY id DESC LIMIT 1")
    Optional<Job> latest(String kind, String reference);

    @Query("SELECT EXISTS (SELECT 1 FROM jobs.job WHERE kind = :kind AND state IN ('QUEUED', 'RUNNING'))")
    boolean anyActive(String kind);

    @Query("SELECT EXISTS (SELECT 1 FROM jobs.job WHERE kind = :kind AND reference = :reference"
            + " AND state IN ('QUEUED', 'RUNNING'))")
    boolean anyActive(String kind, String reference);
}
