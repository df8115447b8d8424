/**
 * The record-linkage engine: normalise, block, compare, score (Fellegi–Sunter with EM and
 * term-frequency adjustment), decide, explain and cluster. Pure Java on the civil types, no Spring,
 * so the same code runs in the command line, the server and a Spark executor.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Record linkage", allowedDependencies = "civil")
package org.dancu.linkage;
