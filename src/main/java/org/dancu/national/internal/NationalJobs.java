package org.dancu.national.internal;

import java.util.Optional;
import java.util.Set;

import org.dancu.jobs.JobAlreadyActiveException;
import org.dancu.jobs.JobContext;
import org.dancu.jobs.JobFailure;
import org.dancu.jobs.JobHandler;
import org.dancu.jobs.JobState;
import org.dancu.jobs.JobVisibility;
import org.dancu.jobs.JobWords;
import org.dancu.jobs.Jobs;
import org.dancu.locality.Localities;
import org.dancu.national.FeedStatus;
import org.dancu.national.NationalDatabase;
import org.dancu.national.NationalReconciliation;
import org.dancu.national.ReconciliationRun;
import org.dancu.register.LifeEvents;
import org.dancu.national.NationalUnavailableException;
import org.dancu.security.Role;
import org.dancu.register.RegisteredPersons;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the reconciliation and the change feed. In the background the reconciliation is a job of the
 * runner (kind {@value #KIND}, one at a time in the whole deployment); the run's own cursor lets a job
 * taken up again after a restart, or a new one after a failure, resume where the last batch was stored.
 */
@Service
class NationalJobs implements NationalReconciliation, JobHandler {

    static final String KIND = "national.reconciliation";
    private static final Set<Role> FOLLOWERS = Set.of(Role.PROVINCE_OFFICER);

    private final NationalDatabase national;
    private final Reconciler reconciler;
    private final FeedApplier feedApplier;
    private final ReconciliationRuns runs;
    private final FeedStore feed;
    private final Jobs jobs;
    private final String province;
    private final String provinceName;

    NationalJobs(ObjectProvider<NationalDatabase> connector, RegisteredPersons register, LifeEvents lifeEvents,
                 ReconciliationRuns runs, PersonChecks checks, FeedStore feed, TransactionTemplate transactions,
                 Localities localities, NationalProperties properties, Jobs jobs) {
        this.national = connector.getIfAvailable();
        this.province = localities.deploymentProvince().code();
        this.provinceName = localities.deploymentProvince().name();
        this.reconciler = new Reconciler(national, register, runs, checks, transactions, properties.batchSize());
        this.feedApplier = new FeedApplier(national, register, lifeEvents, feed, province);
        this.runs = runs;
        this.feed = feed;
        this.jobs = jobs;
    }

    @Override
    public boolean configured() {
        return national != null;
    }

    @Override
    public boolean startInBackground(String startedBy) {
        requireConfigured();
        try {
            submit(startedBy);
            return true;
        } catch (JobAlreadyActiveException e) {
            return false;
        }
    }

    @Override
    public long reconciliationJob(String startedBy) {
        requireConfigured();
        try {
            return submit(startedBy);
        } catch (JobAlreadyActiveException e) {
            return jobs.latest(KIND, province).orElseThrow().id();
        }
    }

    private long submit(String startedBy) {
        return jobs.submit(KIND, province, startedBy, new JobVisibility(FOLLOWERS, province, null));
    }

    @Override
    public String kind() {
        return KIND;
    }

    /** The job: the open run (or a new one) to its end; each stored batch is a checkpoint. */
    @Override
    public void run(JobContext context) {
        requireConfigured();
        reconciler.run(context.startedBy(), run -> context.progress(run.checked(), run.total()));
    }

    /** A run stopped by the national database keeps its cursor: the next scheduled poll or a new start resumes it. */
    @Override
    public String failureKey(Throwable failure) {
        return failure instanceof NationalUnavailableException ? UNAVAILABLE_KEY
                : JobFailure.of(failure).key("jobs.failure");
    }

    /** The province's register, which a reconciliation checks whole. */
    @Override
    public Optional<JobWords> subject(String reference) {
        return province.equals(reference) ? Optional.of(JobWords.of("national.job.subject", provinceName))
                : Optional.empty();
    }

    /** The schedule that starts and resumes reconciliations. */
    @Override
    public Optional<JobWords> starter(String startedBy) {
        return FeedApplier.ACTOR.equals(startedBy) ? Optional.of(JobWords.of("national.job.starter.schedule"))
                : Optional.empty();
    }

    @Override
    public FeedStatus applyChanges() {
        requireConfigured();
        return feedApplier.applyAll();
    }

    @Override
    public Optional<ReconciliationRun> latestRun() {
        return runs.latest();
    }

    @Override
    public FeedStatus feed() {
        return feed.status();
    }

    /**
     * Is a reconciliation interrupted earlier (a failure) waiting to be resumed, with none running or
     * queued? One an officer cancelled waits for the next start instead.
     */
    boolean interruptedRunWaiting() {
        return !jobs.active(KIND) && runs.open().isPresent()
                && jobs.latest(KIND, province).map(job -> job.state() != JobState.CANCELLED).orElse(true);
    }

    private void requireConfigured() {
        if (national == null) {
            throw new IllegalStateException("no national database is configured (dancu.national.base-url)");
        }
    }
}
