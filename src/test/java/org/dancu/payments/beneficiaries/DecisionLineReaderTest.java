package org.dancu.payments.beneficiaries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.dancu.payments.PayChannel;
import org.dancu.payments.PaymentRefusedException;
import org.dancu.payments.Programme;
import org.dancu.payments.ProgrammeCode;
import org.dancu.payments.ProgrammeFamily;
import org.dancu.payments.ProgrammeKind;
import org.dancu.payments.ProgrammeRule;
import org.dancu.payments.Programmes;
import org.dancu.payments.Vnd;
import org.junit.jupiter.api.Test;

/** A decision's line as typed or imported: read into values, or refused naming the fault. */
class DecisionLineReaderTest {

    private static final Programme MONTHLY = new Programme(new ProgrammeCode("TCXH_HANG_THANG"),
            ProgrammeKind.MONTHLY_ASSISTANCE, ProgrammeFamily.SOCIAL, "Trợ cấp xã hội hằng tháng",
            "Monthly social assistance", "SO_YT", new ProgrammeRule(LocalDate.of(2024, 7, 1), Vnd.of(500_000), null,
            null, Set.of(Month.values()), null, 25, null, null, "NĐ 20/2021", "https://example.org"));
    private static final Programme STUDY = new Programme(new ProgrammeCode("HO_TRO_CHI_PHI_HOC_TAP"),
            ProgrammeKind.STUDY_SUPPORT, ProgrammeFamily.TUITION, "Hỗ trợ chi phí học tập", "Study-cost support",
            "SO_GDDT", new ProgrammeRule(LocalDate.of(2021, 10, 15), null, Vnd.of(150_000), null,
            Set.of(Month.MARCH, Month.OCTOBER), null, 25, 3, null, "NĐ 81/2021", "https://example.org"));

    private final DecisionLineReader reader = new DecisionLineReader(new Programmes() {
        @Override
        public List<Programme> inForce(LocalDate on) {
            return List.of(MONTHLY, STUDY);
        }

        @Override
        public Optional<Programme> find(ProgrammeCode code, LocalDate on) {
            return inForce(on).stream().filter(p -> p.code().equals(code) && !on.isBefore(p.rule().effectiveFrom()))
                    .findFirst();
        }
    });

    @Test
    void aLineWrittenTheVietnameseWayIsRead() {
        DecisionLine line = reader.read(monthly("1,5", "750.000").build());

        assertThat(line.programme()).isEqualTo(MONTHLY.code());
        assertThat(line.coefficient()).isEqualTo(new BigDecimal("1.50"));
        assertThat(line.startsOn()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(line.channel()).isEqualTo(PayChannel.POST_HOME);
        assertThat(reader.read(study("4").build()).months()).isEqualTo(4);
    }

    @Test
    void eachFaultIsRefusedByName() {
        assertRefused(monthly("1.5", "750000,5"), "amount-decimals");
        assertRefused(monthly("1.5", "700000"), "amount");
        assertRefused(monthly("1.555", null), "coefficient");
        assertRefused(monthly("0", null), "coefficient");
        assertRefused(monthly(null, null), "coefficient");
        assertRefused(study("4.5"), "months");
        assertRefused(study("10"), "months");
        assertRefused(monthly("1", null).programme("NO_SUCH"), "programme");
        assertRefused(monthly("1", null).programme("trợ cấp"), "programme");
        assertRefused(monthly("1", null).startsOn("01/01/2024"), "programme");
        assertRefused(monthly("1", null).startsOn("31/02/2027"), "date");
        assertRefused(monthly("1", null).name(" "), "name");
        assertRefused(monthly("1", null).channel("CHEQUE"), "channel");
    }

    private void assertRefused(Input input, String fault) {
        assertThatThrownBy(() -> reader.read(input.build())).isInstanceOf(PaymentRefusedException.class)
                .extracting(e -> ((PaymentRefusedException) e).messageKey())
                .isEqualTo("payments.beneficiaries.refused." + fault);
    }

    private static Input monthly(String coefficient, String amount) {
        return new Input("TCXH_HANG_THANG", coefficient, null, amount);
    }

    private static Input study(String months) {
        return new Input("HO_TRO_CHI_PHI_HOC_TAP", null, months, null);
    }

    /** A line to change one cell of. */
    private static final class Input {
        private String programme;
        private final String coefficient;
        private final String months;
        private final String amount;
        private String name = "Lò Thị Xuân";
        private String startsOn = "01/12/2026";
        private String channel = "POST_HOME";

        Input(String programme, String coefficient, String months, String amount) {
            this.programme = programme;
            this.coefficient = coefficient;
            this.months = months;
            this.amount = amount;
        }

        Input programme(String value) { programme = value; return this; }
        Input name(String value) { name = value; return this; }
        Input startsOn(String value) { startsOn = value; return this; }
        Input channel(String value) { channel = value; return this; }

        DecisionInput build() {
            return new DecisionInput(programme, "011195000123", name, "12/03/2012", "03124", coefficient, months,
                    amount, "QĐ 15/QĐ-UBND", "20/11/2026", startsOn, channel);
        }
    }
}
