package org.dancu.steering.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.dancu.cleansing.CleansingFixtures;
import org.dancu.register.Officers;
import org.dancu.cleansing.CleansingFixtures.TestPerson;
import org.dancu.cleansing.CleansingIndicators;
import org.dancu.cleansing.Sector;
import org.dancu.locality.Localities;
import org.dancu.national.NationalFixtures;
import org.dancu.national.NationalIndicators;
import org.dancu.payments.LineStatus;
import org.dancu.payments.PayChannel;
import org.dancu.payments.PaymentsIndicators;
import org.dancu.payments.ProgrammeFamily;
import org.dancu.payments.PaidLineFixtures;
import org.dancu.payments.PaidLineFixtures.Planned;
import org.dancu.register.LifeEventRequest;
import org.dancu.register.LifeEventType;
import org.dancu.register.LifeEvents;
import org.dancu.register.PersonField;
import org.dancu.register.RegisterIndicators;
import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.dancu.steering.IndicatorCatalogue;
import org.dancu.steering.IndicatorSource;
import org.dancu.steering.Period;
import org.dancu.steering.PeriodType;
import org.dancu.steering.internal.SteeringProperties;
import org.dancu.steering.internal.Today;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The figure audit (docs/steering.md, "Figure audit"): on the tests' generated province, with sector
 * files holding known errors (a person the register does not know, a wrong ID, a person who dies, one
 * who moves, an old commune code, a code a current commune reuses, a file sent twice, a dataset
 * replaced by a new version, one withdrawn) and a reconciliation with the simulated nation, every figure of every
 * indicator the sources count, at the province, every current commune, every old commune and every
 * old district, is the count {@link RawFigures} makes from the raw rows, for a past period (counted
 * while it was open, and kept when it closed) and the current one.
 */
@SpringBootTest
class FigureAuditTests {

    private static final String PROVINCE = "11";
    /** Old commune Mường Thanh, whose code the current Phường Mường Thanh reuses. */
    private static final String REUSED = CleansingFixtures.MUONG_THANH;
    /** Old commune Noong Bua, which went into the current Phường Mường Thanh. */
    private static final String OLD_CODE = "03124";
    /** Phường Điện Biên Phủ, which reuses the code of the old Phường Him Lam. */
    private static final String MOVED_TO = "03127";
    /** A day of a period long closed, after which the reform came. */
    private static final LocalDate PAST_DAY = LocalDate.of(2024, 7, 15);
    private static final String PERMIT_HEADER = "full_name,pin,birth_date,sex,commune_code,building_permit\n";

    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;
    @Autowired JdbcTemplate template;
    @Autowired TransactionTemplate transactions;
    @Autowired Localities localities;
    @Autowired SteeringProperties properties;
    @Autowired Recompute recompute;
    @Autowired Today today;
    @Autowired LifeEvents lifeEvents;
    private Today pastToday;
    /** The datasets this test loaded, removed after it with their figures. */
    private final List<Long> loaded = new ArrayList<>();

    @AfterAll
    static void stopNation() {
        NationalFixtures.stop();
    }

    @AfterEach
    void removeDatasetsAndPastFigures() {
        Officers.signOut();
        CleansingFixtures.removeDatasets(jdbc, loaded);
        recompute.all();
        if (pastToday != null) {
            jdbc.sql("DELETE FROM steering.indicator_value WHERE period_code IN (:periods) AND computed_at = :at")
                    .param("periods", periods(PAST_DAY).stream().map(Period::code).toList())
                    .param("at", Timestamp.from(pastToday.now())).update();
        }
    }

