package org.dancu.services.work;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.dancu.civil.ProvinceTime;
import org.dancu.locality.Localities;
import org.dancu.services.DossierComponent;
import org.dancu.services.Procedure;
import org.dancu.services.ProcedureCode;
import org.dancu.services.Procedures;
import org.springframework.stereotype.Component;

/** The words the officers' pages show for the codes a dossier carries: procedures, legs, communes. */
@Component
class Names {

    private final Procedures procedures;
    private final Localities localities;

    Names(Procedures procedures, Localities localities) {
        this.procedures = procedures;
        this.localities = localities;
    }

    String procedure(String code, Locale locale) {
        return procedures.find(new ProcedureCode(code), today())
                .map(p -> vietnamese(locale) ? p.nameVi() : p.nameEn()).orElse(code);
    }

    /** A leg's name in the procedure of its dossier; the key when the catalogue no longer has it. */
    String leg(String procedureCode, String legKey, Locale locale) {
        return procedures.find(new ProcedureCode(procedureCode), today()).stream()
                .flatMap(p -> p.legs().stream()).filter(l -> l.key().equals(legKey)).findFirst()
                .map(l -> vietnamese(locale) ? l.nameVi() : l.nameEn()).orElse(legKey);
    }

    String commune(String code) {
        return localities.resolve(code).map(r -> r.unit().fullName()).orElse(code);
    }

    /** The catalogue as in effect today, for the filters. */
    List<Procedure> catalogue() {
        return procedures.all(today());
    }

    /** The components a leg's procedure may ask for, for the suspension's list. */
    List<DossierComponent> components(String procedureCode) {
        return procedures.find(new ProcedureCode(procedureCode), today()).map(Procedure::components)
                .orElse(List.of());
    }

    static boolean vietnamese(Locale locale) {
        return !"en".equals(locale.getLanguage());
    }

    private static LocalDate today() {
        return LocalDate.now(ProvinceTime.VIETNAM);
    }
}
