/**
 * The port to the National Population Database: verify a person's fields, fetch a person by ID,
 * read the change feed; with an HTTP adapter that survives a slow or failing national service.
 */
@org.springframework.modulith.ApplicationModule(displayName = "National database connector",
        allowedDependencies = {"civil", "register", "security", "audit", "steering", "locality", "jobs", "httpsig"})
package org.dancu.national;
