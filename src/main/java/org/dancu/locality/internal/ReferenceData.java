package org.dancu.locality.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;

import org.dancu.civil.VietnameseText;
import org.dancu.locality.AdministrativeUnit;
import org.dancu.locality.Localities;
import org.dancu.locality.UnitLevel;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * The reference files bundled under {@code locality/} (see docs/data-sources.md), read and checked.
 * The version is a digest of their bytes and of {@link #DERIVATION_REVISION}, so a jar with other
 * data, or with another way of deriving the mapping, reloads the tables on start.
 */
final class ReferenceData {

    /** Raise when the way the tables are derived from the same files changes. */
    static final int DERIVATION_REVISION = 1;

    static final String THREE_LEVEL_UNITS = "vn_admin_units_2025-03-01.csv";
    static final String TWO_LEVEL_UNITS = "vn_admin_units_2026_two_level.csv";
    static final String PROVINCE_MAPPING = "vn_provinces_63_to_34.csv";
    static final String MERGER_SOURCES = "vn_2025_commune_merger_sources.csv";
    /** Hand-checked old → new commune lists; they replace the parsed merger text for their provinces. */
    static final List<String> CURATED_COMMUNE_LISTS = List.of("dien_bien_commune_old_to_new_2025.csv");

    static final LocalDate THREE_LEVEL_LAST_DAY = Localities.REFORM_2025.minusDays(1);

    private static final Pattern PROVINCE_CODE = Pattern.compile("[0-9]{2}");
    private static final Pattern DISTRICT_CODE = Pattern.compile("[0-9]{3}");
    private static final Pattern COMMUNE_CODE = Pattern.compile("[0-9]{5}");

    private final Map<String, byte[]> files;
    private final String version;
    private Contents contents;

    /** A current commune and the free text naming the old units it was formed from. */
    record MergerSource(String code, String provinceCode, String mergedFrom) {
    }

    /** One line of a hand-checked list: this old commune went wholly into that new commune. */
    record CuratedLink(String oldCode, String newCode) {
    }

    private record Contents(List<AdministrativeUnit> threeLevelUnits, List<AdministrativeUnit> twoLevelUnits,
                            Map<String, String> provinceSuccession, List<MergerSource> mergerSources,
                            List<CuratedLink> curatedLinks) {
    }

    private ReferenceData(Map<String, byte[]> files) {
        this.files = files;
        this.version = digest(files);
    }

    /** Reads the files under {@code location}, a directory such as {@code classpath:locality/}. */
    static ReferenceData load(ResourceLoader loader, String location) {
        String directory = location.endsWith("/") ? location : location + "/";
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<String> names = new ArrayList<>(List.of(THREE_LEVEL_UNITS, TWO_LEVEL_UNITS, PROVINCE_MAPPING, MERGER_SOURCES));
        names.addAll(CURATED_COMMUNE_LISTS);
        for (String name : names) {
            Resource resource = loader.getResource(directory + name);
            try (InputStream in = resource.getInputStream()) {
                files.put(name, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the locality reference file " + directory + name, e);
            }
        }
        return new ReferenceData(files);
    }

    String version() {
        return version;
    }

    List<AdministrativeUnit> threeLevelUnits() {
        return contents().threeLevelUnits();
    }

    List<AdministrativeUnit> twoLevelUnits() {
        return contents().twoLevelUnits();
    }

    /** Old province code → the current province it became part of. */
    Map<String, String> provinceSuccession() {
        return contents().provinceSuccession();
    }

    List<MergerSource> mergerSources() {
        return contents().mergerSources();
    }

    List<CuratedLink> curatedLinks() {
        return contents().curatedLinks();
    }

    /** Parsed on first use only: a restart with unchanged data needs no more than the version. */
    private synchronized Contents contents() {
        if (contents == null) {
            contents = parse(files);
        }
        return contents;
    }

    private static Contents parse(Map<String, byte[]> files) {
        List<AdministrativeUnit> threeLevel = read(files, THREE_LEVEL_UNITS, row -> unit(row, null, THREE_LEVEL_LAST_DAY));
        List<AdministrativeUnit> twoLevel = read(files, TWO_LEVEL_UNITS, row -> unit(row, Localities.REFORM_2025, null));
        Map<String, String> provinces = new LinkedHashMap<>();
        for (String[] pair : read(files, PROVINCE_MAPPING, row -> new String[] {
                code(row, "old_province_code", PROVINCE_CODE), code(row, "new_province_code", PROVINCE_CODE)})) {
            if (provinces.put(pair[0], pair[1]) != null) {
                throw new InvalidReferenceDataException(PROVINCE_MAPPING + ": province " + pair[0] + " maps twice");
            }
        }
        List<MergerSource> sources = read(files, MERGER_SOURCES, row -> new MergerSource(
                code(row, "code", COMMUNE_CODE), code(row, "province_code", PROVINCE_CODE),
                VietnameseText.normalize(field(row, "merged_from"))));
        List<CuratedLink> curated = new ArrayList<>();
        for (String list : CURATED_COMMUNE_LISTS) {
            curated.addAll(read(files, list, row -> new CuratedLink(
                    code(row, "old_commune_code", COMMUNE_CODE), code(row, "new_commune_code", COMMUNE_CODE))));
        }
        return new Contents(List.copyOf(threeLevel), List.copyOf(twoLevel), Map.copyOf(provinces),
                List.copyOf(sources), List.copyOf(curated));
    }

    private static AdministrativeUnit unit(NamedCsvRecord row, LocalDate validFrom, LocalDate validUntil) {
        UnitLevel level = switch (field(row, "level")) {
            case "province" -> UnitLevel.PROVINCE;
            case "district" -> UnitLevel.DISTRICT;
            case "commune" -> UnitLevel.COMMUNE;
            default -> throw new InvalidReferenceDataException("line " + row.getStartingLineNumber()
                    + ": unknown level '" + row.getField("level") + "'");
        };
        Pattern codeFormat = switch (level) {
            case PROVINCE -> PROVINCE_CODE;
            case DISTRICT -> DISTRICT_CODE;
            case COMMUNE -> COMMUNE_CODE;
        };
        String parent = row.getField("parent_code").strip();
        if (level == UnitLevel.PROVINCE != parent.isEmpty()) {
            throw new InvalidReferenceDataException("line " + row.getStartingLineNumber()
                    + ": only provinces have no parent");
        }
        return new AdministrativeUnit(code(row, "code", codeFormat), VietnameseText.normalize(field(row, "name")),
                VietnameseText.normalize(field(row, "full_name")), row.getField("name_en").strip(),
                VietnameseText.normalize(field(row, "type")), level, parent.isEmpty() ? null : parent,
                validFrom, validUntil);
    }

    private static String field(NamedCsvRecord row, String column) {
        String value = row.getField(column).strip();
        if (value.isEmpty()) {
            throw new InvalidReferenceDataException("line " + row.getStartingLineNumber() + ": " + column + " is empty");
        }
        return value;
    }

    private static String code(NamedCsvRecord row, String column, Pattern format) {
        String value = field(row, column);
        if (!format.matcher(value).matches()) {
            throw new InvalidReferenceDataException("line " + row.getStartingLineNumber() + ": " + column
                    + " '" + value + "' is not a code of the expected form");
        }
        return value;
    }

    private static <T> List<T> read(Map<String, byte[]> files, String name, Function<NamedCsvRecord, T> mapper) {
        List<T> rows = new ArrayList<>();
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder()
                .ofNamedCsvRecord(new ByteArrayInputStream(files.get(name)), StandardCharsets.UTF_8)) {
            for (NamedCsvRecord row : reader) {
                rows.add(mapper.apply(row));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw new InvalidReferenceDataException(name + ": " + e.getMessage(), e);
        }
        if (rows.isEmpty()) {
            throw new InvalidReferenceDataException(name + " has no rows");
        }
        return rows;
    }

    private static String digest(Map<String, byte[]> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(("revision " + DERIVATION_REVISION).getBytes(StandardCharsets.UTF_8));
            files.forEach((name, bytes) -> {
                sha.update(name.getBytes(StandardCharsets.UTF_8));
                sha.update(bytes);
            });
            return "r" + DERIVATION_REVISION + "-" + HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** A bundled reference file is missing a column, has a malformed code or an unknown level. */
    static final class InvalidReferenceDataException extends IllegalStateException {

        InvalidReferenceDataException(String message) {
            super(message);
        }

        InvalidReferenceDataException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
