package org.dancu.payments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.dancu.civil.ProvinceTime;
import org.dancu.payments.LineStatus;
import org.dancu.payments.PayChannel;
import org.dancu.payments.ProgrammeFamily;
import org.dancu.register.RegisterTestData;
import org.dancu.steering.SteeringFixtures;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Payment lines as a settled cycle leaves them, written straight into the tables for the figures' tests:
 * one test programme per family, one cycle of it per month, each line to a living person of the
 * register, one of the line's commune where it has some, taken from the last registered (the other
 * payments fixtures take the first), so that another test's person has no line of these (the synthetic
 * test register must be loaded).
 */
public final class PaidLineFixtures {

    /** The test programmes, paid by the agencies the real ones are. */
    public static final Map<ProgrammeFamily, String> PROGRAMMES = Map.of(ProgrammeFamily.SOCIAL, "TEST_FIGURES_SOCIAL",
            ProgrammeFamily.TUITION, "TEST_FIGURES_TUITION");
    private static final String MUONG_THANH = "03334";
    public static final Map<ProgrammeFamily, String> PAYERS = Map.of(ProgrammeFamily.SOCIAL, "SO_YT",
            ProgrammeFamily.TUITION, "SO_GDDT");

    /** A line to write: its programme's family, its commune, how it was to be paid and where it stands. */
    public record Planned(ProgrammeFamily family, String commune, PayChannel channel, LineStatus status) {
    }

    private static boolean paidToday;

    private PaidLineFixtures() {
    }

    /**
     * Once per run: lines of both families paid today in Mường Thanh (credited and in cash) and the figures
     * recounted, so the steering pages link this month's non-cash figures to their lines.
     */
    public static synchronized void paidToday(ApplicationContext context) {
        if (paidToday) {
            return;
        }
        try {
            RegisterTestData.ensureLoaded(context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        write(jdbc, LocalDate.now(ProvinceTime.VIETNAM), List.of(
                new Planned(ProgrammeFamily.SOCIAL, MUONG_THANH, PayChannel.BANK_ACCOUNT, LineStatus.PAID),
                new Planned(ProgrammeFamily.SOCIAL, MUONG_THANH, PayChannel.POST_HOME, LineStatus.PAID_CASH),
                new Planned(ProgrammeFamily.TUITION, MUONG_THANH, PayChannel.E_WALLET, LineStatus.PAID)));
        SteeringFixtures.recomputeAll(context);
        paidToday = true;
    }

    /**
     * Writes the lines, paid (or not, as their status says) on the day given; returns their ids in order.
     * A line whose status is not paid gets no pay date.
     */
    public static synchronized List<Long> write(JdbcClient jdbc, LocalDate paidOn, List<Planned> lines) {
        programmes(jdbc);
        Map<String, List<String>> pins = new HashMap<>();
        Map<String, Integer> used = new HashMap<>();
        List<Long> ids = new ArrayList<>();
        for (Planned line : lines) {
            String programme = PROGRAMMES.get(line.family());
            long cycle = cycle(jdbc, programme, YearMonth.from(paidOn));
            List<String> people = pins.computeIfAbsent(line.commune(), commune -> jdbc.sql("""
                            SELECT pin FROM register.person WHERE alive AND resident AND pin ~ '^[0-9]{12}$'
                            ORDER BY commune_code = :commune DESC, person_id DESC LIMIT 200""")
                    .param("commune", commune).query(String.class).list());
            String pin = people.get(used.merge(line.commune(), 1, Integer::sum) % people.size());
            long beneficiary = jdbc.sql("""
                            INSERT INTO payments.beneficiary (version, programme_code, pin, claimed_name, commune_code,
                                coefficient, months, decision_ref, decision_date, starts_on, status, channel,
                                entered_by, entered_at)
                            VALUES (0, :programme, :pin, :name, :commune, 1, 1, :decision, :since, :since, 'ACTIVE',
                                    :channel, 'test', now())
                            RETURNING id""")
                    .param("programme", programme).param("pin", pin).param("name", "Người hưởng " + pin.substring(8))
                    .param("commune", line.commune()).param("decision", "QĐ-TEST-" + UUID.randomUUID())
                    .param("since", paidOn.withDayOfMonth(1).minusYears(1)).param("channel", line.channel().name())
                    .query(Long.class).single();
            ids.add(jdbc.sql("""
                            INSERT INTO payments.line (cycle_id, beneficiary_id, pin, commune_code, amount, channel,
                                bank_bin, end_to_end_id, status, paid_on)
                            VALUES (:cycle, :beneficiary, :pin, :commune, 500000, :channel, :bin, :e2e, :status, :paidOn)
                            RETURNING id""")
                    .param("cycle", cycle).param("beneficiary", beneficiary).param("pin", pin)
                    .param("commune", line.commune()).param("channel", line.channel().name())
                    .param("bin", line.channel().nonCash() ? "970405" : null)
                    .param("e2e", "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 30))
                    .param("status", line.status().name())
                    .param("paidOn", line.status().paid() ? paidOn : null)
                    .query(Long.class).single());
        }
        return ids;
    }

    private static void programmes(JdbcClient jdbc) {
        PROGRAMMES.forEach((family, code) -> jdbc.sql("""
                        INSERT INTO payments.programme (code, kind, family, name_vi, name_en, paying_agency)
                        VALUES (:code, :kind, :family, :vi, :en, :payer) ON CONFLICT (code) DO NOTHING""")
                .param("code", code).param("kind", family == ProgrammeFamily.SOCIAL ? "MONTHLY_ASSISTANCE" : "STUDY_SUPPORT")
                .param("family", family.name()).param("vi", "Chính sách thử nghiệm " + family.name())
                .param("en", "Test programme " + family.name()).param("payer", PAYERS.get(family))
                .update());
    }

    private static long cycle(JdbcClient jdbc, String programme, YearMonth month) {
        return jdbc.sql("""
                        INSERT INTO payments.cycle (version, programme_code, period, pays_on, cut_off, status)
                        VALUES (0, :programme, :period, :paysOn, :cutOff, 'SETTLED')
                        ON CONFLICT (programme_code, period) DO UPDATE SET version = payments.cycle.version
                        RETURNING id""")
                .param("programme", programme).param("period", month.toString()).param("paysOn", month.atDay(1))
                .param("cutOff", month.minusMonths(1).atDay(25)).query(Long.class).single();
    }
}
