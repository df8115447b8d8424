package org.dancu.payments.programmes;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.dancu.payments.Programme;
import org.dancu.payments.ProgrammeCode;
import org.dancu.payments.Programmes;
import org.springframework.stereotype.Service;

/** The programmes as other parts read them: each with the version of its rule in force on a day. */
@Service
class RecordedProgrammes implements Programmes {

    private final ProgrammeVersions versions;

    RecordedProgrammes(ProgrammeVersions versions) {
        this.versions = versions;
    }

    @Override
    public List<Programme> inForce(LocalDate on) {
        return versions.allInForce(on);
    }

    @Override
    public Optional<Programme> find(ProgrammeCode code, LocalDate on) {
        return versions.inForce(code, on);
    }
}
