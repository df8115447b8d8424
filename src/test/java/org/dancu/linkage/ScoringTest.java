package org.dancu.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.data.Offset.offset;
import static org.dancu.linkage.People.person;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ScoringTest {

    private static final LinkageModel MODEL = LinkageModel.initial();

    /** 50 "Lò Thị Hương" and one "Tòng Thị Xiêng", all born the same day in the same commune. */
    private static RegisterIndex register() {
        List<PersonRecord> register = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            register.add(person("common" + i, "Lò Thị Hương", "", "1990-05-0" + (1 + i % 9), "F", "03124"));
        }
        register.add(person("rare", "Tòng Thị Xiêng", "", "1990-05-01", "F", "03124"));
        return RegisterIndex.build(register, MODEL, CommuneMapping.none());
    }

    @Test
    void agreeingOnARareNameWeighsMoreThanOnACommonOne() {
        RegisterIndex index = register();
        LinkResult rare = index.query(person("r1", "Tong Thi Xieng", "", "1990-05-01", "F", "03124"));
        LinkResult common = index.query(person("r2", "Lo Thi Huong", "", "1990-05-01", "F", "03124"));
        assertThat(rare.personId()).isEqualTo("rare");
        assertThat(name(rare).termFrequency()).isTrue();
        assertThat(name(rare).level()).isEqualTo(name(common).level()).isEqualTo("ascii");
        assertThat(name(rare).weight()).isGreaterThan(name(common).weight() + 4);
        assertThat(rare.explanation().totalWeight()).isGreaterThan(common.explanation().totalWeight());
    }

    private static Contribution name(LinkResult result) {
        return contribution(result, "name");
    }

    @Test
    void theExplanationSumsToTheTotalWeightAndGivesTheProbability() {
        LinkResult result = register().query(person("r", "TÒNG THỊ XIÊNG", "", "01/05/1990", "Nữ", "03124"));
        Explanation explanation = result.explanation();
        double sum = explanation.priorWeight()
                + explanation.contributions().stream().mapToDouble(Contribution::weight).sum();
        assertThat(explanation.totalWeight()).isCloseTo(sum, offset(1e-9));
        assertThat(explanation.contributions()).hasSize(Comparison.values().length);
        assertThat(explanation.probability()).isCloseTo(result.probability(), offset(1e-12))
                .isCloseTo(Math.pow(2, sum) / (1 + Math.pow(2, sum)), offset(1e-12));
        assertThat(explanation.describe()).contains("name exact").contains("birth_date exact");
    }

    @Test
    void ethnicityAndParentsNamesAreWeighedAndExplainedWherePresent() {
        List<PersonRecord> register = List.of(new PersonRecord("a", "Giàng A Dình", "", null, "1987-02-03", "M", "03400",
                null, "08", "Giàng A Páo", "Vàng Thị Mỷ"));
        RegisterIndex index = RegisterIndex.build(register, MODEL, CommuneMapping.none());
        LinkResult agreeing = index.query(new PersonRecord("r", "Giang A Dinh", "", null, "1987-02-03", "M", "03400",
                null, "8", "GIÀNG A PÁO", "Vàng Mỷ"));
        LinkResult disagreeing = index.query(new PersonRecord("s", "Giang A Dinh", "", null, "1987-02-03", "M", "03400",
                null, "03", "Lò Văn Hùng", null));

        assertThat(agreeing.explanation().contributions()).extracting(Contribution::comparison, Contribution::level)
                .contains(tuple("ethnicity", "same"), tuple("father_name", "exact"), tuple("mother_name", "similar"));
        assertThat(disagreeing.explanation().contributions()).extracting(Contribution::comparison, Contribution::level)
                .contains(tuple("ethnicity", "different"), tuple("father_name", "different"),
                        tuple("mother_name", "missing"));
        for (String key : List.of("ethnicity", "father_name")) {
            assertThat(contribution(agreeing, key).weight()).isPositive();
            assertThat(contribution(disagreeing, key).weight()).isNegative();
        }
        assertThat(contribution(disagreeing, "mother_name").weight()).isZero();
        assertThat(agreeing.explanation().describe()).contains("ethnicity same").contains("father_name exact")
                .contains("mother_name similar");
        assertThat(agreeing.probability()).isGreaterThan(disagreeing.probability());
    }

    private static Contribution contribution(LinkResult result, String comparison) {
        return result.explanation().contributions().stream().filter(c -> c.comparison().equals(comparison))
                .findFirst().orElseThrow();
    }

    @Test
    void decisionsFollowTheTwoThresholds() {
        Scorer scorer = new Scorer(MODEL.withThresholds(new LinkageModel.Thresholds(0.99, 0.5, 4)), TermShares.NONE);
        assertThat(scorer.decide(10, Double.NEGATIVE_INFINITY)).isEqualTo(Decision.MATCH);
        assertThat(scorer.decide(2, Double.NEGATIVE_INFINITY)).as("p 0.8").isEqualTo(Decision.REVIEW);
        assertThat(scorer.decide(-1, Double.NEGATIVE_INFINITY)).as("p 0.33").isEqualTo(Decision.NONMATCH);
        assertThat(scorer.decide(10, 8)).as("a close runner-up").isEqualTo(Decision.REVIEW);
        assertThat(scorer.decide(14, 8)).as("a distant runner-up").isEqualTo(Decision.MATCH);
        assertThat(scorer.decide(10, 2)).as("a runner-up below the match threshold").isEqualTo(Decision.MATCH);
    }

    @Test
    void twoEquallyGoodCandidatesGoToReview() {
        List<PersonRecord> register = List.of(person("a", "Giàng A Dình", "", "1987-02-03", "M", "03400"),
                person("b", "Giàng A Dình", "", "1987-02-03", "M", "03400"));
        LinkResult result = RegisterIndex.build(register, MODEL, CommuneMapping.none())
                .query(person("r", "Giàng A Dình", "", "1987-02-03", "M", "03400"));
        assertThat(result.personId()).isEqualTo("a");
        assertThat(result.decision()).isEqualTo(Decision.REVIEW);
        assertThat(result.runnerUpProbability()).isEqualTo(result.probability());
        assertThat(result.runnerUpId()).as("the other candidate, for the person who looks").isEqualTo("b");
        assertThat(result.runnerUpExplanation().totalWeight()).isEqualTo(result.explanation().totalWeight());
    }

    @Test
    void aRecordWithoutCandidatesIsANonMatchWithoutPerson() {
        LinkResult result = register().query(person("r", "Vừ A Sử", "", "1950", "M", ""));
        assertThat(result.personId()).isNull();
        assertThat(result.decision()).isEqualTo(Decision.NONMATCH);
        assertThat(result.candidates()).isZero();
    }

    @Test
    void thresholdsMustBeOrdered() {
        assertThatThrownBy(() -> new LinkageModel.Thresholds(0.5, 0.9, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LinkageModel.Thresholds(1, 0.5, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
