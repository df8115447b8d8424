package org.dancu.locality.internal.web;

import java.util.List;
import java.util.Map;

import org.dancu.civil.VietnameseText;
import org.dancu.locality.AdministrativeUnit;
import org.dancu.locality.UnitLevel;

/**
 * A unit as a page shows it: with the message key of its type, the units it is linked to across
 * the reform (predecessors of a current commune, successors of an old one) and, for districts,
 * how many communes it had.
 */
record UnitRow(AdministrativeUnit unit, String typeKey, List<Related> related, int childCount, String context) {

    /** A unit on the other side of the reform; partial when only part of the old unit's territory is involved. */
    record Related(AdministrativeUnit unit, boolean partial) {
    }

    /** Vietnamese unit types by their ASCII key; "Thành phố" is a municipality or a provincial city by level. */
    private static final Map<String, String> TYPE_SLUGS = Map.of(
            "tinh", "tinh", "thanh pho", "thanh-pho", "huyen", "huyen", "quan", "quan", "thi xa", "thi-xa",
            "xa", "xa", "phuong", "phuong", "thi tran", "thi-tran", "dac khu", "dac-khu");

    static UnitRow of(AdministrativeUnit unit) {
        return new UnitRow(unit, typeKey(unit), List.of(), 0, null);
    }

    UnitRow withRelated(List<Related> units) {
        return new UnitRow(unit, typeKey, List.copyOf(units), childCount, context);
    }

    UnitRow withChildCount(int count) {
        return new UnitRow(unit, typeKey, related, count, context);
    }

    UnitRow withContext(String parentName) {
        return new UnitRow(unit, typeKey, related, childCount, parentName);
    }

    public String viewSlug() {
        return (unit.isCurrent() ? HierarchyView.CURRENT : HierarchyView.BEFORE_2025).slug();
    }

    /** {@code locality.type.<level>.<type>}, or {@code null} for a type the bundles do not name. */
    static String typeKey(AdministrativeUnit unit) {
        String slug = TYPE_SLUGS.get(VietnameseText.asciiKey(unit.type()));
        return slug == null ? null : "locality.type." + level(unit.level()) + "." + slug;
    }

    private static String level(UnitLevel level) {
        return switch (level) {
            case PROVINCE -> "province";
            case DISTRICT -> "district";
            case COMMUNE -> "commune";
        };
    }
}
