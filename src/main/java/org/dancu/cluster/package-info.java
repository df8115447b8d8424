/**
 * What the instances of dancu sharing one database tell each other beyond its tables: that data a
 * module keeps in memory has changed, so each drops its copy (PostgreSQL LISTEN/NOTIFY); see
 * docs/operations.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cluster", allowedDependencies = {})
package org.dancu.cluster;
