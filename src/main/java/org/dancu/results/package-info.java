/**
 * Results register: the province's store of procedure results (extracts, confirmations, land and
 * housing right changes, receipts), each a signed record with a stable {@link org.dancu.results.ResultCode},
 * holders' IDs, provenance, status (valid, superseded, revoked) and a PDF rendition with two QR
 * codes (online link, offline signed payload). Other modules issue, supersede and revoke through
 * {@link org.dancu.results.Results}; see docs/results.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Results register",
        allowedDependencies = {"civil", "locality", "audit", "security", "register", "steering", "cluster",
                "citizen", "cleansing", "jobs"})
package org.dancu.results;
