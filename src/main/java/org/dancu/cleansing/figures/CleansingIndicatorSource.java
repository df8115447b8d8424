package org.dancu.cleansing.figures;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.dancu.cleansing.CleansingIndicators;
import org.dancu.cleansing.Sector;
import org.dancu.security.SqlCondition;
import org.dancu.steering.IndicatorCount;
import org.dancu.steering.IndicatorDefinition;
import org.dancu.steering.IndicatorSource;
import org.dancu.steering.Period;
import org.dancu.steering.RecordLinks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Feeds the steering dashboard's "data cleansed" indicator of each sector: records meeting all four
 * criteria over all records of the datasets' current versions, per commune code the record is
 * placed by, as recorded (its own, else the linked person's: steering reads the code as both the old
 * commune that carried it and a current commune), and agency that supplied it (an agency code
 * outside steering's form counts for no agency). Records with no commune (not linked and none given)
 * cannot be placed on the map and are left out. The
 * verdicts are present state, so, like the register, cleansing answers only for periods not yet
 * over and a closed period keeps the figures counted while it was open.
 */
@Component
public class CleansingIndicatorSource implements IndicatorSource {

    private static final Map<Sector, String> INDICATORS = new EnumMap<>(Map.of(
            Sector.LAND, CleansingIndicators.LAND,
            Sector.HOUSING, CleansingIndicators.HOUSING,
            Sector.LABOUR, CleansingIndicators.LABOUR,
            Sector.CONSTRUCTION, CleansingIndicators.CONSTRUCTION,
            Sector.TAX, CleansingIndicators.TAX,
            Sector.BANKING, CleansingIndicators.BANKING,
            Sector.EDUCATION, CleansingIndicators.EDUCATION));

    /** Each sector's indicator with the agency answerable for it, in the order the pages list them. */
    private static final List<IndicatorDefinition> DEFINITIONS = List.of(
            new IndicatorDefinition(CleansingIndicators.LAND, 100, "SO_NNMT", "cleansing", 50),
            new IndicatorDefinition(CleansingIndicators.HOUSING, 100, "SO_XD", "cleansing", 60),
            new IndicatorDefinition(CleansingIndicators.LABOUR, 100, "SO_NV", "cleansing", 70),
            new IndicatorDefinition(CleansingIndicators.CONSTRUCTION, 100, "SO_XD", "cleansing", 80),
            new IndicatorDefinition(CleansingIndicators.TAX, 100, "THUE", "cleansing", 90),
            new IndicatorDefinition(CleansingIndicators.BANKING, 100, "NHNN", "cleansing", 100),
            new IndicatorDefinition(CleansingIndicators.EDUCATION, 100, "SO_GDDT", "cleansing", 110));

    private final JdbcClient jdbc;

    CleansingIndicatorSource(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<IndicatorDefinition> definitions() {
        return DEFINITIONS;
    }


    /**
     * The records this source counts for a sector's indicator: numerator those meeting all four
     * criteria, denominator all, of the records the map can place (in one commune, or all of them).
     */
    @Override
    public Optional<RecordLinks> records(String indicator, String communeCode) {
        if (communeCode != null && !communeCode.matches("[0-9]{5}")) {
            return Optional.empty();
        }
        Sector sector = sector(indicator);
        return Optional.of(new RecordLinks(
                new RecordList(null, sector, null, communeCode, null, true, null, null, true).address(),
                new RecordList(null, sector, null, communeCode, null, true, null, null, null).address()));
    }

    private static Sector sector(String indicator) {
        return INDICATORS.entrySet().stream().filter(e -> e.getValue().equals(indicator))
                .map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("cleansing does not count " + indicator));
    }

    @Override
    public List<IndicatorCount> count(String indicator, List<Period> periods) {
        return count(indicator, periods, new SqlCondition("TRUE", Map.of()));
    }

    /** Only the records placed in one of the communes: steering reads a record's code as old and current alike. */
    @Override
    public List<IndicatorCount> count(String indicator, List<Period> periods, Set<String> communes) {
        return count(indicator, periods, new SqlCondition("r.recorded_commune = ANY(:communes)",
                Map.of("communes", communes.toArray(String[]::new))));
    }

    private List<IndicatorCount> count(String indicator, List<Period> periods, SqlCondition records) {
        Sector sector = sector(indicator);
        record Row(String commune, String agency, long numerator, long denominator) {
        }
        List<Row> rows = records.bind(jdbc.sql("""
                        SELECT r.recorded_commune, CASE WHEN d.agency_code ~ '^[A-Z][A-Z0-9_]{1,19}$'
                                   THEN d.agency_code END,
                               count(*) FILTER (WHERE""" + RecordConditions.ALL_FOUR.sql() + """
                               ), count(*)
                        FROM cleansing.record r JOIN cleansing.dataset d ON d.dataset_id = r.dataset_id
                        WHERE d.sector = :sector AND""" + RecordConditions.PLACED.sql() + "AND" + RecordConditions.EVALUATED.sql()
                        + "AND" + RecordConditions.IN_FIGURES.sql() + "AND" + records.sql() + """
                        GROUP BY r.recorded_commune, d.agency_code"""))
                .param("sector", sector.name())
                .query((rs, i) -> new Row(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)))
                .list();
        List<IndicatorCount> counts = new ArrayList<>(rows.size() * periods.size());
        for (Period period : periods) {
            for (Row row : rows) {
                counts.add(new IndicatorCount(period, row.commune(), null, row.agency(), row.numerator(),
                        row.denominator()));
            }
        }
        return counts;
    }
}
