package org.dancu.cleansing.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.dancu.locality.CommuneRuleCases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A dataset record's commune compares with the register's by the current commune the locality rule
 * gives: every old Điện Biên commune as the hand-checked list says, a split commune as written
 * (never as one of its successors). The same cases run through the register and steering.
 */
@SpringBootTest
class CommuneRuleCleansingTests {

    @Autowired LocalityCommunes communes;

    @Test
    void everyOldDienBienCommuneComparesAsItsCurrentCommuneAndASplitOneAsWritten() {
        CommuneRuleCases.dienBienOldToCurrent().forEach((old, current) ->
                assertThat(communes.current(old)).as(old).isEqualTo(current));

        assertThat(communes.current(CommuneRuleCases.SPLIT_COMMUNE)).isEqualTo(CommuneRuleCases.SPLIT_COMMUNE);
    }
}
