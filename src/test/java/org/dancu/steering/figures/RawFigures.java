package org.dancu.steering.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dancu.civil.PersonName;
import org.dancu.cleansing.CleansingIndicators;
import org.dancu.national.NationalIndicators;
import org.dancu.payments.PaymentsIndicators;
import org.dancu.register.RegisterIndicators;
import org.dancu.results.DigitisingIndicators;
import org.dancu.services.ServicesIndicators;
import org.dancu.steering.Period;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The figures of the steering indicators counted again by the figure audit, from the raw rows
 * (register.person, national.person_check, cleansing.record and dataset, the locality tables) and
 * the words of docs/steering.md, without the production's conditions or aggregation: each row is
 * read as it is stored and judged here, then placed in its units. A figure is a unit's numerator
 * and denominator, keyed "LEVEL code" as steering stores them for all agencies together, and
 * "LEVEL code AGENCY" for one agency.
 */
final class RawFigures {

    private static final Map<String, String> SECTORS = Map.of("LAND", CleansingIndicators.LAND,
            "HOUSING", CleansingIndicators.HOUSING, "LABOUR", CleansingIndicators.LABOUR,
            "CONSTRUCTION", CleansingIndicators.CONSTRUCTION, "TAX", CleansingIndicators.TAX,
            "BANKING", CleansingIndicators.BANKING, "EDUCATION", CleansingIndicators.EDUCATION);
    private static final Map<String, String> RECORD_TYPES = Map.of("LAND_USE_CERTIFICATE", DigitisingIndicators.LAND,
            "BIRTH_EXTRACT", DigitisingIndicators.BIRTH);
    private static final Map<String, String> PAYMENT_FAMILIES = Map.of("SOCIAL", PaymentsIndicators.SOCIAL_NONCASH,
            "TUITION", PaymentsIndicators.TUITION_NONCASH);
    /** Every indicator counted here. */
    static final Set<String> INDICATORS = Stream.of(Stream.of(RegisterIndicators.VALID_PIN,
            RegisterIndicators.COMPLETE, RegisterIndicators.NAME_SPELLING,
            NationalIndicators.VERIFIED_NATIONAL, ServicesIndicators.ONLINE_ESSENTIAL, ServicesIndicators.ON_TIME,
            ServicesIndicators.REASKED), SECTORS.values().stream(), RECORD_TYPES.values().stream(),
            PAYMENT_FAMILIES.values().stream())
            .flatMap(codes -> codes).collect(Collectors.toSet());
    private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

    /**
     * What is counted once: its commune code as recorded, the current commune its source names (or
     * null), the agency that supplied it (or null), whether it meets the numerator.
     */
    private record Counted(String code, String current, String agency, boolean meets) {
    }

    private final JdbcClient jdbc;
    private final String province;
    /** Every commune code, old or new, of the province. */
    private final Set<String> provinceCodes = new HashSet<>();
    /** An old commune's code (as it was until 30/06/2025) → its district. */
    private final Map<String, String> oldCommunes = new HashMap<>();
    private final Set<String> currentCommunes = new HashSet<>();
    /** An old commune → the one current commune it went into whole. */
    private final Map<String, String> wholeInto = new HashMap<>();

    RawFigures(JdbcClient jdbc, String province) {
        this.jdbc = jdbc;
        this.province = province;
        provinceCodes.addAll(jdbc.sql("SELECT commune_code FROM locality.scope_commune WHERE scope_code = :p")
                .param("p", province).query(String.class).list());
        jdbc.sql("""
                        SELECT DISTINCT ON (code) code, parent_code FROM locality.unit
                        WHERE level = 'COMMUNE' AND valid_until < DATE '2025-07-01'
                        ORDER BY code, valid_until DESC""")
                .query(rs -> {
                    oldCommunes.put(rs.getString(1), rs.getString(2));
                });
        currentCommunes.addAll(jdbc.sql("SELECT code FROM locality.unit WHERE level = 'COMMUNE' AND valid_until IS NULL")
                .query(String.class).list());
        jdbc.sql("""
                        SELECT old_code, min(new_code) FROM locality.commune_succession
                        GROUP BY old_code HAVING count(*) = 1 AND NOT bool_or(partial)""")
                .query(rs -> {
                    wholeInto.put(rs.getString(1), rs.getString(2));
                });
    }

