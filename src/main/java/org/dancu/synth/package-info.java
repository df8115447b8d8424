/**
 * A seeded generator of realistic synthetic provinces: persons, households and life events written
 * as CSV, the error-free truth that the demo, the tests and the benchmarks import or corrupt.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Synthetic population",
        allowedDependencies = {"civil", "locality"})
package org.dancu.synth;
