package org.dancu.cleansing.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.dancu.civil.PartialDate;
import org.dancu.civil.PersonName;
import org.dancu.civil.Pin;
import org.dancu.civil.Sex;
import org.dancu.cleansing.Sector;
import org.dancu.cleansing.SectorField;
import org.dancu.cleansing.datasets.RecordValues;
import org.dancu.linkage.CommuneMapping;
import org.dancu.register.RegisteredPerson;
import org.junit.jupiter.api.Test;

class CriteriaTest {

    private static final RegisteredPerson PERSON = person("Tổ 1", true, null, true);
    private static final CommuneMapping COMMUNES = CommuneMapping.of(Map.of("03124", "03334"), Map.of());

    private static RecordValues values(Object... pairs) {
        Map<SectorField, String> values = new EnumMap<>(SectorField.class);
        for (int i = 0; i < pairs.length; i += 2) {
            values.put((SectorField) pairs[i], (String) pairs[i + 1]);
        }
        return new RecordValues(values);
    }

    private static RecordValues complete() {
        return values(SectorField.FULL_NAME, "Lò Văn Pọm", SectorField.PIN, "011085001234", SectorField.BIRTH_DATE,
                "02/04/1985", SectorField.SEX, "Nam", SectorField.COMMUNE_CODE, "03124", SectorField.TAX_CODE, "8000");
    }

    private static RegisteredPerson person(String address, boolean alive, LocalDate deathDate, boolean resident) {
        return new RegisteredPerson(7, Pin.of("011085001234"), "", PersonName.of("Lò", "Văn", "Pọm"),
                PartialDate.of(1985, 4, 2), Sex.MALE, null, "VN", "03334", "03334", address, alive, deathDate, resident);
    }

    private static Assessment assess(RecordValues record, RegisteredPerson person) {
        return Criteria.assess(Sector.TAX, record, person, false, null, COMMUNES);
    }

    @Test
    void aRecordThatAgreesWithALivingResidentMeetsAllFourThroughAnOldCommuneCode() {
        assertThat(assess(complete(), PERSON).all()).extracting(Verdict::status).containsOnly(Verdict.Status.OK);
    }

    @Test
    void anIdInconsistentWithSexOrYearIsNotCorrectEvenWithoutALink() {
        RecordValues wrongSex = values(SectorField.PIN, "011085001234", SectorField.SEX, "Nữ");
        RecordValues wrongYear = values(SectorField.PIN, "011085001234", SectorField.BIRTH_DATE, "1986");
        assertThat(assess(wrongSex, null).correct().reason()).isEqualTo(Reason.PIN_SEX_MISMATCH);
        assertThat(assess(wrongYear, null).correct().reason()).isEqualTo(Reason.PIN_YEAR_MISMATCH);
        assertThat(assess(values(SectorField.PIN, "11085001234"), null).correct())
                .isEqualTo(Verdict.fail(Reason.PIN_INVALID, "LEADING_ZERO_LOST"));
    }

    @Test
    void missingRequiredFieldsAreNamedInSchemaOrder() {
        Verdict complete = assess(values(SectorField.BIRTH_DATE, "1985"), null).complete();
        assertThat(complete).isEqualTo(Verdict.fail(Reason.MISSING_FIELDS, "full_name, pin, tax_code"));
    }

    @Test
    void aDuplicateIsNotCleanAndAnUnlinkedRecordWaitsOrFails() {
        assertThat(Criteria.assess(Sector.TAX, complete(), PERSON, false, 4, COMMUNES).clean())
                .isEqualTo(Verdict.fail(Reason.DUPLICATE, "4"));
        assertThat(Criteria.assess(Sector.TAX, complete(), null, true, null, COMMUNES).clean().status())
                .isEqualTo(Verdict.Status.PENDING);
        assertThat(assess(complete(), null).clean().reason()).isEqualTo(Reason.NOT_LINKED);
        assertThat(assess(values(SectorField.FULL_NAME, "lò  văn pọm"), PERSON).clean().reason())
                .isEqualTo(Reason.NOT_NORMALISED);
    }

    /** The register's rule (civil's PersonName.spelling) decides, so a name the register writes so is clean. */
    @Test
    void aNameReadInTheWrongEncodingIsMisDecodedAndTheRegistersOwnSpellingIsClean() {
        assertThat(assess(values(SectorField.FULL_NAME, "Ñoã Văn Pọm"), PERSON).clean())
                .isEqualTo(Verdict.fail(Reason.MIS_DECODED, null));
        assertThat(assess(values(SectorField.FULL_NAME, "Lò Văn Thuỳ"), PERSON).clean().reason())
                .isEqualTo(Reason.NOT_NORMALISED);
        assertThat(assess(values(SectorField.FULL_NAME, "H'Hen Niê"), PERSON).clean().reason())
                .isEqualTo(Reason.LINKED_ONCE);
    }

    @Test
    void aDeadOrMovedPersonIsNotLive() {
        RegisteredPerson dead = person("", false, LocalDate.of(2025, 1, 5), true);
        RegisteredPerson movedOut = person("", true, null, false);
        assertThat(assess(complete(), dead).live()).isEqualTo(Verdict.fail(Reason.PERSON_DIED, "2025-01-05"));
        assertThat(assess(complete(), movedOut).live().reason()).isEqualTo(Reason.MOVED_OUT);
        RecordValues elsewhere = values(SectorField.COMMUNE_CODE, "03337");
        assertThat(assess(elsewhere, PERSON).live().reason()).isEqualTo(Reason.RESIDENCE_OUTDATED);
    }

    @Test
    void valuesThatDisagreeWithTheLinkedPersonAreNotCorrect() {
        assertThat(assess(values(SectorField.FULL_NAME, "Lò Văn Pơm"), PERSON).correct().reason())
                .isEqualTo(Reason.NAME_DIFFERS);
        assertThat(assess(values(SectorField.BIRTH_DATE, "1984"), PERSON).correct().reason())
                .isEqualTo(Reason.BIRTH_DIFFERS);
        assertThat(assess(values(SectorField.PIN, "011085009999"), PERSON).correct().reason())
                .isEqualTo(Reason.PIN_DIFFERS);
        assertThat(assess(values(SectorField.FULL_NAME, "LO VAN POM"), PERSON).correct().status())
                .isEqualTo(Verdict.Status.OK);
    }
}
