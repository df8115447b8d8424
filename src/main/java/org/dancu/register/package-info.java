/**
 * The population register: persons, households and life events, loaded in bulk, searched, read and
 * changed by life events within the signed-in officer's scope, every read and change written to the
 * audit ledger; changes are published as domain events through the event outbox.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Population register",
        allowedDependencies = {"civil", "locality", "audit", "security", "tabular", "steering", "jobs", "cluster",
                "linkage"})
package org.dancu.register;
