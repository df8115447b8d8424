/**
 * A reference National Population Database for the demo, tests and benchmarks: the other side of
 * the national connector's protocol, over real HTTP, with signature checks, latency and failure
 * injection. No production module depends on it; only the command line ({@code national-sim}, the
 * demo) and tests start it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "National database simulator",
        allowedDependencies = {"civil", "national", "synth", "httpsig"})
package org.dancu.nationalsim;
