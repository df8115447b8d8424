package org.dancu.bench;

import java.util.Map;

import org.dancu.cleansing.Sector;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One evaluated dataset per sector, written straight into the cleansing tables as a finished
 * evaluation would leave them: every seventh person of the register in each sector, about one record
 * in six failing some criterion. Linking them for real is the cleansing benchmark's business; the
 * steering benchmark needs the sectors' indicators filled, per commune and per agency.
 */
final class SectorDatasets {

    private static final Map<Sector, String> AGENCIES = Map.of(Sector.LAND, "SO_NNMT", Sector.HOUSING, "SO_XD",
            Sector.LABOUR, "BHXH", Sector.CONSTRUCTION, "SO_XD", Sector.TAX, "THUE", Sector.BANKING, "NHNN",
            Sector.EDUCATION, "SO_GDDT");

    private SectorDatasets() {
    }

    /** Loads the datasets; returns the number of records. */
    static long load(JdbcClient jdbc) {
        long records = 0;
        for (Sector sector : Sector.values()) {
            long dataset = jdbc.sql("""
                            INSERT INTO cleansing.dataset (sector, agency_code, title, period, file_name, header, status,
                                   rows_total, created_by, evaluated_at, evaluation)
                            VALUES (:sector, :agency, :title, '2026', 'bench.csv', '{}', 'LOADED', 0, 'bench',
                                    now(), 'DONE') RETURNING dataset_id""")
                    .param("sector", sector.name()).param("agency", AGENCIES.get(sector))
                    .param("title", "bench " + sector.name()).query(Long.class).single();
            // a loaded dataset is the first version of its own series (V26)
            jdbc.sql("UPDATE cleansing.dataset SET series_id = dataset_id, loaded_at = now() WHERE dataset_id = :id")
                    .param("id", dataset).update();
            records += jdbc.sql("""
                            INSERT INTO cleansing.record (dataset_id, line, recorded_commune, scope_commune, person_id,
                                   correct_status, complete_status, clean_status, live_status)
                            SELECT :dataset, row_number() OVER (ORDER BY p.person_id), p.commune_code, p.current_commune_code,
                                   p.person_id, k.s[1], k.s[2], k.s[3], k.s[4]
                            FROM register.person p
                            CROSS JOIN LATERAL (
                                SELECT array_agg(CASE WHEN abs(hashtext(p.person_id || u.criterion)) % 24 = 0
                                                      THEN 'FAIL' ELSE 'OK' END ORDER BY u.n) AS s
                                FROM unnest(ARRAY['correct', 'complete', 'clean', 'live'])
                                     WITH ORDINALITY AS u(criterion, n)) k
                            WHERE p.person_id % 7 = :remainder AND p.current_commune_code IS NOT NULL""")
                    .param("dataset", dataset).param("remainder", sector.ordinal()).update();
        }
        return records;
    }
}
