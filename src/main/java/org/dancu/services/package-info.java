/**
 * Public services: the catalogue of procedures (the 25 essential ones among them), dossiers received
 * online, at the commune counter or from the national interconnection software, their workflows on
 * the Flowable BPMN engine with legal clocks per leg, the interconnected birth and death bundles as
 * one case, officers' queues and the indicators the steering committee reads; see docs/services.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Public services",
        allowedDependencies = {"civil", "locality", "audit", "security", "register", "national", "results",
                "workdays", "notify", "steering", "jobs", "citizen", "httpsig", "cluster"})
package org.dancu.services;
