/**
 * Sectoral data cleansing: agencies' datasets (land, housing, labour and social insurance,
 * construction, tax, banking, education) loaded, linked to the register, checked on the four
 * criteria (correct, complete, clean, live) with a stored reason per record, reviewed, enriched,
 * exported, and summed up as quality figures.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sectoral data cleansing",
        allowedDependencies = {"civil", "locality", "register", "linkage", "audit", "security", "tabular",
                "steering", "jobs"})
package org.dancu.cleansing;
