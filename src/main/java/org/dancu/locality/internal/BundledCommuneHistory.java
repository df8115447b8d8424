package org.dancu.locality.internal;

import java.util.ArrayList;
import java.util.List;

import org.dancu.locality.AdministrativeUnit;
import org.dancu.locality.CommuneHistory;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * {@link CommuneHistory#bundled()}: the reference data bundled in the jar and the mapping derived
 * from it, the same the loader writes to the database, held in memory without one.
 */
public final class BundledCommuneHistory {

    private BundledCommuneHistory() {
    }

    public static CommuneHistory load() {
        ReferenceData data = ReferenceData.load(new DefaultResourceLoader(), LocalityDataLoader.BUNDLED_DATA);
        List<AdministrativeUnit> units = new ArrayList<>(data.threeLevelUnits());
        units.addAll(data.twoLevelUnits());
        List<LocalityIndex.Link> links = CommuneSuccession.derive(data).links().stream()
                .map(link -> new LocalityIndex.Link(link.oldCode(), link.newCode(), link.partial()))
                .toList();
        return new LocalityIndex(units, links, data.provinceSuccession());
    }
}