    /** Every indicator's figures for the period, as counted from the rows now; an indicator without data has none. */
    Map<String, Map<String, List<Long>>> count(Period period) {
        Map<String, List<Counted>> counted = new HashMap<>();
        residents(counted);
        sectorRecords(counted);
        digitisedPages(counted);
        dossiers(counted, period);
        paidLines(counted, period);
        Map<String, Map<String, List<Long>>> figures = new TreeMap<>();
        counted.forEach((indicator, rows) -> figures.put(indicator, place(rows, period)));
        return figures;
    }

    /** The register's figures and the national match: every living resident, judged field by field. */
    private void residents(Map<String, List<Counted>> counted) {
        boolean reconciled = jdbc.sql("SELECT count(*) > 0 FROM national.person_check").query(Boolean.class).single();
        jdbc.sql("""
                        SELECT p.pin, p.birth_date, p.birth_year, p.sex, p.ethnicity, p.commune_code,
                               p.current_commune_code, p.address, p.household_id, p.full_name,
                               coalesce(c.status = 'MATCH' OR c.resolved_at IS NOT NULL, false)
                        FROM register.person p LEFT JOIN national.person_check c ON c.person_id = p.person_id
                        WHERE p.alive AND p.resident""")
                .query(rs -> {
                    String pin = rs.getString(1);
                    String sex = rs.getString(4);
                    String code = rs.getString(6);
                    String current = rs.getString(7);
                    add(counted, RegisterIndicators.VALID_PIN,
                            new Counted(code, current, null, validPin(pin, rs.getInt(3), sex)));
                    boolean complete = pin != null && !pin.isBlank()
                            && rs.getString(2).matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")
                            && ("M".equals(sex) || "F".equals(sex)) && rs.getString(5) != null && current != null
                            && rs.getString(8) != null && !rs.getString(8).isBlank() && rs.getObject(9) != null;
                    add(counted, RegisterIndicators.COMPLETE, new Counted(code, current, null, complete));
                    add(counted, RegisterIndicators.NAME_SPELLING, new Counted(code, current, null,
                            PersonName.spelling(rs.getString(10)) == PersonName.Spelling.NORMALISED));
                    if (reconciled) {
                        add(counted, NationalIndicators.VERIFIED_NATIONAL, new Counted(code, current, null,
                                rs.getBoolean(11)));
                    }
                });
    }

    /**
     * A valid ID: 12 digits starting with 0, the fourth the century and sex (1900s: 0 for a man, 1 for a
     * woman; 2000s: 2 and 3; and so on), the fifth and sixth the last two digits of the birth year.
     */
    private static boolean validPin(String pin, int birthYear, String sex) {
        if (pin == null || !pin.matches("0[0-9]{11}") || !("M".equals(sex) || "F".equals(sex))) {
            return false;
        }
        int centuryAndSex = 2 * (birthYear / 100 - 19) + ("F".equals(sex) ? 1 : 0);
        return pin.charAt(3) - '0' == centuryAndSex
                && Integer.parseInt(pin.substring(4, 6)) == birthYear % 100;
    }

