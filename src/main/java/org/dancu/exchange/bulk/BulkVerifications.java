package org.dancu.exchange.bulk;

import java.util.UUID;

import org.dancu.audit.Outcome;
import org.dancu.exchange.gateway.CallContext;
import org.dancu.exchange.gateway.ExchangeAudit;
import org.dancu.exchange.gateway.ExchangeError;
import org.dancu.exchange.gateway.ExchangeProperties;
import org.dancu.exchange.gateway.ExchangeRefusal;
import org.dancu.exchange.gateway.Exchanges;
import org.dancu.exchange.gateway.JsonBody;
import org.dancu.exchange.gateway.PartnerRequest;
import org.dancu.exchange.partners.Operation;
import org.springframework.stereotype.Service;

/** Accepts bulk uploads and answers their status and results; {@link BulkRuns} does the work on the job runner. */
@Service
public class BulkVerifications {

    private final Exchanges exchanges;
    private final BulkJobs jobs;
    private final BulkRuns runs;
    private final ExchangeAudit audit;
    private final ExchangeProperties properties;

    BulkVerifications(Exchanges exchanges, BulkJobs jobs, BulkRuns runs, ExchangeAudit audit,
                      ExchangeProperties properties) {
        this.exchanges = exchanges;
        this.jobs = jobs;
        this.runs = runs;
        this.audit = audit;
        this.properties = properties;
    }

    public BulkJob submit(PartnerRequest request) {
        JsonBody body = exchanges.parse(request, Operation.BULK_VERIFY);
        CallContext context = exchanges.checked(request, Operation.BULK_VERIFY, body::context);
        String csv = exchanges.checked(request, Operation.BULK_VERIFY, () -> body.text("csv"));
        BulkInput input = exchanges.checked(request, Operation.BULK_VERIFY, () -> {
            if (csv == null) {
                throw new ExchangeRefusal(ExchangeError.MALFORMED);
            }
            return BulkInput.parse(csv, properties.maxBulkRows());
        });
        exchanges.allow(request, Operation.BULK_VERIFY, null, context, input.attributes());
        UUID jobId = UUID.randomUUID();
        runs.queue(jobId, request.partnerCode(), context, request.requestDigest(), csv, input.rows().size());
        audit.partnerCall(request, Operation.BULK_VERIFY, null, context.purpose(), Outcome.SUCCESS,
                context.auditDetail() + "; job " + jobId + " of " + input.rows().size() + " rows accepted");
        return jobs.find(jobId, request.partnerCode()).orElseThrow();
    }

    public BulkJob status(PartnerRequest request, UUID jobId) {
        BulkJob job = jobs.find(jobId, request.partnerCode()).orElseThrow(() -> unknown(request, jobId));
        audit.partnerCall(request, Operation.BULK_VERIFY, null, job.purpose(), Outcome.SUCCESS,
                "status of job " + jobId);
        return job;
    }

    /** The result file, once the job is done; its download is audited before it leaves. */
    public String result(PartnerRequest request, UUID jobId) {
        BulkJob job = jobs.find(jobId, request.partnerCode()).orElseThrow(() -> unknown(request, jobId));
        if (!"DONE".equals(job.status())) {
            audit.partnerCall(request, Operation.BULK_VERIFY, null, job.purpose(), Outcome.DENIED,
                    "refused: job-not-finished");
            throw new ExchangeRefusal(ExchangeError.JOB_NOT_FINISHED);
        }
        String header = BulkInput.parse(jobs.input(jobId), Integer.MAX_VALUE).resultHeader();
        StringBuilder file = new StringBuilder(header).append("\r\n");
        jobs.resultLines(jobId).forEach(line -> file.append(line).append("\r\n"));
        audit.partnerCall(request, Operation.BULK_VERIFY, null, job.purpose(), Outcome.SUCCESS,
                "results of job " + jobId + " downloaded");
        return file.toString();
    }

    private ExchangeRefusal unknown(PartnerRequest request, UUID jobId) {
        audit.partnerCall(request, Operation.BULK_VERIFY, null, null, Outcome.DENIED, "refused: job-unknown");
        return new ExchangeRefusal(ExchangeError.JOB_UNKNOWN);
    }
}
