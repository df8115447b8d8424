package org.dancu.cleansing.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.dancu.cleansing.CleansingFixtures;
import org.dancu.register.Officers;
import org.dancu.cleansing.ReviewItemAccepted;
import org.dancu.cleansing.ReviewItemPicked;
import org.dancu.cleansing.ReviewItemRejected;
import org.dancu.cleansing.ReviewItemReopened;
import org.dancu.register.PersonCorrected;
import org.dancu.register.PersonField;
import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.util.AopTestUtils;

/** Each transition of a review item publishes its event with the change. */
@SpringBootTest
@EnableScenarios
class ReviewItemScenarioTests {

    @Autowired ApplicationContext context;
    @Autowired ReviewQueue queue;
    @Autowired ReviewReopening reopening;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        Officers.signOut();
    }

    private CleansingFixtures.InReview inReview(String taxCode) {
        CleansingFixtures.InReview inReview = CleansingFixtures.inReview(context, "M", taxCode);
        Officers.signIn("xa.scenario", Role.COMMUNE_OFFICER, new Scope(CleansingFixtures.MUONG_THANH, null));
        return inReview;
    }

    @Test
    void acceptingPublishesReviewItemAccepted(Scenario scenario) {
        CleansingFixtures.InReview item = inReview("8700000001");
        scenario.stimulate(() -> queue.decide(item.recordId(), ReviewQueue.Action.ACCEPT, null, "127.0.0.1"))
                .andWaitForEventOfType(ReviewItemAccepted.class)
                .matchingMappedValue(ReviewItemAccepted::recordId, item.recordId())
                .toArriveAndVerify(event -> assertThat(event.personId()).isEqualTo(item.person().id()));
    }

    @Test
    void rejectingPublishesReviewItemRejected(Scenario scenario) {
        CleansingFixtures.InReview item = inReview("8700000002");
        scenario.stimulate(() -> queue.decide(item.recordId(), ReviewQueue.Action.REJECT, null, "127.0.0.1"))
                .andWaitForEventOfType(ReviewItemRejected.class)
                .matchingMappedValue(ReviewItemRejected::recordId, item.recordId())
                .toArrive();
    }

    @Test
    void pickingAnotherPersonPublishesReviewItemPicked(Scenario scenario) {
        CleansingFixtures.InReview item = inReview("8700000003");
        CleansingFixtures.TestPerson other = CleansingFixtures.person(context, "M");
        scenario.stimulate(() -> queue.decide(item.recordId(), ReviewQueue.Action.PICK, other.pin(), "127.0.0.1"))
                .andWaitForEventOfType(ReviewItemPicked.class)
                .matchingMappedValue(ReviewItemPicked::recordId, item.recordId())
                .toArriveAndVerify(event -> assertThat(event.personId()).isEqualTo(other.id()));
    }

    @Test
    void aCorrectionOfTheDecidedPersonReopensTheItemAndPublishesReviewItemReopened(Scenario scenario) {
        CleansingFixtures.InReview item = inReview("8700000004");
        queue.decide(item.recordId(), ReviewQueue.Action.ACCEPT, null, "127.0.0.1");
        PersonCorrected corrected = new PersonCorrected(item.person().id(), CleansingFixtures.MUONG_THANH,
                PersonField.GIVEN_NAME, LocalDate.of(2026, 3, 2));

        // the listener itself, on this thread: through its proxy it would run asynchronously, out of the scenario's sight
        ReviewReopening listener = AopTestUtils.getUltimateTargetObject(reopening);
        scenario.stimulate(() -> listener.on(corrected))
                .andWaitForEventOfType(ReviewItemReopened.class)
                .matchingMappedValue(ReviewItemReopened::recordId, item.recordId())
                .toArriveAndVerify(event -> assertThat(event.cause()).isEqualTo("PersonCorrected"));
        assertThat(jdbc.sql("SELECT review_status FROM cleansing.record WHERE record_id = :id")
                .param("id", item.recordId()).query(String.class).single()).isEqualTo("OPEN");
    }
}
