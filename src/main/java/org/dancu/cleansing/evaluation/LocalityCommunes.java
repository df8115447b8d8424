package org.dancu.cleansing.evaluation;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.dancu.civil.ProvinceTime;
import org.dancu.linkage.CommuneMapping;
import org.dancu.locality.Localities;
import org.springframework.stereotype.Component;

/**
 * The linkage engine's commune mapping answered by the locality module's rule for today, remembered
 * per code; a split or unknown commune compares as written.
 */
@Component
public class LocalityCommunes implements CommuneMapping {

    private final Localities localities;
    private final ProvinceTime time;
    private final Map<String, String> current = new ConcurrentHashMap<>();
    private final Map<String, String> districts = new ConcurrentHashMap<>();

    LocalityCommunes(Localities localities, ProvinceTime time) {
        this.localities = localities;
        this.time = time;
    }

    @Override
    public String current(String communeCode) {
        if (communeCode == null || communeCode.isBlank()) {
            return "";
        }
        return current.computeIfAbsent(communeCode, code -> localities.currentCommune(code, time.today())
                .currentCode().orElse(code));
    }

    @Override
    public String formerDistrict(String communeCode) {
        if (communeCode == null || communeCode.isBlank()) {
            return "";
        }
        return districts.computeIfAbsent(communeCode, code -> localities.formerCommune(code)
                .map(resolution -> resolution.unit().parentCode())
                .orElse(""));
    }
}
