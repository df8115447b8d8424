package org.dancu.services.intake;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.dancu.civil.ProvinceTime;
import org.dancu.services.Procedure;
import org.dancu.services.ProcedureCode;
import org.dancu.services.Procedures;
import org.springframework.stereotype.Component;

/** The procedures a form offers: those in effect today in the province, found by a code as a page sends it. */
@Component
class ProceduresToday {

    private final Procedures procedures;

    ProceduresToday(Procedures procedures) {
        this.procedures = procedures;
    }

    List<Procedure> all() {
        return procedures.all(today());
    }

    /** The procedure with the code, when the text is a code and the procedure is in effect today. */
    Optional<Procedure> find(String code) {
        return Optional.ofNullable(code).map(String::strip).filter(c -> c.matches("[0-9A-Za-z][0-9A-Za-z.\\-]{2,19}"))
                .map(ProcedureCode::new).flatMap(c -> procedures.find(c, today()));
    }

    private static LocalDate today() {
        return LocalDate.now(ProvinceTime.VIETNAM);
    }
}
