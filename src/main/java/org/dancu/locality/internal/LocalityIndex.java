package org.dancu.locality.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.dancu.civil.VietnameseText;
import org.dancu.locality.AdministrativeUnit;
import org.dancu.locality.CommuneHistory;
import org.dancu.locality.CurrentCommune;
import org.dancu.locality.Resolution;
import org.dancu.locality.UnitLevel;
import org.dancu.locality.UnknownLocalityException;

/**
 * All units and links in memory, indexed for the lookups of {@link org.dancu.locality.Localities}.
 * About 14,000 units: a few megabytes, and the data only changes with a new release.
 */
final class LocalityIndex implements CommuneHistory {

    /** A link from an old commune to a current one, as stored in {@code locality.commune_succession}. */
    record Link(String oldCode, String newCode, boolean partial) {
    }

    /** Most relevant first: the current unit, then the one that ended last. */
    private static final Comparator<AdministrativeUnit> RECENT_FIRST = Comparator
            .comparing((AdministrativeUnit u) -> u.validUntil() == null ? LocalDate.MAX : u.validUntil())
            .reversed();
    private static final Comparator<AdministrativeUnit> BY_CODE = Comparator.comparing(AdministrativeUnit::code)
            .thenComparing(RECENT_FIRST);

    private final Map<String, List<AdministrativeUnit>> byCode = new HashMap<>();
    private final Map<String, List<AdministrativeUnit>> byParent = new HashMap<>();
    private final Map<String, List<Link>> successors = new HashMap<>();
    private final Map<String, List<Link>> predecessors = new HashMap<>();
    private final Map<String, String> provinceSuccession;
    private final List<SearchEntry> entries = new ArrayList<>();

    private record SearchEntry(AdministrativeUnit unit, String foldedName, String asciiName, String foldedFullName,
                               String asciiFullName) {
    }

    private record Hit(AdministrativeUnit unit, int rank, String asciiName) {
    }

    LocalityIndex(List<AdministrativeUnit> units, List<Link> links, Map<String, String> provinceSuccession) {
        for (AdministrativeUnit unit : units) {
            byCode.computeIfAbsent(unit.code(), c -> new ArrayList<>()).add(unit);
            if (unit.parentCode() != null) {
                byParent.computeIfAbsent(unit.parentCode(), c -> new ArrayList<>()).add(unit);
            }
            entries.add(new SearchEntry(unit, VietnameseText.fold(unit.name()), VietnameseText.asciiKey(unit.name()),
                    VietnameseText.fold(unit.fullName()), VietnameseText.asciiKey(unit.fullName())));
        }
        byCode.values().forEach(list -> list.sort(RECENT_FIRST));
        byParent.values().forEach(list -> list.sort(BY_CODE));
        for (Link link : links) {
            successors.computeIfAbsent(link.oldCode(), c -> new ArrayList<>()).add(link);
            predecessors.computeIfAbsent(link.newCode(), c -> new ArrayList<>()).add(link);
        }
        this.provinceSuccession = Map.copyOf(provinceSuccession);
    }

    /** Every unit that ever carried the code, the most relevant first. */
    List<AdministrativeUnit> unitsWithCode(String code) {
        List<AdministrativeUnit> units = code == null ? null : byCode.get(code);
        if (units == null) {
            throw new UnknownLocalityException(code);
        }
        return units;
    }

    Optional<Resolution> resolve(String code) {
        List<AdministrativeUnit> units = code == null ? null : byCode.get(code);
        return units == null ? Optional.empty() : Optional.of(resolution(units.get(0)));
    }

    @Override
    public Optional<Resolution> resolve(String code, LocalDate asOf) {
        if (asOf == null) {
            return resolve(code);
        }
        List<AdministrativeUnit> units = code == null ? List.of() : byCode.getOrDefault(code, List.of());
        return units.stream().filter(u -> u.validOn(asOf)).findFirst().map(this::resolution);
    }

