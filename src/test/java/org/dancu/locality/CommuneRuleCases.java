package org.dancu.locality;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dancu.civil.CsvResource;

/**
 * Test support for every module: the cases the locality rule must answer alike on every path that
 * places a record in a current commune (the import, a life event, a cleansing dataset, the steering
 * figures), with the expected answers taken from the reference data, not from the rule itself.
 */
public final class CommuneRuleCases {

    /** Phường Điện Biên of Hà Nội's old Ba Đình district: split between four current wards. */
    public static final String SPLIT_COMMUNE = "00019";
    /** The current province the split commune lies in. */
    public static final String SPLIT_PROVINCE = "01";
    /** The current wards that took parts of the split commune, by code. */
    public static final List<String> SPLIT_CANDIDATES = List.of("00004", "00070", "00190", "00226");

    private static final String DIEN_BIEN_LIST = "/locality/dien_bien_commune_old_to_new_2025.csv";

    private CommuneRuleCases() {
    }

    /**
     * Every old (pre-2025) commune of Điện Biên with the current commune it went into whole, from the
     * hand-checked list, in code order.
     */
    public static Map<String, String> dienBienOldToCurrent() {
        Map<String, String> communes = new LinkedHashMap<>();
        CsvResource.rows(DIEN_BIEN_LIST).stream().sorted((a, b) -> a[0].compareTo(b[0]))
                .forEach(row -> communes.put(row[0], row[4]));
        return communes;
    }
}
