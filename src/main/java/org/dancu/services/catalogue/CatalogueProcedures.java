package org.dancu.services.catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.dancu.services.Procedure;
import org.dancu.services.ProcedureCode;
import org.dancu.services.Procedures;
import org.springframework.stereotype.Service;

/** The catalogue as other parts read it: the versions in effect on a day. */
@Service
class CatalogueProcedures implements Procedures {

    private final ProcedureVersions versions;

    CatalogueProcedures(ProcedureVersions versions) {
        this.versions = versions;
    }

    @Override
    public List<Procedure> all(LocalDate on) {
        return versions.allInEffect(on).stream().map(CatalogueEntry::procedure).toList();
    }

    @Override
    public Optional<Procedure> find(ProcedureCode code, LocalDate on) {
        return versions.inEffect(code.value(), on).map(CatalogueEntry::procedure);
    }
}
