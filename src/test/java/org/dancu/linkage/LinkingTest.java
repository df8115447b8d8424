package org.dancu.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class LinkingTest {

    @Test
    void trainedUnsupervisedTheEngineLinksMessyCopiesAndRefusesOutsiders() {
        List<PersonRecord> register = TrainingFixture.register(3_000);
        List<PersonRecord> records = TrainingFixture.records(register, 1_500, 100);
        RegisterIndex index = RegisterIndex.build(register, CommuneMapping.none());
        Training training = index.train(records, new TrainingOptions(1, 5_000, 50_000,
                LinkageModel.Thresholds.defaults()));
        assertThat(training.converged()).isTrue();
        assertThat(training.model().weight(Comparison.ID, 0)).isGreaterThan(10);
        assertThat(training.model().weight(Comparison.BIRTH_DATE, 6)).isNegative();

        List<LinkResult> results = index.withModel(training.model()).link(records, false);

        assertThat(results).hasSize(records.size());
        long right = 0;
        long wrong = 0;
        for (int i = 0; i < records.size(); i++) {
            LinkResult result = results.get(i);
            assertThat(result.recordId()).isEqualTo(records.get(i).id());
            if (result.decision() == Decision.MATCH) {
                if (records.get(i).id().equals("R" + (Integer.parseInt(result.personId()) - 1))) {
                    right++;
                } else {
                    wrong++;
                }
            }
        }
        assertThat(wrong).isLessThanOrEqualTo(3);
        assertThat(right).isGreaterThan(1_400);
    }

    @Test
    void theSameInputsAndSeedGiveTheSameModel() {
        assertThat(TrainingFixture.trained().toJson()).isEqualTo(TrainingFixture.trained().toJson());
    }

    @Test
    void aSingleRecordQueryExplainsItsBestCandidate() {
        List<PersonRecord> register = TrainingFixture.register(3_000);
        RegisterIndex index = RegisterIndex.build(register, TrainingFixture.trained(), CommuneMapping.none());
        PersonRecord person = register.get(42);
        LinkResult result = index.query(new PersonRecord("q", person.fullName().toUpperCase(java.util.Locale.ROOT),
                person.pin(), null, person.birthDate(), person.sex(), person.communeCode(), null));
        assertThat(result.personId()).isEqualTo(person.id());
        assertThat(result.decision()).isEqualTo(Decision.MATCH);
        assertThat(result.explanation().contributions().get(0)).extracting(Contribution::comparison,
                Contribution::level).containsExactly("id", "exact");
    }
}
