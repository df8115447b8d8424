package org.dancu.civil;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class CountryNamesTest {

    @Test
    void aNationalityCodeReadsAsTheCountrysNameInTheReadersLanguage() {
        assertThat(CountryNames.of("VN", Locale.forLanguageTag("vi"))).isEqualTo("Việt Nam");
        assertThat(CountryNames.of("VN", Locale.ENGLISH)).isEqualTo("Vietnam");
        assertThat(CountryNames.of("la", Locale.forLanguageTag("vi"))).isEqualTo("Lào");
    }

    @Test
    void aCodeThatNamesNoCountryIsShownAsItIs() {
        assertThat(CountryNames.of("XZ", Locale.ENGLISH)).isEqualTo("XZ");
        assertThat(CountryNames.of(null, Locale.ENGLISH)).isNull();
    }
}
