/**
 * The audit ledger: an append-only, SHA-256 hash-chained record in PostgreSQL of every read and
 * change of personal data, every security event and every partner call, with a verifier.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit", allowedDependencies = "civil")
package org.dancu.audit;
