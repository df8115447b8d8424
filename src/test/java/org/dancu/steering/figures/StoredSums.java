package org.dancu.steering.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/** How the stored figures of one indicator and period must add up, whoever stored them. */
final class StoredSums {

    private StoredSums() {
    }

    /**
     * The province is its current communes and the unattributed; the old districts add up to the
     * province; the old communes formed into a current commune add up to it (all agencies together).
     */
    static void assertAddUp(JdbcClient jdbc, String indicator, String period) {
        Map<String, Object> sums = jdbc.sql("""
                        WITH v AS (SELECT unit_level, unit_code, numerator, denominator FROM steering.indicator_value
                                   WHERE indicator_code = :indicator AND period_code = :period AND agency_code = '')
                        SELECT (SELECT array[numerator, denominator] FROM v WHERE unit_level = 'PROVINCE') AS province,
                               (SELECT array[sum(numerator), sum(denominator)] FROM v
                                WHERE unit_level IN ('COMMUNE', 'UNATTRIBUTED')) AS communes,
                               (SELECT array[sum(numerator), sum(denominator)] FROM v
                                WHERE unit_level = 'OLD_DISTRICT') AS districts,
                               (SELECT count(*) FROM v c WHERE c.unit_level = 'COMMUNE'
                                  AND array[c.numerator, c.denominator] IS DISTINCT FROM (
                                      SELECT array[sum(o.numerator), sum(o.denominator)]
                                      FROM v o JOIN locality.commune_succession s ON s.old_code = o.unit_code
                                      WHERE o.unit_level = 'OLD_COMMUNE' AND s.new_code = c.unit_code)) AS unequal""")
                .param("indicator", indicator).param("period", period).query().singleRow();
        String what = indicator + " in " + period;
        assertThat(sums.get("province")).as(what + ": the province's figure").isNotNull();
        assertThat(numbers(sums.get("communes"))).as(what + ": communes and unattributed")
                .isEqualTo(numbers(sums.get("province")));
        assertThat(numbers(sums.get("districts"))).as(what + ": old districts").isEqualTo(numbers(sums.get("province")));
        assertThat(sums.get("unequal")).as(what + ": current communes unlike the sum of their old communes")
                .isEqualTo(0L);
    }

    /** The numbers of an SQL array: numerator and denominator. */
    private static List<Long> numbers(Object array) {
        try {
            return Arrays.stream((Object[]) ((Array) array).getArray()).map(n -> ((Number) n).longValue()).toList();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
