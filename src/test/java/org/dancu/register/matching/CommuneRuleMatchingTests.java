package org.dancu.register.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.dancu.linkage.CommuneMapping;
import org.dancu.locality.CommuneRuleCases;
import org.dancu.register.PersonMatching;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A claim's commune compares with the register's by the current commune the locality rule gives (and
 * so does a cleansing dataset's record, which compares by the same mapping): every old Điện Biên
 * commune as the hand-checked list says, a split commune as written (never as one of its successors).
 * The same cases run through the register's import and life events and through steering.
 */
@SpringBootTest
class CommuneRuleMatchingTests {

    @Autowired PersonMatching matching;

    @Test
    void everyOldDienBienCommuneComparesAsItsCurrentCommuneAndASplitOneAsWritten() {
        CommuneMapping communes = matching.communes();
        CommuneRuleCases.dienBienOldToCurrent().forEach((old, current) ->
                assertThat(communes.current(old)).as(old).isEqualTo(current));

        assertThat(communes.current(CommuneRuleCases.SPLIT_COMMUNE)).isEqualTo(CommuneRuleCases.SPLIT_COMMUNE);
    }
}
