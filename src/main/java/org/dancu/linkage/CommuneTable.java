package org.dancu.linkage;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A commune mapping written out as a table, for a runner on other machines (the Spark runner):
 * {@code COMMUNES.csv}, a file for machines with the header {@code code,current_code,former_district}
 * and one row per five-digit commune code whose current commune differs from the code or whose
 * former district is known. {@code dancu communes} writes it from the mapping {@code dancu link} uses,
 * so both runners read commune codes alike. Serialisable, to travel to the executors.
 */
public final class CommuneTable implements CommuneMapping, Serializable {

    private static final long serialVersionUID = 1L;
    /** The file's header. */
    public static final String HEADER = "code,current_code,former_district";
    /** Commune codes have five digits (records that lost leading zeros are padded before lookup). */
    private static final int CODES = 100_000;

    private final HashMap<String, String> current;
    private final HashMap<String, String> district;

    CommuneTable(Map<String, String> current, Map<String, String> district) {
        this.current = new HashMap<>(current);
        this.district = new HashMap<>(district);
    }

    /** No mapping: codes compare as written. */
    public static CommuneTable none() {
        return new CommuneTable(Map.of(), Map.of());
    }

    /** The mapping's answer for every five-digit code, kept where it says more than the code itself. */
    public static CommuneTable of(CommuneMapping mapping) {
        Map<String, String> current = new HashMap<>();
        Map<String, String> district = new HashMap<>();
        for (int n = 0; n < CODES; n++) {
            String code = String.format("%05d", n);
            String now = mapping.current(code);
            if (!now.equals(code)) {
                current.put(code, now);
            }
            String former = mapping.formerDistrict(code);
            if (!former.isEmpty()) {
                district.put(code, former);
            }
        }
        return new CommuneTable(current, district);
    }

    /** Reads the file; one without the header is refused with the reason. */
    public static CommuneTable read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).replace("\uFEFF", "").strip().equals(HEADER)) {
            throw new RecordCsv.InvalidFileException(file + ": the header must be " + HEADER);
        }
        Map<String, String> current = new HashMap<>();
        Map<String, String> district = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split(",", -1);
            if (fields.length != 3 || fields[0].isBlank()) {
                throw new RecordCsv.InvalidFileException(file + ": every row needs " + HEADER);
            }
            if (!fields[1].isBlank()) {
                current.put(fields[0].strip(), fields[1].strip());
            }
            if (!fields[2].isBlank()) {
                district.put(fields[0].strip(), fields[2].strip());
            }
        }
        return new CommuneTable(current, district);
    }

    /** The table's rows, by code. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>(List.of(HEADER));
        TreeSet<String> codes = new TreeSet<>(current.keySet());
        codes.addAll(district.keySet());
        for (String code : codes) {
            lines.add(code + "," + current.getOrDefault(code, "") + "," + district.getOrDefault(code, ""));
        }
        return lines;
    }

    @Override
    public String current(String communeCode) {
        return current.getOrDefault(communeCode, communeCode);
    }

    @Override
    public String formerDistrict(String communeCode) {
        return district.getOrDefault(communeCode, "");
    }
}
