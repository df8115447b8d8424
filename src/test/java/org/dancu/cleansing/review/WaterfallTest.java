package org.dancu.cleansing.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dancu.linkage.Contribution;
import org.dancu.linkage.Explanation;
import org.junit.jupiter.api.Test;

class WaterfallTest {

    @Test
    void barsFollowTheRunningTotalOnOneScaleFromTheLowestToTheHighestPoint() {
        Explanation explanation = new Explanation(-10, List.of(new Contribution("id", "exact", 20, false),
                new Contribution("sex", "different", -5, false)), 5, 0.97);

        Waterfall waterfall = Waterfall.of(explanation);

        assertThat(waterfall.bars()).extracting(Waterfall.Bar::comparison).containsExactly("prior", "id", "sex");
        Waterfall.Bar prior = waterfall.bars().get(0);
        Waterfall.Bar id = waterfall.bars().get(1);
        Waterfall.Bar sex = waterfall.bars().get(2);
        assertThat(prior.x()).isZero();
        assertThat(prior.width()).isEqualTo(200.0);
        assertThat(prior.positive()).isFalse();
        assertThat(id.x()).isZero();
        assertThat(id.width()).isEqualTo(400.0);
        assertThat(id.positive()).isTrue();
        assertThat(sex.x()).isEqualTo(300.0);
        assertThat(sex.width()).isEqualTo(100.0);
        assertThat(sex.positive()).isFalse();
    }
}
