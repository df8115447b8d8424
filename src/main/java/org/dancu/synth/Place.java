package org.dancu.synth;

import java.util.List;
import java.util.SplittableRandom;

import org.dancu.synth.ProvinceLayout.Commune;
import org.dancu.synth.ProvinceLayout.District;

/** A commune as the generator sees it: its district, the ethnic mix of its households and its villages. */
record Place(Commune commune, District district, Weighted<EthnicGroup> householdGroups, List<String> villages) {

    String address(SplittableRandom random) {
        String village = villages.get(random.nextInt(villages.size()));
        String tail = commune.fullName() + ", " + district.fullName();
        return commune.urban() ? "Số " + (1 + random.nextInt(120)) + ", " + village + ", " + tail
                : village + ", " + tail;
    }
}
