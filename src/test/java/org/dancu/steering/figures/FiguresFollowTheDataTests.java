package org.dancu.steering.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;

import org.dancu.cleansing.CleansingFixtures;
import org.dancu.register.Officers;
import org.dancu.register.LifeEventRequest;
import org.dancu.register.LifeEventType;
import org.dancu.register.LifeEvents;
import org.dancu.register.PersonsImported;
import org.dancu.register.RegisterFixture;
import org.dancu.register.RegisterIndicators;
import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.dancu.steering.Period;
import org.dancu.steering.PeriodType;
import org.dancu.steering.SteeringFixtures;
import org.dancu.steering.internal.Today;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** A change of the register moves its figures without anyone pressing "recompute". */
@SpringBootTest
class FiguresFollowTheDataTests {

    @Autowired ApplicationContext context;
    @Autowired LifeEvents lifeEvents;
    @Autowired Recompute recompute;
    @Autowired JdbcClient jdbc;
    @Autowired Today today;
    @Autowired DataSource dataSource;
    @Autowired TransactionTemplate transactions;
    @Autowired ApplicationEventPublisher events;

    @AfterEach
    void signOut() {
        Officers.signOut();
    }

    /** The province's living residents this month, as stored, and when that figure was computed. */
    private record Stored(long denominator, Instant computedAt) {
    }

    private Stored stored() {
        return stored("PROVINCE", "11");
    }

    /** The living residents of a unit this month, as stored, and when that figure was computed. */
    private Stored stored(String level, String unit) {
        return jdbc.sql("""
                        SELECT denominator, computed_at FROM steering.indicator_value
                        WHERE indicator_code = :indicator AND period_code = :period AND unit_level = :level
                          AND unit_code = :unit AND agency_code = ''""")
                .param("indicator", RegisterIndicators.VALID_PIN).param("level", level).param("unit", unit)
                .param("period", Period.containing(PeriodType.MONTH, today.date()).code())
                .query((rs, i) -> new Stored(rs.getLong(1), rs.getTimestamp(2).toInstant())).single();
    }

    /**
     * A recount follows every change, so one that kept a connection (a result stream never closed) would empty the
     * pool within the hour; found by the soak run, where the pool's busy connections rose by one a minute.
     */
    @Test
    void aRecountGivesBackEveryConnectionItTook() throws Exception {
        HikariPoolMXBean pool = dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();
        await().atMost(Duration.ofSeconds(30)).until(() -> !context.getBean(FollowTheData.class).pending());
        int before = pool.getActiveConnections();

        recompute.all();
        recompute.all();

        // background work of the shared context may hold a connection for a moment; a kept one never returns
        await().atMost(Duration.ofSeconds(10)).until(() -> pool.getActiveConnections() <= before);
    }

    /**
     * An import names the communes it touched, so the recount that follows it covers those communes (and
     * the province and old districts they add up to), not the others, and is stored within a minute.
     */
    @Test
    void afterAnImportTheTouchedCommunesFiguresAreCurrentWithinAMinute() {
        String touched = CleansingFixtures.MUONG_THANH;
        String untouched = "03316";
        List<CleansingFixtures.TestPerson> imported = List.of(CleansingFixtures.person(context, "F"),
                CleansingFixtures.person(context, "M"), CleansingFixtures.person(context, "F"));
        List<Long> ids = imported.stream().map(CleansingFixtures.TestPerson::id).toList();
        RegisterFixture.setResident(jdbc, ids, false);
        SteeringFixtures.settle(context);
        recompute.all();
        Stored commune = stored("COMMUNE", touched);
        Stored province = stored();
        Stored other = stored("COMMUNE", untouched);

        // the import's applying transaction: its persons enter their commune, and it publishes what it touched
        transactions.executeWithoutResult(status -> {
            RegisterFixture.setResident(jdbc, ids, true);
            RegisterFixture.moveTo(jdbc, ids, touched);
            events.publishEvent(new PersonsImported(-1, imported.size(), Set.of(touched)));
        });

        await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> assertThat(stored("COMMUNE", touched).denominator())
                .as("the touched commune's living residents").isEqualTo(commune.denominator() + imported.size()));
        assertThat(stored().denominator()).as("the province's").isEqualTo(province.denominator() + imported.size());
        assertThat(stored("COMMUNE", touched).computedAt()).isAfter(commune.computedAt());
        assertThat(stored("COMMUNE", untouched)).as("a commune the import did not touch is not recounted")
                .isEqualTo(other);
    }

    @Test
    void aRecordedDeathMovesTheRegistersFiguresAndTheirComputedTime() {
        CleansingFixtures.TestPerson dying = CleansingFixtures.person(context, "F");
        recompute.all();
        Stored before = stored();

        Officers.signIn("xa.steering", Role.COMMUNE_OFFICER, new Scope(CleansingFixtures.MUONG_THANH, null));
        lifeEvents.record(dying.id(), new LifeEventRequest(LifeEventType.DEATH, LocalDate.now().minusDays(1),
                "Trích lục khai tử 9/2026", Map.of(), null), null).orElseThrow();

        await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> assertThat(stored().denominator())
                .as("living residents after the death").isEqualTo(before.denominator() - 1));
        assertThat(stored().computedAt()).isAfter(before.computedAt());
    }
}
