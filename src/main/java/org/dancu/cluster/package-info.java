/**
 * What the instances of dancu sharing one database tell each other beyond its tables: that data a
 * module keeps in memory has changed, so each drops its copy (PostgreSQL LISTEN/NOTIFY), and which of
 * them loads a version of the reference data shipped in the jar (once, {@link org.dancu.cluster.BundledFiles});
 * see docs/operations.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cluster", allowedDependencies = {})
package org.dancu.cluster;
