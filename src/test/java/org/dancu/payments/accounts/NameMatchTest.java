package org.dancu.payments.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.dancu.civil.PersonName;
import org.dancu.payments.NameVerdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class NameMatchTest {

    @ParameterizedTest(name = "{0} {1} {2} / {3} → {4}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            # register's family | middle | given | the bank's answer | verdict
            Nguyễn | Văn | An | NGUYEN VAN AN | MATCH
            Nguyễn | Văn | An | nguyen van an | MATCH
            Nguyễn | Văn | An | Nguyễn Văn An | MATCH
            Đặng | Thị | Đào | DANG THI DAO | MATCH
            Lò | Văn | Pản | LO VAN PAN | MATCH
            Giàng | A | Sùng | GIANG A SUNG | MATCH
            Thào | Thị | Mỷ | THAO THI MY | MATCH
            Nguyễn | Thị Minh | Khai | NGUYEN THI MINH KHAI | MATCH
            Quàng | Văn | Hoà | QUANG VAN HOA | MATCH
            Ksor | | H'Hen | KSOR HHEN | MATCH
            Ksor | | H'Hen | KSOR H'HEN | MATCH
            Nguyễn | Văn | An | NGUYEN V** A** | MATCH
            Nguyễn | Văn | Hùng | NGUYEN V** H*** | MATCH
            Nguyễn | Thị Minh | Khai | NGUYEN THI M*** K*** | MATCH
            Lò | Văn | Pản | LO V** P** | MATCH
            Lò | Văn | Pản | L* V** PAN | MATCH
            Nguyễn | Văn | An | NGUYEN AN | CLOSE_MATCH
            Lò | Văn | Pản | LO PAN | CLOSE_MATCH
            Nguyễn | | An | NGUYEN VAN AN | CLOSE_MATCH
            Nguyễn | Văn | An | AN NGUYEN VAN | CLOSE_MATCH
            Nguyễn | Văn | An | VAN AN NGUYEN | CLOSE_MATCH
            Nguyễn | Văn | An | AN NGUYEN | CLOSE_MATCH
            Nguyễn | Văn | Hùng | NGUYEN VAN HUGN | CLOSE_MATCH
            Nguyễn | Văn | Hùng | NGYUEN VAN HUNG | CLOSE_MATCH
            Nguyễn | Văn | Hùng | NGUYEN VAN HUN | CLOSE_MATCH
            Nguyễn | Văn | An | NGUYEN VAN ANH | CLOSE_MATCH
            Nguyễn | Văn | An | NGUYEN A** | CLOSE_MATCH
            Lò | Văn | Pản | LO P** | CLOSE_MATCH
            Nguyễn | Văn | An | NGUYEN VAN BINH | NO_MATCH
            Nguyễn | Văn | An | TRAN VAN AN | NO_MATCH
            Nguyễn | Văn | An | NGUYEN THI AN | NO_MATCH
            Nguyễn | Văn | Hùng | NGYUEN VAN HUGN | NO_MATCH
            Nguyễn | Văn | An | NGUYEN V** B** | NO_MATCH
            Nguyễn | Văn | An | LE THI HOA | NO_MATCH
            Nguyễn | Văn | An | N*** V** A** | NOT_POSSIBLE
            Nguyễn | Văn | An | N*** VAN A** | NOT_POSSIBLE
            Lò | Văn | Pản | L* V** P** | NOT_POSSIBLE
            Nguyễn | Văn | An | NULL | NOT_POSSIBLE
            Nguyễn | Văn | An | '  ' | NOT_POSSIBLE
            Nguyễn | Văn | An | A B C D E F G H I | NOT_POSSIBLE
            """)
    void answersTheVerdictOfEachCase(String family, String middle, String given, String bankName, NameVerdict verdict) {
        assertThat(NameMatch.of(PersonName.of(family, middle, given), bankName).verdict()).isEqualTo(verdict);
    }

    @Test
    void scoresFromOneForAnEqualNameDownwards() {
        PersonName name = PersonName.of("Nguyễn", "Văn", "Hùng");
        double equal = NameMatch.of(name, "NGUYEN VAN HUNG").score();
        double masked = NameMatch.of(name, "NGUYEN V** H***").score();
        double middleDropped = NameMatch.of(name, "NGUYEN HUNG").score();
        double typo = NameMatch.of(name, "NGUYEN VAN HUGN").score();
        double otherName = NameMatch.of(name, "NGUYEN VAN BINH").score();

        assertThat(equal).isEqualTo(1.0);
        assertThat(masked).isLessThan(equal).isGreaterThanOrEqualTo(NameMatch.MATCH_SCORE);
        assertThat(typo).isLessThan(NameMatch.MATCH_SCORE).isGreaterThanOrEqualTo(NameMatch.CLOSE_SCORE);
        assertThat(middleDropped).isLessThan(NameMatch.MATCH_SCORE).isGreaterThanOrEqualTo(NameMatch.CLOSE_SCORE);
        assertThat(otherName).isLessThan(NameMatch.CLOSE_SCORE);
    }

    @ParameterizedTest
    @CsvSource({"hung,hugn,true", "hung,hun,true", "hung,hungg,true", "hung,hong,true", "hung,hung,false",
            "hung,hu,false", "an,anh,true", "hung,uhgn,false", "nguyen,ngyuen,true"})
    void oneEditIsOneLetterAddedDroppedChangedOrSwapped(String a, String b, boolean oneEdit) {
        assertThat(NameMatch.oneEditApart(a, b)).isEqualTo(oneEdit);
        assertThat(NameMatch.oneEditApart(b, a)).isEqualTo(oneEdit);
    }
}