    /**
     * Each sector's evaluated records of the datasets in use (neither replaced nor withdrawn), placed by
     * their own commune code, else their linked person's as the register records it now.
     */
    private void sectorRecords(Map<String, List<Counted>> counted) {
        jdbc.sql("""
                        SELECT d.sector, coalesce(nullif(r.commune_code, ''), p.commune_code), d.agency_code,
                               r.correct_status = 'OK' AND r.complete_status = 'OK' AND r.clean_status = 'OK'
                               AND r.live_status = 'OK'
                        FROM cleansing.record r JOIN cleansing.dataset d ON d.dataset_id = r.dataset_id
                        LEFT JOIN register.person p ON p.person_id = r.person_id
                        WHERE r.evaluated_at IS NOT NULL AND d.replaced_at IS NULL AND d.withdrawn_at IS NULL""")
                .query(rs -> {
                    if (rs.getString(2) != null) {
                        add(counted, SECTORS.get(rs.getString(1)), new Counted(rs.getString(2), null, rs.getString(3),
                                rs.getBoolean(4)));
                    }
                });
    }

    /** Each uploaded page of paper records that is not blank, in its batch's commune; it meets once issued as a result. */
    private void digitisedPages(Map<String, List<Counted>> counted) {
        jdbc.sql("""
                        SELECT b.record_type, b.commune_code, coalesce(r.state = 'ISSUED', false)
                        FROM results.digitising_page p JOIN results.digitising_batch b ON b.batch_id = p.batch_id
                        LEFT JOIN results.digitising_record r ON r.page_id = p.page_id
                        WHERE p.problem IS DISTINCT FROM 'BLANK'""")
                .query(rs -> {
                    add(counted, RECORD_TYPES.get(rs.getString(1)), new Counted(rs.getString(2), rs.getString(2), null,
                            rs.getBoolean(3)));
                });
    }

    /**
     * The public services' dossiers and legs of the period (received, or ended, in it, in the province's
     * time): a dossier of an essential procedure meets when filed other than at the counter; a leg ended
     * (completed or refused) meets when not after its deadline; a component the state held (read from the
     * register or a result, or supplied although held) meets when re-asked. The agency of a dossier is the
     * handler of its procedure's first leg's last step as the catalogue's version in effect today says
     * (none for the commune's officers); a leg's is the one that ended it.
     */
    private void dossiers(Map<String, List<Counted>> counted, Period period) {
        JsonMapper json = JsonMapper.builder().build();
        Map<String, String> agencyOf = new HashMap<>();
        Set<String> essential = new HashSet<>();
        jdbc.sql("""
                        SELECT DISTINCT ON (code) code, essential_number, definition::text FROM services.procedure_version
                        WHERE effective_from <= current_date ORDER BY code, effective_from DESC""")
                .query(rs -> {
                    if (rs.getObject(2) != null) {
                        essential.add(rs.getString(1));
                    }
                    for (JsonNode leg : json.readTree(rs.getString(3)).get("legs")) {
                        if (leg.get("first").asBoolean()) {
                            JsonNode steps = leg.get("steps");
                            String last = steps.get(steps.size() - 1).asText();
                            agencyOf.put(rs.getString(1), last.equals("COMMUNE") ? null : last);
                        }
                    }
                });
        jdbc.sql("SELECT commune_code, procedure_code, channel, received_at, components::text FROM services.dossier")
                .query(rs -> {
                    if (!within(rs.getTimestamp(4), period)) {
                        return;
                    }
                    String commune = rs.getString(1);
                    String agency = agencyOf.get(rs.getString(2));
                    if (essential.contains(rs.getString(2))) {
                        add(counted, ServicesIndicators.ONLINE_ESSENTIAL, new Counted(commune, null, agency,
                                !rs.getString(3).equals("COUNTER")));
                    }
                    for (JsonNode component : json.readTree(rs.getString(5))) {
                        boolean reAsked = component.get("reAsked").asBoolean();
                        String source = component.get("source").asText();
                        if (reAsked || source.equals("REGISTER") || source.equals("RESULT")) {
                            add(counted, ServicesIndicators.REASKED, new Counted(commune, null, agency, reAsked));
                        }
                    }
                });
        jdbc.sql("""
                        SELECT commune_code, agency_code, finished_at, finished_at <= due FROM services.leg
                        WHERE status IN ('COMPLETED', 'REFUSED')""")
                .query(rs -> {
                    if (within(rs.getTimestamp(3), period)) {
                        add(counted, ServicesIndicators.ON_TIME, new Counted(rs.getString(1), null, rs.getString(2),
                                rs.getBoolean(4)));
                    }
                });
    }

