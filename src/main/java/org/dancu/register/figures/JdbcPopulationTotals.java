package org.dancu.register.figures;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.dancu.civil.ProvinceTime;
import org.dancu.register.PopulationTotals;
import org.dancu.security.CurrentStaff;
import org.dancu.security.Scope;
import org.dancu.security.SqlCondition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The totals in one pass over the scope's living residents ({@code GROUPING SETS}: commune, age group
 * and sex, ethnicity), about half a second at 650,000 persons, so they are kept per scope and the page
 * says when they were computed. They follow the register: kept totals are used only while the
 * register is unchanged (its highest life-event and person numbers, read from their keys, are the
 * same), and for at most {@link #KEPT}.
 */
@Service
class JdbcPopulationTotals implements PopulationTotals {

    static final Duration KEPT = Duration.ofMinutes(10);
    private static final int OPEN_AGE_GROUP = 80;

    private final JdbcClient jdbc;
    private final CurrentStaff currentStaff;
    private final ProvinceTime time;
    private final Map<Scope, Kept> kept = new ConcurrentHashMap<>();

    private record Kept(Totals totals, long registerState) {
    }

    JdbcPopulationTotals(JdbcClient jdbc, CurrentStaff currentStaff, ProvinceTime time) {
        this.jdbc = jdbc;
        this.currentStaff = currentStaff;
        this.time = time;
    }

    private record Row(String commune, Integer ageGroup, String sex, String ethnicity, int grouping, long persons) {
    }

    @Override
    public Totals totals() {
        Scope scope = currentStaff.scope();
        Instant now = Instant.now();
        long state = registerState();
        Kept found = kept.get(scope);
        if (found == null || found.registerState() != state || found.totals().computedAt().plus(KEPT).isBefore(now)) {
            found = new Kept(compute(scope, now), state);
            kept.put(scope, found);
        }
        return found.totals();
    }

    /** Changes with every person added and every life event recorded (both numbers only grow). */
    private long registerState() {
        return jdbc.sql("""
                        SELECT (SELECT coalesce(max(event_id), 0) FROM register.life_event)
                             + (SELECT coalesce(max(person_id), 0) FROM register.person)""")
                .query(Long.class).single();
    }

    /** The totals of a scope now, bypassing what is kept. */
    Totals compute(Scope scope, Instant now) {
        SqlCondition inScope = scope.persons("p.person_id", "p.commune_code");
        // GROUPING's bits, first column highest, are set for the columns a row is not grouped by
        List<Row> rows = inScope.bind(jdbc.sql("""
                        SELECT commune, age_group, sex, ethnicity,
                               GROUPING(commune, age_group, sex, ethnicity) AS grouping, count(*) AS persons
                        FROM (SELECT p.current_commune_code AS commune, p.sex, p.ethnicity,
                                     greatest(least((:year - p.birth_year) / 5 * 5, :open), 0) AS age_group
                              FROM register.person p
                              WHERE p.alive AND p.resident AND\s""" + inScope.sql() + """
                        ) r
                        GROUP BY GROUPING SETS ((commune), (age_group, sex), (ethnicity), ())"""))
                .param("year", now.atZone(time.zone()).getYear())
                .param("open", OPEN_AGE_GROUP)
                .query(Row.class)
                .list();
        long residents = 0;
        List<Count> communes = new ArrayList<>();
        List<Count> ethnicities = new ArrayList<>();
        Map<Integer, long[]> ages = new TreeMap<>();
        for (Row row : rows) {
            switch (row.grouping()) {
                case 0b0111 -> communes.add(new Count(row.commune(), row.persons()));
                case 0b1001 -> ages.computeIfAbsent(row.ageGroup(), age -> new long[3])[sexIndex(row.sex())]
                        += row.persons();
                case 0b1110 -> ethnicities.add(new Count(row.ethnicity(), row.persons()));
                case 0b1111 -> residents = row.persons();
                default -> throw new IllegalStateException("unexpected grouping " + row.grouping());
            }
        }
        communes.sort(Comparator.comparingLong(Count::persons).reversed());
        ethnicities.sort(Comparator.comparingLong(Count::persons).reversed());
        List<AgeGroup> groups = ages.entrySet().stream()
                .map(e -> new AgeGroup(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();
        return new Totals(residents, communes, groups, ethnicities, now);
    }

    private static int sexIndex(String code) {
        return switch (code == null ? "U" : code) {
            case "M" -> 0;
            case "F" -> 1;
            default -> 2;
        };
    }
}
