package org.dancu.locality.internal.web;

import java.time.LocalDate;

import org.dancu.locality.Localities;

/** The two ways of looking at the hierarchy; the slugs are part of the page URLs and stay stable. */
enum HierarchyView {

    /** Province → commune, valid since 1 July 2025. */
    CURRENT("current", null),
    /** Province → district → commune, as on 30 June 2025. */
    BEFORE_2025("before2025", Localities.REFORM_2025.minusDays(1));

    private final String slug;
    private final LocalDate asOf;

    HierarchyView(String slug, LocalDate asOf) {
        this.slug = slug;
        this.asOf = asOf;
    }

    public String slug() {
        return slug;
    }

    /** The date to ask about, {@code null} for today's hierarchy. */
    LocalDate asOf() {
        return asOf;
    }

    /** The view a URL asks for, or {@code null} when it asks for none (or for one that does not exist). */
    static HierarchyView fromSlug(String slug) {
        for (HierarchyView view : values()) {
            if (view.slug.equals(slug)) {
                return view;
            }
        }
        return null;
    }
}
