package org.dancu.locality.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.dancu.civil.VietnameseText;
import org.dancu.locality.AdministrativeUnit;
import org.dancu.locality.UnitLevel;
import org.dancu.locality.internal.MergerText.Reading;
import org.dancu.locality.internal.MergerText.Reference;
import org.dancu.locality.internal.ReferenceData.MergerSource;

/**
 * Derives which old communes (until 30 June 2025) each current commune took in, from the
 * "formed from" text of the reform. Each old unit the text names is looked for among the old units
 * of the old provinces merged into the new commune's province: by type and name, then by name
 * alone (some communes changed type shortly before the reform), then without diacritics (the
 * sources disagree on spellings such as Đăk/Đắk). Same-named candidates are told apart by the
 * district the text names in brackets, or else by the districts of the commune's other, certain
 * predecessors. The GSO gives a new commune the code of one of the communes it was formed from, so
 * when part of the text cannot be matched, the old commune with the new commune's code is taken
 * as a predecessor too. Hand-checked lists replace all of this for the provinces they cover.
 * An old commune that went to more than one new commune is partial everywhere.
 */
final class CommuneSuccession {

    /** How a link was found, from the most to the least certain. */
    enum Method { CURATED, UNCHANGED, TYPE_AND_NAME, NAME, ASCII_NAME, WHOLE_DISTRICT, SAME_CODE }

    record Link(String oldCode, String newCode, boolean partial, Method method) {
    }

    /**
     * @param oldCommunes          communes of the old hierarchy
     * @param withSuccessor        old communes linked to at least one current commune
     * @param partial              old communes with a partial link
     * @param references           old units named in the texts that were parsed
     * @param unmatchedReferences  names that match no old unit
     * @param ambiguousReferences  names that match several old units that could not be told apart
     * @param linksByMethod        links per method
     */
    record Coverage(int oldCommunes, int withSuccessor, int partial, int references, int unmatchedReferences,
                    int ambiguousReferences, Map<Method, Integer> linksByMethod) {
    }

    /** The ways a name is looked for, in order: with or without its type, exactly or by its compact ASCII key. */
    private enum Tier {
        TYPE_AND_NAME(true, false, Method.TYPE_AND_NAME),
        TYPE_AND_ASCII_NAME(true, true, Method.ASCII_NAME),
        NAME(false, false, Method.NAME),
        ASCII_NAME(false, true, Method.ASCII_NAME);

        private final boolean sameType;
        private final boolean compact;
        private final Method method;

        Tier(boolean sameType, boolean compact, Method method) {
            this.sameType = sameType;
            this.compact = compact;
            this.method = method;
        }
    }

    private final Map<String, AdministrativeUnit> oldUnits = new HashMap<>();
    private final Map<String, String> oldProvinceOf = new HashMap<>();
    private final Map<String, List<AdministrativeUnit>> communesOfDistrict = new HashMap<>();
    private final Map<String, Pool> pools = new HashMap<>();
    private final Map<String, AdministrativeUnit> newUnits = new HashMap<>();
    private final Map<String, Map<String, Link>> links = new TreeMap<>();
    private int references;
    private int unmatched;
    private int ambiguous;

    private CommuneSuccession(ReferenceData data) {
        for (AdministrativeUnit unit : data.threeLevelUnits()) {
            oldUnits.put(unit.code(), unit);
        }
        for (AdministrativeUnit unit : data.twoLevelUnits()) {
            newUnits.put(unit.code(), unit);
        }
        for (AdministrativeUnit unit : data.threeLevelUnits()) {
            if (unit.level() == UnitLevel.PROVINCE) {
                continue;
            }
            String province = provinceOf(unit);
            oldProvinceOf.put(unit.code(), province);
            String newProvince = data.provinceSuccession().get(province);
            if (newProvince == null) {
                throw new ReferenceData.InvalidReferenceDataException(
                        "old province " + province + " has no successor in " + ReferenceData.PROVINCE_MAPPING);
            }
            pools.computeIfAbsent(newProvince, p -> new Pool()).add(unit, districtName(unit));
            if (unit.level() == UnitLevel.COMMUNE) {
                communesOfDistrict.computeIfAbsent(unit.parentCode(), d -> new ArrayList<>()).add(unit);
            }
        }
    }

    static CommuneSuccession derive(ReferenceData data) {
        return derive(data, data.curatedLinks());
    }

