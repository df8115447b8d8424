/**
 * Non-cash payments: programmes as effective-dated rules, beneficiaries from decisions linked to the
 * register, accounts whose owner is checked by name, monthly (or semester, or one-off) cycles as
 * envelopes with control totals approved by a second officer and sent as ISO 20022 pain.001 files,
 * reconciliation of pain.002 and camt.053/054 line by line, exceptions an officer resolves, life events
 * that stop money before it leaves, the postal cash fallback, citizens' "my payments" and the non-cash
 * indicators; see docs/payments.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Payments",
        allowedDependencies = {"civil", "locality", "audit", "security", "register", "notify", "steering", "jobs", "cluster",
                "citizen", "httpsig", "tabular", "workdays", "linkage"})
package org.dancu.payments;
