/**
 * The population register: persons, households and life events, loaded in bulk, searched and read
 * within the signed-in officer's scope, every read written to the audit ledger first.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Population register",
        allowedDependencies = {"civil", "locality", "audit", "security", "synth", "steering"})
package org.dancu.register;