    /** With other hand-checked lists than the bundled ones; none shows what the text alone yields. */
    static CommuneSuccession derive(ReferenceData data, List<ReferenceData.CuratedLink> curated) {
        CommuneSuccession succession = new CommuneSuccession(data);
        for (MergerSource source : data.mergerSources()) {
            succession.deriveOne(source);
        }
        succession.applyCurated(curated);
        succession.markSplitsPartial();
        return succession;
    }

    List<Link> links() {
        List<Link> all = new ArrayList<>();
        links.values().forEach(byNew -> all.addAll(byNew.values()));
        all.sort(Comparator.comparing(Link::oldCode).thenComparing(Link::newCode));
        return all;
    }

    Coverage coverage() {
        int oldCommunes = (int) oldUnits.values().stream().filter(u -> u.level() == UnitLevel.COMMUNE).count();
        int partial = (int) links.values().stream()
                .filter(byNew -> byNew.values().stream().anyMatch(Link::partial)).count();
        Map<Method, Integer> byMethod = new EnumMap<>(Method.class);
        links().forEach(link -> byMethod.merge(link.method(), 1, Integer::sum));
        return new Coverage(oldCommunes, links.size(), partial, references, unmatched, ambiguous, byMethod);
    }

    private void deriveOne(MergerSource source) {
        Pool pool = pools.getOrDefault(source.provinceCode(), new Pool());
        MergerText text = MergerText.parse(source.mergedFrom());
        List<Reference> named = text.references();
        if (text.unchanged()) {
            AdministrativeUnit same = pool.communes.get(source.code());
            if (same != null) {
                link(same, source.code(), false, Method.UNCHANGED);
                return;
            }
            named = List.of(ownName(source.code()));
        }
        Set<String> certainDistricts = new HashSet<>();
        List<Candidates> undecided = new ArrayList<>();
        boolean anyUnmatched = false;
        boolean unmatchedPartial = false;
        for (Reference reference : named) {
            references++;
            Candidates found = pool.find(reference);
            if (found.units.isEmpty()) {
                unmatched++;
                anyUnmatched = true;
                unmatchedPartial |= reference.partial();
            } else if (found.units.size() == 1 && found.method == Method.TYPE_AND_NAME) {
                linkFound(found.units.get(0), source.code(), reference.partial(), found.method, certainDistricts);
            } else {
                undecided.add(found);
            }
        }
        // weaker or several matches must lie where the certain predecessors lie, when there are any
        for (Candidates found : undecided) {
            List<AdministrativeUnit> near = certainDistricts.isEmpty() ? found.units : found.units.stream()
                    .filter(u -> certainDistricts.contains(u.level() == UnitLevel.DISTRICT ? u.code() : u.parentCode()))
                    .toList();
            if (near.size() == 1) {
                linkFound(near.get(0), source.code(), found.reference.partial(), found.method, new HashSet<>());
            } else {
                ambiguous++;
                anyUnmatched = true;
                unmatchedPartial |= found.reference.partial();
            }
        }
        AdministrativeUnit sameCode = pool.communes.get(source.code());
        if (anyUnmatched && sameCode != null && !isLinked(sameCode.code(), source.code())) {
            link(sameCode, source.code(), unmatchedPartial, Method.SAME_CODE);
        }
    }

    private Reference ownName(String newCode) {
        AdministrativeUnit unit = newUnits.get(newCode);
        if (unit == null) {
            throw new ReferenceData.InvalidReferenceDataException(
                    ReferenceData.MERGER_SOURCES + ": commune " + newCode + " is not in " + ReferenceData.TWO_LEVEL_UNITS);
        }
        return new Reference(List.of(new Reading(VietnameseText.fold(unit.type()), VietnameseText.fold(unit.name()))),
                false, null);
    }

    private void linkFound(AdministrativeUnit old, String newCode, boolean partial, Method method,
                           Set<String> certainDistricts) {
        if (old.level() == UnitLevel.DISTRICT) {
            for (AdministrativeUnit commune : communesOfDistrict.getOrDefault(old.code(), List.of())) {
                link(commune, newCode, partial, Method.WHOLE_DISTRICT);
            }
            certainDistricts.add(old.code());
        } else {
            link(old, newCode, partial, method);
            certainDistricts.add(old.parentCode());
        }
    }

    private void link(AdministrativeUnit old, String newCode, boolean partial, Method method) {
        links.computeIfAbsent(old.code(), c -> new TreeMap<>())
                .merge(newCode, new Link(old.code(), newCode, partial, method),
                        (was, now) -> new Link(was.oldCode(), was.newCode(), was.partial() || now.partial(), was.method()));
    }