    @Override
    public CurrentCommune currentCommune(String code, LocalDate on) {
        List<AdministrativeUnit> communes = code == null ? List.of() : byCode.getOrDefault(code, List.of()).stream()
                .filter(u -> u.level() == UnitLevel.COMMUNE).toList();
        if (communes.isEmpty()) {
            return new CurrentCommune.Unknown(code);
        }
        AdministrativeUnit meant = communes.stream().filter(u -> u.validOn(on)).findFirst().orElse(communes.get(0));
        if (meant.isCurrent()) {
            return new CurrentCommune.One(meant, meant);
        }
        List<Link> links = successors.getOrDefault(meant.code(), List.of());
        List<AdministrativeUnit> candidates = currentCommunes(links);
        if (candidates.isEmpty()) {
            return new CurrentCommune.Unknown(code);
        }
        return isPartial(links) ? new CurrentCommune.Split(meant, candidates)
                : new CurrentCommune.One(meant, candidates.get(0));
    }

    List<AdministrativeUnit> children(String code, LocalDate asOf) {
        List<AdministrativeUnit> units = unitsWithCode(code);
        Optional<AdministrativeUnit> parent = asOf == null
                ? Optional.of(units.get(0)) : units.stream().filter(u -> u.validOn(asOf)).findFirst();
        return parent.map(p -> childrenOf(p, asOf)).orElse(List.of());
    }

    /** The old communes the current commune with this code took in, wholly or partly, with the links. */
    List<Link> predecessorLinks(String code) {
        unitsWithCode(code);
        return current(code).filter(u -> u.level() == UnitLevel.COMMUNE)
                .map(u -> predecessors.getOrDefault(code, List.of()))
                .orElse(List.of());
    }

    List<AdministrativeUnit> predecessors(String code) {
        return predecessorLinks(code).stream().map(link -> oldCommune(link.oldCode())).sorted(BY_CODE).toList();
    }

    /** The old commune that carried this code before the reform. */
    AdministrativeUnit oldCommune(String code) {
        return unitsWithCode(code).stream()
                .filter(u -> !u.isCurrent() && u.level() == UnitLevel.COMMUNE)
                .findFirst()
                .orElseThrow(() -> new UnknownLocalityException(code));
    }

    /** Is a unit with this code, of any period, inside the current province with the given code? */
    boolean within(String code, String currentProvinceCode) {
        for (AdministrativeUnit unit : unitsWithCode(code)) {
            AdministrativeUnit province = provinceOf(unit);
            String now = province.isCurrent() ? province.code() : provinceSuccession.get(province.code());
            if (currentProvinceCode.equals(now)) {
                return true;
            }
        }
        return false;
    }

    /** The unit and everything above it, province first, in the unit's own hierarchy. */
    List<AdministrativeUnit> lineage(AdministrativeUnit unit) {
        List<AdministrativeUnit> line = new ArrayList<>();
        for (AdministrativeUnit u = unit; u != null; u = parentOf(u)) {
            line.add(0, u);
        }
        return line;
    }

    List<AdministrativeUnit> search(String text, LocalDate asOf, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        String query = VietnameseText.normalize(text == null ? "" : text);
        if (query.isEmpty()) {
            return List.of();
        }
        List<Hit> hits = new ArrayList<>();
        boolean code = query.chars().allMatch(c -> c >= '0' && c <= '9');
        String folded = VietnameseText.fold(query);
        String ascii = VietnameseText.asciiKey(query);
        for (SearchEntry entry : entries) {
            if (asOf != null && !entry.unit.validOn(asOf)) {
                continue;
            }
            int rank;
            if (code) {
                rank = entry.unit.code().startsWith(query) ? (entry.unit.code().equals(query) ? 0 : 1) : -1;
            } else {
                rank = rank(folded, entry.foldedName, entry.foldedFullName);
                if (rank < 0) {
                    int asciiRank = rank(ascii, entry.asciiName, entry.asciiFullName);
                    rank = asciiRank < 0 ? -1 : 4 + asciiRank;
                }
            }
            if (rank >= 0) {
                hits.add(new Hit(entry.unit, rank, entry.asciiName));
            }
        }
        return hits.stream()
                .sorted(Comparator.comparingInt(Hit::rank)
                        .thenComparing(h -> !h.unit().isCurrent())
                        .thenComparing(h -> h.unit().level())
                        .thenComparing(Hit::asciiName)
                        .thenComparing(h -> h.unit().code()))
                .limit(limit)
                .map(Hit::unit)
                .toList();
    }

