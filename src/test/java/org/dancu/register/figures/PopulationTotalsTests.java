package org.dancu.register.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

import org.dancu.register.PopulationTotals;
import org.dancu.register.PopulationTotals.Count;
import org.dancu.register.RegisterTestData;
import org.dancu.security.Scope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The home page's totals against counts worked out here, one group at a time, for a scope. */
@SpringBootTest
class PopulationTotalsTests {

    private static final String MUONG_THANH = "03334";
    private static final String RESIDENTS_OF = """
            FROM register.person WHERE alive AND resident
              AND commune_code IN (SELECT commune_code FROM locality.scope_commune WHERE scope_code = :scope)""";

    @Autowired ApplicationContext context;
    @Autowired JdbcPopulationTotals totals;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void load() throws IOException {
        RegisterTestData.ensureLoaded(context);
    }

    private Map<String, Long> counted(String column, String scope) {
        return jdbc.sql("SELECT " + column + " AS key, count(*) AS persons " + RESIDENTS_OF + " GROUP BY 1")
                .param("scope", scope).query(Count.class).list().stream()
                .collect(Collectors.toMap(count -> String.valueOf(count.key()), Count::persons));
    }

    @Test
    void eachGroupingCountsTheScopesLivingResidents() {
        Instant now = Instant.parse("2026-06-01T00:00:00Z");

        PopulationTotals.Totals province = totals.compute(new Scope("11", null), now);
        PopulationTotals.Totals commune = totals.compute(new Scope(MUONG_THANH, null), now);

        assertThat(province.residents()).isEqualTo(jdbc.sql("SELECT count(*) " + RESIDENTS_OF).param("scope", "11")
                .query(Long.class).single());
        assertThat(province.communes().stream().collect(Collectors.toMap(Count::key, Count::persons)))
                .isEqualTo(counted("current_commune_code", "11"));
        assertThat(province.ethnicities().stream().collect(Collectors.toMap(c -> String.valueOf(c.key()),
                Count::persons))).isEqualTo(counted("ethnicity", "11"));
        Map<String, Long> bySexAndAge = counted("sex || ':' || greatest(least((2026 - birth_year) / 5 * 5, 80), 0)", "11");
        assertThat(province.ages()).allSatisfy(group -> {
            assertThat(group.male()).isEqualTo(bySexAndAge.getOrDefault("M:" + group.fromAge(), 0L));
            assertThat(group.female()).isEqualTo(bySexAndAge.getOrDefault("F:" + group.fromAge(), 0L));
        });
        assertThat(province.ages().stream().mapToLong(g -> g.male() + g.female() + g.unknown()).sum())
                .isEqualTo(province.residents());
        assertThat(province.computedAt()).isEqualTo(now);
        assertThat(commune.communes()).extracting(Count::key).containsExactly(MUONG_THANH);
        assertThat(commune.residents()).isEqualTo(commune.communes().get(0).persons()).isLessThan(province.residents());
    }

    @Test
    void noScopeCountsNobody() {
        assertThat(totals.compute(Scope.NONE, Instant.now()).residents()).isZero();
    }
}
