package org.dancu.steering.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;

import org.dancu.cleansing.CleansingFixtures;
import org.dancu.register.LifeEventRequest;
import org.dancu.register.LifeEventType;
import org.dancu.register.LifeEvents;
import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.dancu.steering.IndicatorCatalogue;
import org.dancu.steering.Period;
import org.dancu.steering.PeriodType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A change of the register moves its figures without anyone pressing "recompute". */
@SpringBootTest
class FiguresFollowTheDataTests {

    @Autowired ApplicationContext context;
    @Autowired LifeEvents lifeEvents;
    @Autowired Recompute recompute;
    @Autowired JdbcClient jdbc;
    @Autowired Today today;
    @Autowired DataSource dataSource;

    @AfterEach
    void signOut() {
        CleansingFixtures.signOut();
    }

    /** The province's living residents this month, as stored, and when that figure was computed. */
    private record Stored(long denominator, Instant computedAt) {
    }

    private Stored stored() {
        return jdbc.sql("""
                        SELECT denominator, computed_at FROM steering.indicator_value
                        WHERE indicator_code = :indicator AND period_code = :period AND unit_level = 'PROVINCE'
                          AND agency_code = ''""")
                .param("indicator", IndicatorCatalogue.REG_VALID_PIN)
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

    @Test
    void aRecordedDeathMovesTheRegistersFiguresAndTheirComputedTime() {
        CleansingFixtures.TestPerson dying = CleansingFixtures.person(context, "F");
        recompute.all();
        Stored before = stored();

        CleansingFixtures.signIn("xa.steering", Role.COMMUNE_OFFICER, new Scope(CleansingFixtures.MUONG_THANH, null));
        lifeEvents.record(dying.id(), new LifeEventRequest(LifeEventType.DEATH, LocalDate.now().minusDays(1),
                "Trích lục khai tử 9/2026", Map.of(), null), null).orElseThrow();

        await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> assertThat(stored().denominator())
                .as("living residents after the death").isEqualTo(before.denominator() - 1));
        assertThat(stored().computedAt()).isAfter(before.computedAt());
    }
}