    /** 0 whole name, 1 beginning, 2 beginning of a later word, 3 anywhere; -1 no match. */
    private static int rank(String query, String name, String fullName) {
        if (name.equals(query) || fullName.equals(query)) {
            return 0;
        }
        if (name.startsWith(query) || fullName.startsWith(query)) {
            return 1;
        }
        if (name.contains(" " + query) || fullName.contains(" " + query)) {
            return 2;
        }
        return name.contains(query) || fullName.contains(query) ? 3 : -1;
    }

    private Resolution resolution(AdministrativeUnit unit) {
        List<AdministrativeUnit> others = byCode.get(unit.code()).stream().filter(u -> !u.equals(unit)).toList();
        if (unit.isCurrent()) {
            return new Resolution(unit, List.of(unit), false, others);
        }
        return switch (unit.level()) {
            case PROVINCE -> new Resolution(unit, current(provinceSuccession.get(unit.code())).stream().toList(),
                    false, others);
            case COMMUNE -> {
                List<Link> links = successors.getOrDefault(unit.code(), List.of());
                yield new Resolution(unit, currentCommunes(links), isPartial(links), others);
            }
            case DISTRICT -> {
                List<Link> links = childrenOf(unit, null).stream()
                        .flatMap(commune -> successors.getOrDefault(commune.code(), List.of()).stream())
                        .toList();
                yield new Resolution(unit, currentCommunes(links), links.stream().anyMatch(Link::partial), others);
            }
        };
    }

    private static boolean isPartial(List<Link> links) {
        return links.size() > 1 || links.stream().anyMatch(Link::partial);
    }

    private List<AdministrativeUnit> currentCommunes(List<Link> links) {
        Set<String> codes = new LinkedHashSet<>();
        links.forEach(link -> codes.add(link.newCode()));
        return codes.stream().map(this::current).flatMap(Optional::stream).sorted(BY_CODE).toList();
    }

    private Optional<AdministrativeUnit> current(String code) {
        List<AdministrativeUnit> units = code == null ? null : byCode.get(code);
        return units == null ? Optional.empty() : units.stream().filter(AdministrativeUnit::isCurrent).findFirst();
    }

    private List<AdministrativeUnit> childrenOf(AdministrativeUnit parent, LocalDate asOf) {
        return byParent.getOrDefault(parent.code(), List.of()).stream()
                .filter(child -> asOf == null ? overlaps(child, parent) : child.validOn(asOf))
                .toList();
    }

    private AdministrativeUnit parentOf(AdministrativeUnit unit) {
        if (unit.parentCode() == null) {
            return null;
        }
        return byCode.getOrDefault(unit.parentCode(), List.of()).stream()
                .filter(parent -> overlaps(unit, parent))
                .findFirst()
                .orElse(null);
    }

    private AdministrativeUnit provinceOf(AdministrativeUnit unit) {
        return lineage(unit).get(0);
    }

    private static boolean overlaps(AdministrativeUnit a, AdministrativeUnit b) {
        return (a.validFrom() == null || b.validUntil() == null || !a.validFrom().isAfter(b.validUntil()))
                && (b.validFrom() == null || a.validUntil() == null || !b.validFrom().isAfter(a.validUntil()));
    }
}
