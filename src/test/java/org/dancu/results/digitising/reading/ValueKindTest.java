package org.dancu.results.digitising.reading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValueKindTest {

    @Test
    void digitsOcrReadAsLettersAreRepairedAndTheValueTrustedALittleLess() {
        assertThat(ValueKind.NUMBER.check("1O8")).isEqualTo(new ValueKind.Checked("108", ValueKind.PER_REPAIR));
        assertThat(ValueKind.SERIAL.check("ÚP 177O4692")).isEqualTo(
                new ValueKind.Checked("UP17704692", ValueKind.PER_REPAIR));
        assertThat(ValueKind.SERIAL.check("AK 01234567")).isEqualTo(new ValueKind.Checked("AK01234567", 1));
    }

    @Test
    void anIdThatCannotBeAnIdIsHardlyTrusted() {
        assertThat(ValueKind.PIN.check("011 192 324154").trust()).isEqualTo(1);
        assertThat(ValueKind.PIN.check("999192324154")).isEqualTo(new ValueKind.Checked("999192324154", ValueKind.INVALID));
        assertThat(ValueKind.PIN.check("01119232415").trust()).isEqualTo(ValueKind.INVALID);
    }

    @Test
    void datesAreWrittenDayFirstAndImpossibleOnesRefused() {
        assertThat(ValueKind.DATE.check("5/8/2010")).isEqualTo(new ValueKind.Checked("05/08/2010", 1));
        assertThat(ValueKind.DATE.check("31/02/2010").trust()).isEqualTo(ValueKind.INVALID);
    }

    @Test
    void marksReadAfterAValueAreDroppedButMakeItDoubtful() {
        assertThat(ValueKind.DATE.check("19/12/2023c")).isEqualTo(new ValueKind.Checked("19/12/2023", ValueKind.DOUBTFUL));
        assertThat(ValueKind.SEX.check("Nam Ñ.. F7")).isEqualTo(new ValueKind.Checked("Nam", ValueKind.DOUBTFUL));
        assertThat(ValueKind.NUMBER.check("5956").value()).isEqualTo("5956");
    }

    @Test
    void anAreaLosesItsUnitHoweverTheSquareWasRead() {
        for (String read : new String[] {"1962,6 m²", "1962,6 m2", "1962.6m?"}) {
            assertThat(ValueKind.AREA.check(read)).as(read).isEqualTo(new ValueKind.Checked("1962,6", 1));
        }
    }

    @Test
    void namesAreWrittenAsTheRegisterWritesThemAndGarbageIsDoubted() {
        assertThat(ValueKind.NAME.check("THÀO A DÌNH")).isEqualTo(new ValueKind.Checked("Thào A Dình", 1));
        assertThat(ValueKind.NAME.check("Lò Văn 8un").trust()).isEqualTo(ValueKind.INVALID);
        assertThat(ValueKind.NAME.check("Ñoã Vaên").trust()).isEqualTo(ValueKind.DOUBTFUL);
    }

    @Test
    void theCommuneIsTheFirstPartOfAnAddressOrOfTheRegisteringAuthority() {
        assertThat(ValueKind.COMMUNE.check("Xã Na Sang; Huyện Mường Chà"))
                .isEqualTo(new ValueKind.Checked("Xã Na Sang", 1));
        assertThat(ValueKind.COMMUNE.check("Ủy ban nhân dân xã Tỏa Tình, huyện Tuần Giáo"))
                .isEqualTo(new ValueKind.Checked("Xã Tỏa Tình", 1));
        assertThat(ValueKind.COMMUNE.check("Trạm y tế Tỏa Tình").trust()).isEqualTo(ValueKind.DOUBTFUL);
    }
}
