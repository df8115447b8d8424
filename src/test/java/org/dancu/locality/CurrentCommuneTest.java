package org.dancu.locality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The one rule for the current commune of a code on a date, over the bundled reference data. */
class CurrentCommuneTest {

    static final LocalDate BEFORE_REFORM = LocalDate.of(2025, 1, 15);
    static final LocalDate AFTER_REFORM = LocalDate.of(2026, 1, 15);

    static CommuneHistory communes;

    @BeforeAll
    static void load() {
        communes = CommuneHistory.bundled();
    }

    @Test
    void anOldCommuneThatWentWholeIntoOneAnswersThatOneOnAnyDate() {
        for (LocalDate on : new LocalDate[] {BEFORE_REFORM, AFTER_REFORM}) {
            CurrentCommune answer = communes.currentCommune("03124", on);

            assertThat(answer).isInstanceOfSatisfying(CurrentCommune.One.class, one -> {
                assertThat(one.meant().fullName()).isEqualTo("Phường Noong Bua");
                assertThat(one.commune().fullName()).isEqualTo("Phường Mường Thanh");
            });
            assertThat(answer.currentCode()).contains("03334");
        }
    }

    @Test
    void everyOldDienBienCommuneAnswersTheCommuneOfTheHandCheckedListOnAnyDate() {
        var expected = CommuneRuleCases.dienBienOldToCurrent();

        assertThat(expected).hasSize(129);
        expected.forEach((old, current) -> {
            assertThat(communes.currentCommune(old, BEFORE_REFORM).currentCode()).as(old).contains(current);
            assertThat(communes.currentCommune(old, AFTER_REFORM).currentCode()).as(old).contains(current);
        });
    }

    @Test
    void aReusedCodeMeansTheOldCommuneBeforeTheReformAndTheCurrentOneAfter() {
        CurrentCommune before = communes.currentCommune("03127", BEFORE_REFORM);
        CurrentCommune after = communes.currentCommune("03127", AFTER_REFORM);

        assertThat(before).isInstanceOfSatisfying(CurrentCommune.One.class,
                one -> assertThat(one.meant().fullName()).isEqualTo("Phường Him Lam"));
        assertThat(after).isInstanceOfSatisfying(CurrentCommune.One.class,
                one -> assertThat(one.meant().fullName()).isEqualTo("Phường Điện Biên Phủ"));
        assertThat(before.currentCode()).contains("03127");
        assertThat(after.currentCode()).contains("03127");
    }

    @Test
    void aReusedCodeOfASplitCommuneIsSplitBeforeTheReformAndOneCommuneAfter() {
        CurrentCommune before = communes.currentCommune("00070", BEFORE_REFORM);
        CurrentCommune after = communes.currentCommune("00070", AFTER_REFORM);

        assertThat(before).isInstanceOfSatisfying(CurrentCommune.Split.class, split -> {
            assertThat(split.meant().fullName()).isEqualTo("Phường Hàng Trống");
            assertThat(split.candidates()).extracting(AdministrativeUnit::code).containsExactly("00070", "00082");
        });
        assertThat(before.currentCode()).as("never silently one of the candidates").isEmpty();
        assertThat(after).isInstanceOfSatisfying(CurrentCommune.One.class,
                one -> assertThat(one.commune().fullName()).isEqualTo("Phường Hoàn Kiếm"));
    }

    @Test
    void aSplitCommuneAnswersItsCandidatesOnAnyDate() {
        for (LocalDate on : new LocalDate[] {BEFORE_REFORM, AFTER_REFORM}) {
            assertThat(communes.currentCommune(CommuneRuleCases.SPLIT_COMMUNE, on)).isInstanceOfSatisfying(CurrentCommune.Split.class,
                    split -> {
                        assertThat(split.meant().fullName()).isEqualTo("Phường Điện Biên");
                        assertThat(split.candidates()).extracting(AdministrativeUnit::code)
                                .containsExactly("00004", "00070", "00190", "00226");
                    });
        }
    }

    @Test
    void aCodeNoCommuneCarriedIsUnknown() {
        assertThat(communes.currentCommune("99999", AFTER_REFORM)).isEqualTo(new CurrentCommune.Unknown("99999"));
        assertThat(communes.currentCommune("094", BEFORE_REFORM)).as("a district")
                .isEqualTo(new CurrentCommune.Unknown("094"));
        assertThat(communes.currentCommune("11", AFTER_REFORM)).as("a province").isInstanceOf(CurrentCommune.Unknown.class);
        assertThat(communes.currentCommune("99999", AFTER_REFORM).currentCode()).isEmpty();
    }
}
