package org.dancu.cli;

import java.util.HashMap;
import java.util.Map;

import org.dancu.civil.CsvResource;
import org.dancu.linkage.CommuneMapping;

/**
 * The commune mapping linkage needs, read from the locality tables bundled in the jar, so that
 * {@code link} and {@code dedupe} run without a database: old→current commune from the curated
 * Điện Biên list, and every old commune's district from the pre-2025 list of units. Codes of other
 * provinces compare as written (their current codes are derived from text by the locality module
 * at start-up, which needs the application context).
 */
public final class BundledCommunes {

    private static final String CURATED = "/locality/dien_bien_commune_old_to_new_2025.csv";
    private static final String OLD_UNITS = "/locality/vn_admin_units_2025-03-01.csv";

    private BundledCommunes() {
    }

    public static CommuneMapping mapping() {
        Map<String, String> current = new HashMap<>();
        Map<String, String> district = new HashMap<>();
        for (String[] row : CsvResource.rows(OLD_UNITS)) {
            if (row.length > 5 && "commune".equals(row[4])) {
                district.put(row[0], row[5]);
            }
        }
        for (String[] row : CsvResource.rows(CURATED)) {
            current.put(row[0], row[4]);
            district.put(row[0], row[2]);
        }
        return CommuneMapping.of(current, district);
    }
}
