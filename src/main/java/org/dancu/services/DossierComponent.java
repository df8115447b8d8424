package org.dancu.services;

import org.dancu.results.ResultType;

/**
 * One component of a procedure's dossier, as the catalogue gives it.
 *
 * @param key        stable key within the procedure, e.g. {@code birth-certificate}
 * @param resultType the result that stands for it when {@code source} is {@link ComponentSource#RESULT}, else null
 */
public record DossierComponent(String key, String nameVi, String nameEn, ComponentSource source, boolean required,
                               ResultType resultType) {
}
