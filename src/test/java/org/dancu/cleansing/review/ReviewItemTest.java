package org.dancu.cleansing.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dancu.cleansing.ReviewItemAccepted;
import org.dancu.cleansing.ReviewItemPicked;
import org.dancu.cleansing.ReviewItemRejected;
import org.dancu.cleansing.ReviewItemReopened;
import org.dancu.cleansing.datasets.CleansingRefusal;
import org.junit.jupiter.api.Test;

class ReviewItemTest {

    private static ReviewItem open() {
        return new ReviewItem(5, 70L, 0.8, ReviewItem.Status.OPEN, null);
    }

    private static ReviewItem decided(ReviewItem.Status status) {
        return new ReviewItem(5, 70L, 0.8, status, status == ReviewItem.Status.REJECTED ? null : 70L);
    }

    @Test
    void eachDecisionOnAnOpenItemLinksAsDecidedAndRegistersItsEvent() {
        ReviewItem accepted = open();
        accepted.accept("xa.review");
        assertThat(accepted.status()).isEqualTo(ReviewItem.Status.ACCEPTED);
        assertThat(accepted.personId()).isEqualTo(70L);
        assertThat(accepted.events()).containsExactly(new ReviewItemAccepted(5, 70));

        ReviewItem rejected = open();
        rejected.reject("xa.review");
        assertThat(rejected.personId()).isNull();
        assertThat(rejected.events()).containsExactly(new ReviewItemRejected(5));

        ReviewItem picked = open();
        picked.pick(71, "xa.review");
        assertThat(picked.personId()).isEqualTo(71L);
        assertThat(picked.decision()).isEqualTo(new ReviewItem.Decision(ReviewQueue.Action.PICK, 71L, "xa.review"));
        assertThat(picked.events()).containsExactly(new ReviewItemPicked(5, 71));
    }

    @Test
    void aDecidedItemCannotBeDecidedAgainAndNothingChanges() {
        for (ReviewItem.Status status : new ReviewItem.Status[] {ReviewItem.Status.ACCEPTED,
                ReviewItem.Status.REJECTED, ReviewItem.Status.PICKED}) {
            ReviewItem item = decided(status);
            Long linked = item.personId();
            assertThatThrownBy(() -> item.accept("xa.review")).isInstanceOf(CleansingRefusal.class)
                    .hasMessage("cleansing.error.already-decided");
            assertThatThrownBy(() -> item.reject("xa.review")).isInstanceOf(CleansingRefusal.class);
            assertThatThrownBy(() -> item.pick(71, "xa.review")).isInstanceOf(CleansingRefusal.class);
            assertThat(item.status()).isEqualTo(status);
            assertThat(item.personId()).isEqualTo(linked);
            assertThat(item.events()).isEmpty();
        }
    }

    @Test
    void withoutACandidateThereIsNothingToAccept() {
        ReviewItem item = new ReviewItem(5, null, null, ReviewItem.Status.NONE, null);
        assertThatThrownBy(() -> item.accept("xa.review")).isInstanceOf(CleansingRefusal.class)
                .hasMessage("cleansing.error.no-candidate");
        assertThat(item.status()).isEqualTo(ReviewItem.Status.NONE);
        assertThat(item.events()).isEmpty();
    }

    @Test
    void onlyADecidedItemIsReopenedAndItComesBackOpenAndUnlinked() {
        assertThatThrownBy(() -> open().reopen("PersonCorrected")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new ReviewItem(5, 70L, 0.8, ReviewItem.Status.NONE, 70L).reopen("PersonCorrected"))
                .isInstanceOf(IllegalStateException.class);

        ReviewItem item = decided(ReviewItem.Status.ACCEPTED);
        item.reopen("PersonCorrected");
        assertThat(item.status()).isEqualTo(ReviewItem.Status.OPEN);
        assertThat(item.personId()).isNull();
        assertThat(item.decision()).isNull();
        assertThat(item.events()).containsExactly(new ReviewItemReopened(5, "PersonCorrected"));
        item.accept("xa.review");
        assertThat(item.status()).isEqualTo(ReviewItem.Status.ACCEPTED);
    }
}
