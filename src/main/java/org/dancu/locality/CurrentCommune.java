package org.dancu.locality;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer to "which current commune does this commune code stand for on this date?", the one
 * rule every module uses ({@link CommuneHistory#currentCommune}). The date decides which unit a
 * reused code meant: before 1 July 2025 the old commune that carried it, from then on the current
 * commune that carries it.
 */
public sealed interface CurrentCommune {

    /** The current commune's code, when there is exactly one; empty for a split or unknown commune. */
    default Optional<String> currentCode() {
        return this instanceof One one ? Optional.of(one.commune().code()) : Optional.empty();
    }

    /**
     * One current commune: the code names a current commune on that date, or its old commune went
     * whole into one successor.
     *
     * @param meant   the unit the code named on that date (an old or a current commune)
     * @param commune the current commune it lives on in
     */
    record One(AdministrativeUnit meant, AdministrativeUnit commune) implements CurrentCommune {

        public One {
            Objects.requireNonNull(meant, "meant");
            Objects.requireNonNull(commune, "commune");
        }
    }

    /**
     * An old commune that was split, or only partly transferred: a record of it cannot be placed in
     * one current commune without its address, so the caller asks for the address or sends the
     * record to review; it never takes one of the candidates silently.
     *
     * @param meant      the old commune the code named
     * @param candidates the current communes that took some of its territory, ordered by code
     */
    record Split(AdministrativeUnit meant, List<AdministrativeUnit> candidates) implements CurrentCommune {

        public Split {
            Objects.requireNonNull(meant, "meant");
            candidates = List.copyOf(candidates);
        }
    }

    /**
     * No commune ever carried the code, or the old commune it names has no known successor.
     *
     * @param code the code as given
     */
    record Unknown(String code) implements CurrentCommune {
    }
}
