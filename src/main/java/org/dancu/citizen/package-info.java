/**
 * Citizens: login with the e-ID by OpenID Connect (its own filter chain and sessions), the citizen
 * portal and the consents a citizen grants; see docs/citizen.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Citizens",
        allowedDependencies = {"civil", "locality", "register", "audit", "security", "exchange", "notify"})
package org.dancu.citizen;
