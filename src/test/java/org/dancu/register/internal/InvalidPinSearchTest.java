package org.dancu.register.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import org.dancu.register.InvalidSearchException;
import org.dancu.register.PersonCriteria;
import org.dancu.security.CurrentStaff;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.jdbc.core.simple.JdbcClient;

class InvalidPinSearchTest {

    @ParameterizedTest
    @CsvSource({
        "0110901234,WRONG_LENGTH",
        "11090123456,LEADING_ZERO_LOST",
        "011x90123456,NOT_DIGITS",
        "123456789,OLD_ID_NUMBER",
        "999090123456,UNKNOWN_PROVINCE"})
    void anInvalidPinIsRefusedWithoutAQuery(String pin, String reason) {
        JdbcClient jdbc = mock(JdbcClient.class);
        CurrentStaff staff = mock(CurrentStaff.class);

        assertThatThrownBy(() -> new JdbcPersonSearch(jdbc, staff).search(PersonCriteria.byPin(pin)))
                .isInstanceOf(InvalidSearchException.class)
                .extracting(e -> ((InvalidSearchException) e).messageKey())
                .isEqualTo("register.search.error.pin." + reason);
        verifyNoInteractions(jdbc, staff);
    }
}
