package org.dancu.jobs.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.dancu.jobs.JobFailure;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

class FailureCauseTest {

    private static final String PIN = "096160123456";

    @Test
    void aDatabaseRefusalIsLoggedByItsTypesAndSqlStateWithoutItsText() {
        SQLException refused = new SQLException("invalid input syntax for type bigint: \"" + PIN + "\"", "22P02");
        BadSqlGrammarException failure = new BadSqlGrammarException("storing progress", "UPDATE jobs.job", refused);

        assertThat(JobFailure.of(failure)).isEqualTo(JobFailure.STORAGE);
        assertThat(FailureCause.describe(failure))
                .startsWith("BadSqlGrammarException > SQLException [SQLState 22P02] at org.dancu.")
                .contains("FailureCauseTest").doesNotContain(PIN).doesNotContain("invalid input");
    }

    @Test
    void eachKindOfFailureHasItsOwnWords() {
        assertThat(JobFailure.of(new CannotGetJdbcConnectionException("no connection")).key("cleansing.evaluation.failure"))
                .isEqualTo("cleansing.evaluation.failure.unavailable");
        assertThat(JobFailure.of(new IllegalStateException("name " + PIN))).isEqualTo(JobFailure.UNEXPECTED);
        assertThat(FailureCause.describe(new IllegalStateException("name " + PIN))).doesNotContain(PIN);
    }
}
