/**
 * Value types of civil data, in pure Java: Vietnamese text and person names, the 12-digit personal
 * ID and the old 9-digit ID, partial dates, sex and ethnicity, each read from dirty input with the
 * reason for every refusal, and the header texts by which files name civil data's columns. Every
 * other module builds on them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Civil data types", allowedDependencies = {})
package org.dancu.civil;
