package org.dancu.spark;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dancu.linkage.CommuneMapping;
import org.dancu.linkage.RecordCsv;

/**
 * The commune mapping as a table that travels to the executors: {@code COMMUNES.csv} with the columns
 * {@code code, current_code, former_district}, one row per commune code whose current commune or former
 * district is known (the same answers {@code dancu link} takes from the locality tables bundled in the
 * application's jar). Without a file codes compare as written.
 */
final class CommuneTable implements CommuneMapping, Serializable {

    private static final long serialVersionUID = 1L;

    private final HashMap<String, String> current;
    private final HashMap<String, String> district;

    private CommuneTable(Map<String, String> current, Map<String, String> district) {
        this.current = new HashMap<>(current);
        this.district = new HashMap<>(district);
    }

    static CommuneTable none() {
        return new CommuneTable(Map.of(), Map.of());
    }

    /** Reads the file on the driver; a file without the three columns is refused with the reason. */
    static CommuneTable read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).replace("\uFEFF", "").strip().equals("code,current_code,former_district")) {
            throw new RecordCsv.InvalidFileException(file + ": the header must be code,current_code,former_district");
        }
        Map<String, String> current = new HashMap<>();
        Map<String, String> district = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split(",", -1);
            if (fields.length != 3 || fields[0].isBlank()) {
                continue;
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

    @Override
    public String current(String communeCode) {
        return current.getOrDefault(communeCode, communeCode);
    }

    @Override
    public String formerDistrict(String communeCode) {
        return district.getOrDefault(communeCode, "");
    }
}
