package org.dancu.cleansing.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.dancu.linkage.CommuneMapping;
import org.dancu.locality.Localities;
import org.springframework.stereotype.Component;

/** The linkage engine's commune mapping answered by the locality module, remembered per code. */
@Component
public class LocalityCommunes implements CommuneMapping {

    private final Localities localities;
    private final Map<String, String> current = new ConcurrentHashMap<>();
    private final Map<String, String> districts = new ConcurrentHashMap<>();

    LocalityCommunes(Localities localities) {
        this.localities = localities;
    }

    @Override
    public String current(String communeCode) {
        if (communeCode == null || communeCode.isBlank()) {
            return "";
        }
        return current.computeIfAbsent(communeCode, code -> localities.resolve(code)
                .filter(resolution -> resolution.currentSuccessors().size() == 1)
                .map(resolution -> resolution.currentSuccessors().get(0).code())
                .orElse(code));
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