    /**
     * The payment lines paid in the period (credited, or paid in cash against a receipt), by their
     * programme's family, in the line's commune, for the programme's paying agency; a line meets when
     * credited to a bank account or an e-wallet.
     */
    private void paidLines(Map<String, List<Counted>> counted, Period period) {
        jdbc.sql("""
                        SELECT g.family, l.commune_code, g.paying_agency, l.paid_on, l.status, l.channel
                        FROM payments.line l JOIN payments.cycle c ON c.id = l.cycle_id
                        JOIN payments.programme g ON g.code = c.programme_code""")
                .query(rs -> {
                    LocalDate paidOn = rs.getObject(4, LocalDate.class);
                    String status = rs.getString(5);
                    if (paidOn == null || paidOn.isBefore(period.firstDay()) || paidOn.isAfter(period.lastDay())
                            || !status.equals("PAID") && !status.equals("PAID_CASH")) {
                        return;
                    }
                    add(counted, PAYMENT_FAMILIES.get(rs.getString(1)), new Counted(rs.getString(2), null,
                            rs.getString(3), status.equals("PAID")
                            && Set.of("BANK_ACCOUNT", "E_WALLET").contains(rs.getString(6))));
                });
    }

    private static boolean within(java.sql.Timestamp at, Period period) {
        LocalDate day = at.toInstant().atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate();
        return !day.isBefore(period.firstDay()) && !day.isAfter(period.lastDay());
    }

    private static void add(Map<String, List<Counted>> counted, String indicator, Counted row) {
        counted.computeIfAbsent(indicator, i -> new ArrayList<>()).add(row);
    }

    /**
     * Each row in the province; in its current commune (the one its source names, else the commune
     * carrying the code when the period ended after the reform, else the old commune's successor when
     * it went whole into one; none: unattributed); in the old commune that carried its code and that
     * commune's district; for all agencies together and, under "LEVEL code AGENCY", for the agency
     * that supplied it. Rows outside the province count nowhere.
     */
    private Map<String, List<Long>> place(List<Counted> rows, Period period) {
        Map<String, long[]> units = new TreeMap<>();
        for (Counted row : rows) {
            if (row.code() == null || !provinceCodes.contains(row.code())) {
                continue;
            }
            List<String> keys = new ArrayList<>();
            keys.add("PROVINCE " + province);
            String current = row.current() != null ? row.current() : currentOf(row.code(), period);
            keys.add(current == null ? "UNATTRIBUTED " + province : "COMMUNE " + current);
            if (oldCommunes.containsKey(row.code())) {
                keys.add("OLD_COMMUNE " + row.code());
                keys.add("OLD_DISTRICT " + oldCommunes.get(row.code()));
            }
            for (String key : keys) {
                add(units, key, row.meets());
                if (row.agency() != null) {
                    add(units, key + " " + row.agency(), row.meets());
                }
            }
        }
        Map<String, List<Long>> figures = new TreeMap<>();
        units.forEach((key, figure) -> figures.put(key, List.of(figure[0], figure[1])));
        return figures;
    }

    private static void add(Map<String, long[]> units, String key, boolean meets) {
        long[] figure = units.computeIfAbsent(key, k -> new long[2]);
        figure[0] += meets ? 1 : 0;
        figure[1]++;
    }

    private String currentOf(String code, Period period) {
        boolean current = currentCommunes.contains(code);
        if (current && !period.lastDay().isBefore(REFORM)) {
            return code;
        }
        if (oldCommunes.containsKey(code)) {
            return wholeInto.get(code);
        }
        return current ? code : null;
    }
}
