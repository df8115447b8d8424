/**
 * Provinces, districts and communes with their GSO codes, in the three-level hierarchy valid until
 * 30 June 2025 and the two-level one valid since 1 July 2025, with the old → new mapping, so that
 * any code a record carries, old or new, resolves to the unit it meant and to today's unit.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Localities", allowedDependencies = "civil")
package org.dancu.locality;
