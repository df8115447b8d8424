package org.dancu.register;

import java.time.Instant;
import java.util.Set;

/**
 * A citizen asked for fields of their record to be corrected; the values are not carried (read the
 * request if they must be).
 *
 * @param communeCode the person's permanent commune, whose officers decide
 */
public record CorrectionRequested(long requestId, long personId, String communeCode, Set<PersonField> fields,
                                  Instant at) {

    public CorrectionRequested {
        fields = Set.copyOf(fields);
    }
}
