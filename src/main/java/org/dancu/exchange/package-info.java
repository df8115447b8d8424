/**
 * The gateway through which partner agencies verify and, with a citizen's consent, receive
 * register data: partners, keys and policies, requests signed per RFC 9421, consent, bulk
 * verification, and the citizen's view of who used their data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Exchange gateway",
        allowedDependencies = {"civil", "register", "audit", "security", "jobs", "httpsig", "cluster"})
package org.dancu.exchange;
