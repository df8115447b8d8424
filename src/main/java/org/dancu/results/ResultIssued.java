package org.dancu.results;

import java.util.List;
import org.dancu.civil.Pin;

/** A result entered the register, valid. */
public record ResultIssued(ResultCode code, ResultType type, List<Pin> holders, Provenance provenance) {
}
