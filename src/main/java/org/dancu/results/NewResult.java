package org.dancu.results;

import java.util.List;
import java.util.Objects;
import org.dancu.civil.Pin;

/**
 * A result to issue.
 *
 * @param type        what kind of result
 * @param holders     the people it belongs to (at least one)
 * @param agencyCode  the issuing agency (security's agency code)
 * @param officer     the officer who signs for the agency (a staff account id)
 * @param legalBasis  the legal basis in words, e.g. "Nghị định 123/2015/NĐ-CP"
 * @param dossierCode the dossier it came from, or {@code null}
 * @param fields      the result's fields in print order
 * @param parcel      the parcel of a land or housing result, else {@code null}
 * @param provenance  issued, or digitised from paper
 */
public record NewResult(ResultType type, List<Pin> holders, String agencyCode, String officer,
        String legalBasis, String dossierCode, List<ResultField> fields, ParcelRef parcel,
        Provenance provenance) {

    public NewResult {
        Objects.requireNonNull(type, "type");
        holders = List.copyOf(Objects.requireNonNull(holders, "holders"));
        fields = List.copyOf(Objects.requireNonNull(fields, "fields"));
        Objects.requireNonNull(provenance, "provenance");
    }
}
