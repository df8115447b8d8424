/**
 * Reading and writing the tabular files citizens' data arrives in (CSV in any encoding a
 * Vietnamese office produces, XLSX), streamed within size limits, and writing CSV and XLSX that
 * spreadsheets cannot turn into formulas. Pure Java; used by the register and cleansing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tabular files", allowedDependencies = {"civil"})
package org.dancu.tabular;