    @Test
    void everyFigureOfEveryUnitIsTheCountOfItsRawRowsForAPastAndTheCurrentPeriod() throws Exception {
        // persons of the register: one whose records are sound, one recorded with an old commune code, one
        // whose ID is sent wrong, one who dies and one who moves; and one the register does not know
        TestPerson sound = CleansingFixtures.person(context, "M");
        TestPerson oldCode = CleansingFixtures.person(context, "F");
        TestPerson wrongId = CleansingFixtures.person(context, "M");
        TestPerson dies = CleansingFixtures.person(context, "F");
        TestPerson moves = CleansingFixtures.person(context, "M");
        String unknown = "Người Không Có Thật,,1971,M,";
        String taxFile = CleansingFixtures.TAX_HEADER
                + CleansingFixtures.taxRow(sound, sound.pin(), REUSED, "8800000001")
                + CleansingFixtures.taxRow(oldCode, oldCode.pin(), OLD_CODE, "8800000002")
                + CleansingFixtures.taxRow(wrongId, wrongPin(wrongId.pin()), REUSED, "8800000003")
                + CleansingFixtures.taxRow(dies, dies.pin(), REUSED, "8800000004")
                + CleansingFixtures.taxRow(moves, moves.pin(), "", "8800000005")
                + unknown + OLD_CODE + ",8800000006\n";
        long tax = CleansingFixtures.evaluatedDataset(context, taxFile);
        long permits = CleansingFixtures.evaluatedDataset(context, Sector.CONSTRUCTION, "SO_XD", PERMIT_HEADER
                + CleansingFixtures.taxRow(sound, sound.pin(), REUSED, "GP-01"), null);
        long accounts = CleansingFixtures.evaluatedDataset(context, Sector.BANKING, "NHNN",
                "full_name,pin,birth_date,sex,commune_code,bank_account\n"
                + CleansingFixtures.taxRow(sound, sound.pin(), REUSED, "0101000123456")
                + CleansingFixtures.taxRow(oldCode, oldCode.pin(), OLD_CODE, "0101000123457"), null);
        loaded.addAll(List.of(tax, permits, accounts));
        CleansingFixtures.evaluatedDataset(context, Sector.CONSTRUCTION, "SO_XD", PERMIT_HEADER
                + CleansingFixtures.taxRow(sound, sound.pin(), REUSED, "GP-01")
                + CleansingFixtures.taxRow(oldCode, oldCode.pin(), OLD_CODE, "")
                + unknown + ",GP-03\n", permits);
        // payment lines paid in the past period and today: credited, in cash, one under an old commune code
        List<Planned> paid = List.of(
                new Planned(ProgrammeFamily.SOCIAL, REUSED, PayChannel.BANK_ACCOUNT, LineStatus.PAID),
                new Planned(ProgrammeFamily.SOCIAL, OLD_CODE, PayChannel.POST_CASH, LineStatus.PAID_CASH),
                new Planned(ProgrammeFamily.SOCIAL, MOVED_TO, PayChannel.BANK_ACCOUNT, LineStatus.RETURNED),
                new Planned(ProgrammeFamily.TUITION, REUSED, PayChannel.E_WALLET, LineStatus.PAID));
        PaidLineFixtures.write(jdbc, PAST_DAY.minusDays(5), paid);
        PaidLineFixtures.write(jdbc, today.date(), paid);
        RawFigures raw = new RawFigures(jdbc, PROVINCE);

        // a past period, counted while it was open
        pastToday = new Today(Clock.fixed(PAST_DAY.atTime(12, 0).atZone(zone()).toInstant(), zone()));
        Recompute thenOpen = new Recompute(List.copyOf(context.getBeansOfType(IndicatorSource.class).values()),
                new FactWriter(jdbc, template, localities, pastToday), pastToday, properties,
                context.getBean(IndicatorCatalogue.class), localities);
        transactions.executeWithoutResult(status -> thenOpen.all());
        Map<Period, Map<String, Map<String, List<Long>>>> past = new HashMap<>();
        for (Period period : periods(PAST_DAY)) {
            past.put(period, raw.count(period));
            assertStoredAre(period, past.get(period));
        }
        assertThat(past.get(Period.containing(PeriodType.MONTH, PAST_DAY))).as("indicators with data")
                .containsKeys(RegisterIndicators.VALID_PIN, RegisterIndicators.COMPLETE,
                        RegisterIndicators.NAME_SPELLING, CleansingIndicators.TAX,
                        CleansingIndicators.CONSTRUCTION, CleansingIndicators.BANKING,
                        PaymentsIndicators.SOCIAL_NONCASH, PaymentsIndicators.TUITION_NONCASH);

        // the same file sent again is refused and changes nothing
        long datasetsBefore = jdbc.sql("SELECT count(*) FROM cleansing.dataset").query(Long.class).single();
        Officers.signIn("tinh.kiemtoan", Role.PROVINCE_OFFICER, new Scope(PROVINCE, null));
        assertThat(CleansingFixtures.uploadRefusal(context, taxFile, "thue-gui-lai.csv", Sector.TAX, "SO_TC",
                "Gửi lại", "2024")).isEqualTo("cleansing.error.same-file");
        assertThat(jdbc.sql("SELECT count(*) FROM cleansing.dataset").query(Long.class).single())
                .isEqualTo(datasetsBefore);

        // the bank accounts withdrawn: out of the figures from now on
        CleansingFixtures.withdraw(context, accounts, "Gửi nhầm kỳ");

        // a death and a move through the register, a reconciliation with the nation
        lifeEvents.record(dies.id(), new LifeEventRequest(LifeEventType.DEATH, today.date().minusDays(2),
                "Trích lục khai tử 12/2026", Map.of(), null), null).orElseThrow();
        lifeEvents.record(moves.id(), new LifeEventRequest(LifeEventType.MOVE_WITHIN, today.date().minusDays(1),
                "Phiếu chuyển 12/2026", Map.of(PersonField.COMMUNE_CODE, MOVED_TO,
                PersonField.ADDRESS, "Tổ dân phố 3"), null), null).orElseThrow();
        Officers.signOut();
        await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> {
            assertThat(record(tax, dies.pin(), "live_reason")).as("the death reaches the record").isEqualTo("person-died");
            assertThat(record(tax, moves.pin(), "recorded_commune")).as("the move reaches the record")
                    .isEqualTo(MOVED_TO);
        });
        NationalFixtures.reconcileAndResolveOne(context);
        recompute.all();

