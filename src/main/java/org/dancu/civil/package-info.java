/**
 * Value types of civil data, in pure Java: Vietnamese text and names, personal IDs, partial
 * dates, sex and ethnicity. Every other module builds on them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Civil data types", allowedDependencies = {})
package org.dancu.civil;
