package org.dancu.cleansing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

class RunFailureTest {

    private static final String PIN = "096160123456";

    @Test
    void aDatabaseRefusalIsToldInWordsAndLoggedByItsTypesAndSqlStateWithoutItsText() {
        SQLException refused = new SQLException("invalid input syntax for type bigint: \"" + PIN + "\"", "22P02");
        RunFailure failure = RunFailure.of(new BadSqlGrammarException("storing a link", "UPDATE cleansing.record", refused));

        assertThat(failure.messageKey()).isEqualTo(RunFailure.STORAGE);
        assertThat(failure.reference()).matches("[0-9A-F]{8}");
        assertThat(failure.cause()).startsWith("BadSqlGrammarException > SQLException [SQLState 22P02] at org.dancu.")
                .contains("RunFailureTest").doesNotContain(PIN).doesNotContain("invalid input");
    }

    @Test
    void eachKindOfFailureHasItsOwnWords() {
        assertThat(RunFailure.of(new CannotGetJdbcConnectionException("no connection")).messageKey())
                .isEqualTo(RunFailure.UNAVAILABLE);
        assertThat(RunFailure.of(new IllegalStateException("name " + PIN)).messageKey()).isEqualTo(RunFailure.UNEXPECTED);
        assertThat(RunFailure.of(new IllegalStateException("name " + PIN)).cause()).doesNotContain(PIN);
        assertThat(RunFailure.busy().messageKey()).isEqualTo(RunFailure.BUSY);
        assertThat(RunFailure.of(new IllegalStateException()).reference())
                .isNotEqualTo(RunFailure.of(new IllegalStateException()).reference());
    }
}