        // the current period: every figure is the count of the rows now
        for (Period period : periods(today.date())) {
            Map<String, Map<String, List<Long>>> now = raw.count(period);
            assertStoredAre(period, now);
            now.keySet().forEach(indicator -> StoredSums.assertAddUp(jdbc, indicator, period.code()));
        }
        Map<String, Map<String, List<Long>>> month = raw.count(Period.containing(PeriodType.MONTH, today.date()));
        assertThat(month).containsKey(NationalIndicators.VERIFIED_NATIONAL);
        assertThat(month.get(CleansingIndicators.TAX))
                .as("the mover's record counts where the person lives now").containsKey("COMMUNE " + MOVED_TO)
                .containsKey("OLD_COMMUNE " + OLD_CODE).containsKey("OLD_COMMUNE " + REUSED);
        for (String pin : List.of(wrongPin(wrongId.pin()), dies.pin())) {
            assertThat(record(tax, pin, "live_status = 'OK' AND correct_status = 'OK'"))
                    .as("a record with a known error is not counted as meeting all four criteria").isEqualTo(false);
        }

        // the past period kept the figures counted while it was open
        for (Period period : periods(PAST_DAY)) {
            assertStoredAre(period, past.get(period));
        }
    }

    /** The stored figures of the period, every level, all agencies together and each agency, are exactly those counted. */
    private void assertStoredAre(Period period, Map<String, Map<String, List<Long>>> counted) {
        // the tests' own indicators (HandStoredIndicators) measure no period, so they count nothing
        Set<String> sourcesCount = context.getBeansOfType(IndicatorSource.class).values().stream()
                .filter(source -> !(source instanceof HandStoredIndicators)).flatMap(source -> source.indicators().stream()).collect(Collectors.toSet());
        assertThat(sourcesCount).as("every indicator a source counts is audited").isEqualTo(RawFigures.INDICATORS);
        Map<String, Map<String, List<Long>>> stored = new HashMap<>();
        jdbc.sql("""
                        SELECT indicator_code, unit_level, unit_code, numerator, denominator, origin, agency_code
                        FROM steering.indicator_value WHERE period_code = :period AND indicator_code IN (:counted)""")
                .param("period", period.code()).param("counted", List.copyOf(sourcesCount))
                .query(rs -> {
                    assertThat(rs.getString(6)).as("figures computed, not demo").isEqualTo("COMPUTED");
                    stored.computeIfAbsent(rs.getString(1), i -> new HashMap<>())
                            .put(rs.getString(2) + " " + rs.getString(3) + (rs.getString(7).isEmpty() ? "" : " "
                                    + rs.getString(7)), List.of(rs.getLong(4), rs.getLong(5)));
                });
        for (String indicator : sourcesCount) {
            Map<String, List<Long>> kept = stored.getOrDefault(indicator, Map.of());
            Map<String, List<Long>> rows = counted.getOrDefault(indicator, Map.of());
            Map<String, String> differences = new TreeMap<>();
            Stream.concat(kept.keySet().stream(), rows.keySet().stream()).distinct()
                    .filter(unit -> !Objects.equals(kept.get(unit), rows.get(unit)))
                    .forEach(unit -> differences.put(unit, "stored " + kept.get(unit) + ", counted " + rows.get(unit)));
            assertThat(differences).as("%s in %s: units whose numerator and denominator [stored] are not those counted"
                    + " from the rows [counted] (of %s units)", indicator, period.code(), rows.size()).isEmpty();
        }
    }

    /** A column or condition of the dataset's record for the PIN given. */
    private Object record(long dataset, String pin, String column) {
        return jdbc.sql("SELECT " + column + " FROM cleansing.record WHERE dataset_id = :d AND pin = :pin")
                .param("d", dataset).param("pin", pin).query().singleValue();
    }

    /** The ID with its last digit changed: well formed, but nobody's. */
    private static String wrongPin(String pin) {
        return pin.substring(0, 11) + (char) ('0' + (pin.charAt(11) - '0' + 5) % 10);
    }

    private static List<Period> periods(LocalDate day) {
        return Arrays.stream(PeriodType.values()).map(type -> Period.containing(type, day)).toList();
    }

    private ZoneId zone() {
        return ZoneId.of(properties.zone());
    }
}
