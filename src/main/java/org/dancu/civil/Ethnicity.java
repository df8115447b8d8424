package org.dancu.civil;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One of Vietnam's 54 ethnic groups, or one of the two extra codes of the same list: 55 foreigner
 * and 99 unknown.
 *
 * <p><b>Which coding.</b> The codes are those of the GSO decision QĐ 121-TCTK/PPCĐ (1979), as
 * published in the Ministry of Health's Vietnam Core FHIR guide and used for {@code MA_DANTOC} in
 * health-insurance data: 01 Kinh, 02 Tày, 03 Thái, 04 Hoa, 05 Khơ-me, 06 Mường … 53 Ơ Đu, 54 Rơ
 * Măm. GSO's later list (QĐ 1019/QĐ-TCTK, 2008) numbers the same groups differently (04 Mường,
 * 05 Khơ me, 06 Hoa … 54 Ơ Đu), and no source of it as data was available. A dataset's numeric
 * codes must therefore be checked against this list before {@link #byCode} is trusted; for that
 * reason {@link #parse} reads names only and refuses numbers.
 *
 * <p>{@link #officialName()} is the list's own 1979 spelling ("HMông", "Khơ-me", "Ba na");
 * {@link #name()} is today's usual spelling (Mông, Khmer, Ba Na) for display.
 */
public final class Ethnicity {

    public enum Invalid {
        EMPTY,
        /** A number: which group it means depends on the coding the dataset uses; see {@link #byCode}. */
        NUMERIC_CODE,
        /** No group has that name or other name. */
        UNKNOWN_NAME,
        /** An other name several groups share (Mán, Xá Lá Vàng); {@link ParseResult#alternatives()} lists them. */
        AMBIGUOUS
    }

    public static final String FOREIGNER_CODE = "55";
    public static final String UNKNOWN_CODE = "99";

    /** Today's spellings where they differ from the 1979 list. */
    private static final Map<String, String> MODERN_NAMES = Map.ofEntries(
            Map.entry("05", "Khmer"), Map.entry("08", "Mông"), Map.entry("10", "Gia Rai"), Map.entry("12", "Ê Đê"),
            Map.entry("13", "Ba Na"), Map.entry("14", "Xơ Đăng"), Map.entry("16", "Cơ Ho"), Map.entry("21", "Raglai"),
            Map.entry("26", "Cơ Tu"), Map.entry("27", "Giẻ Triêng"), Map.entry("29", "Khơ Mú"),
            Map.entry("31", "Tà Ôi"), Map.entry("32", "Chơ Ro"), Map.entry("34", "Xinh Mun"),
            Map.entry("36", "Chu Ru"), Map.entry("47", "Cơ Lao"), Map.entry("54", "Rơ Măm"));

    private static final String GROUP_PREFIX = "dantoc";
    private static final int NAME_LEVEL = 0;
    private static final int OTHER_NAME_LEVEL = 1;

    private static final Map<String, Ethnicity> BY_CODE = new LinkedHashMap<>();
    /** Matching key → the groups it names; a group's own names hide other names that happen to be equal. */
    private static final Map<String, Candidates> BY_KEY = new HashMap<>();

    static {
        for (String[] row : CsvResource.rows("/civil/ethnic_groups.csv")) {
            String code = row[0];
            Ethnicity ethnicity = new Ethnicity(code, row[1], MODERN_NAMES.getOrDefault(code, row[1]),
                    otherNames(row[2]), "ethnic_group".equals(row[3]));
            BY_CODE.put(code, ethnicity);
        }
        for (Ethnicity ethnicity : BY_CODE.values()) {
            index(ethnicity.officialName, NAME_LEVEL, ethnicity);
            index(ethnicity.name, NAME_LEVEL, ethnicity);
            for (String other : ethnicity.otherNames) {
                index(other, OTHER_NAME_LEVEL, ethnicity);
            }
        }
    }

    private final String code;
    private final String officialName;
    private final String name;
    private final List<String> otherNames;
    private final boolean ethnicGroup;

    private Ethnicity(String code, String officialName, String name, List<String> otherNames, boolean ethnicGroup) {
        this.code = code;
        this.officialName = officialName;
        this.name = name;
        this.otherNames = otherNames;
        this.ethnicGroup = ethnicGroup;
    }

    /** All 56 entries in code order: the 54 groups, then 55 and 99. */
    public static List<Ethnicity> all() {
        return List.copyOf(BY_CODE.values());
    }

    /** By the 1979 code ("08", or "8"); see the class comment before trusting a dataset's codes. */
    public static Optional<Ethnicity> byCode(String code) {
        String trimmed = Objects.requireNonNull(code, "code").trim();
        return Optional.ofNullable(BY_CODE.get(trimmed.length() == 1 ? "0" + trimmed : trimmed));
    }

    /** Code 99, "Không rõ". */
    public static Ethnicity unknown() {
        return BY_CODE.get(UNKNOWN_CODE);
    }

    /**
     * Finds a group by its name, today's name or one of its other names, ignoring case,
     * diacritics, tone placement, spaces, hyphens and apostrophes ("H'Mông", "HMông", "hmong" and
     * "Mông" all find code 08), and a leading "dân tộc". A group's own name wins over another group's
     * other name ("Thổ" is the Thổ, not the Tày); an other name shared by several groups is ambiguous.
     */
    public static ParseResult<Ethnicity, Invalid> parse(String text) {
        String key = key(Objects.requireNonNull(text, "text"));
        if (key.startsWith(GROUP_PREFIX) && key.length() > GROUP_PREFIX.length()) {
            key = key.substring(GROUP_PREFIX.length());
        }
        if (key.isEmpty()) {
            return ParseResult.invalid(Invalid.EMPTY);
        }
        Candidates candidates = BY_KEY.get(key);
        if (candidates == null) {
            return ParseResult.invalid(isDigits(key) ? Invalid.NUMERIC_CODE : Invalid.UNKNOWN_NAME);
        }
        List<Ethnicity> groups = candidates.groups;
        return groups.size() == 1 ? ParseResult.valid(groups.get(0)) : ParseResult.ambiguous(Invalid.AMBIGUOUS, groups);
    }

    /** The 1979 code, two digits. */
    public String code() {
        return code;
    }

    /** The spelling of the 1979 list ("HMông"). */
    public String officialName() {
        return officialName;
    }

    /** Today's usual spelling, for display ("Mông"). */
    public String name() {
        return name;
    }

    /** The other names and local group names the list gives ("Mèo", "Mèo Xanh" …). */
    public List<String> otherNames() {
        return otherNames;
    }

    /** One of the 54 groups, as opposed to 55 foreigner or 99 unknown. */
    public boolean isEthnicGroup() {
        return ethnicGroup;
    }

    private static List<String> otherNames(String field) {
        List<String> names = new ArrayList<>();
        int start = 0;
        // One entry of the source separates two names with a full stop ("Giơ-lar. Tơ-lô").
        for (int i = 0; i <= field.length(); i++) {
            if (i == field.length() || field.charAt(i) == ',' || field.charAt(i) == '.') {
                String other = field.substring(start, i).trim();
                if (!other.isEmpty()) {
                    names.add(other);
                }
                start = i + 1;
            }
        }
        return List.copyOf(names);
    }

    private static void index(String text, int level, Ethnicity ethnicity) {
        Candidates existing = BY_KEY.get(key(text));
        if (existing == null || level < existing.level) {
            BY_KEY.put(key(text), new Candidates(level, ethnicity));
        } else if (level == existing.level && !existing.groups.contains(ethnicity)) {
            existing.groups.add(ethnicity);
        }
    }

    private static String key(String text) {
        String ascii = VietnameseText.asciiKey(text);
        StringBuilder key = new StringBuilder(ascii.length());
        for (int i = 0; i < ascii.length(); i++) {
            char c = ascii.charAt(i);
            if (c != ' ' && c != '-' && c != '\'' && c != '.') {
                key.append(c);
            }
        }
        return key.toString();
    }

    private static boolean isDigits(String key) {
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) < '0' || key.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Ethnicity that && code.equals(that.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return code + " " + name;
    }

    private static final class Candidates {
        final int level;
        final List<Ethnicity> groups = new ArrayList<>(1);

        Candidates(int level, Ethnicity first) {
            this.level = level;
            groups.add(first);
        }
    }
}
