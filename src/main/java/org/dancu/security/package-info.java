/**
 * Staff security: accounts, roles, scopes (a locality subtree and/or an agency), form login with
 * lock-out, and the application's one filter chain. Other modules read the signed-in officer
 * through {@link org.dancu.security.CurrentStaff} and restrict their SQL with
 * {@link org.dancu.security.Scope}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security",
        allowedDependencies = {"civil", "locality", "audit"})
package org.dancu.security;