    private boolean isLinked(String oldCode, String newCode) {
        return links.getOrDefault(oldCode, Map.of()).containsKey(newCode);
    }

    private void applyCurated(List<ReferenceData.CuratedLink> curated) {
        Set<String> curatedProvinces = new HashSet<>();
        for (ReferenceData.CuratedLink link : curated) {
            String province = oldProvinceOf.get(link.oldCode());
            if (province == null || !newUnits.containsKey(link.newCode())) {
                throw new ReferenceData.InvalidReferenceDataException("curated link " + link.oldCode() + " → "
                        + link.newCode() + " names a commune that is not in the reference lists");
            }
            curatedProvinces.add(province);
        }
        links.keySet().removeIf(oldCode -> curatedProvinces.contains(oldProvinceOf.get(oldCode)));
        for (ReferenceData.CuratedLink link : curated) {
            link(oldUnits.get(link.oldCode()), link.newCode(), false, Method.CURATED);
        }
    }

    private void markSplitsPartial() {
        for (Map<String, Link> byNew : links.values()) {
            if (byNew.size() > 1) {
                byNew.replaceAll((code, link) -> new Link(link.oldCode(), link.newCode(), true, link.method()));
            }
        }
    }

    private String provinceOf(AdministrativeUnit unit) {
        AdministrativeUnit current = unit;
        while (current.level() != UnitLevel.PROVINCE) {
            current = oldUnits.get(current.parentCode());
            if (current == null) {
                throw new ReferenceData.InvalidReferenceDataException(
                        "unit " + unit.code() + " has a parent that is not in " + ReferenceData.THREE_LEVEL_UNITS);
            }
        }
        return current.code();
    }

    private String districtName(AdministrativeUnit unit) {
        return unit.level() == UnitLevel.COMMUNE ? VietnameseText.asciiKey(oldUnits.get(unit.parentCode()).name()) : null;
    }

    /** Letters and digits of the ASCII key only: "Ea Bar", "EaBar" and "Phương Liên - Trung Tự" spellings agree. */
    private static String compact(String name) {
        String key = VietnameseText.asciiKey(name);
        StringBuilder out = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** What a reference matched, at the first tier that matched anything. */
    private record Candidates(Reference reference, List<AdministrativeUnit> units, Method method) {
    }

    /** The old units of the old provinces merged into one new province, indexed by name. */
    private static final class Pool {

        private final Map<String, List<Entry>> byName = new HashMap<>();
        private final Map<String, List<Entry>> byCompactName = new HashMap<>();
        private final Map<String, AdministrativeUnit> communes = new HashMap<>();
        private final Map<String, String> foldedTypes = new HashMap<>();

        /** @param district the ASCII key of a commune's district name */
        private record Entry(AdministrativeUnit unit, String type, String district) {
        }

        void add(AdministrativeUnit unit, String district) {
            Entry entry = new Entry(unit, foldedTypes.computeIfAbsent(unit.type(), VietnameseText::fold), district);
            byName.computeIfAbsent(VietnameseText.fold(unit.name()), n -> new ArrayList<>()).add(entry);
            byCompactName.computeIfAbsent(compact(unit.name()), n -> new ArrayList<>()).add(entry);
            if (unit.level() == UnitLevel.COMMUNE) {
                communes.put(unit.code(), unit);
            }
        }

        Candidates find(Reference reference) {
            for (Tier tier : Tier.values()) {
                for (Reading reading : reference.readings()) {
                    List<AdministrativeUnit> units = candidates(tier, reading, reference.districtQualifier());
                    if (!units.isEmpty()) {
                        return new Candidates(reference, units, tier.method);
                    }
                }
            }
            return new Candidates(reference, List.of(), null);
        }

        private List<AdministrativeUnit> candidates(Tier tier, Reading reading, String qualifier) {
            if (tier.sameType && reading.type() == null) {
                return List.of();
            }
            List<Entry> entries = tier.compact
                    ? byCompactName.getOrDefault(compact(reading.name()), List.of())
                    : byName.getOrDefault(reading.name(), List.of());
            UnitLevel level = reading.namesDistrict() ? UnitLevel.DISTRICT : UnitLevel.COMMUNE;
            String district = qualifier == null ? null : VietnameseText.asciiKey(qualifier);
            return entries.stream()
                    .filter(e -> tier.sameType ? e.type.equals(reading.type()) : e.unit.level() == level)
                    .filter(e -> district == null || e.unit.level() != UnitLevel.COMMUNE || district.equals(e.district))
                    .map(Entry::unit)
                    .toList();
        }
    }
}
