package org.dancu.steering.indicators;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;

/**
 * The units a request asks for, of one level: the codes given in {@code unit} (the province's code
 * standing for all units of the level, an old district's for its old communes), or, when none is
 * given, every unit of the level the caller may read.
 *
 * @param level    the level of every unit
 * @param codes    unit codes (agency codes at the agency level), in the order asked
 * @param explicit whether the caller named them, so that every one must be within their scope
 */
record UnitSelection(UnitLevel level, List<String> codes, boolean explicit) {

    private static final Pattern LOCALITY = Pattern.compile("[0-9]{2}|[0-9]{3}|[0-9]{5}");
    private static final Pattern AGENCY = Pattern.compile("[A-Z][A-Z0-9_]{1,19}");

    /** The caller's {@code unitLevel} (default: the province) and {@code unit} (default: all). */
    static UnitSelection parse(String levelParameter, String unitParameter, ProvinceUnits units) {
        UnitLevel level = levelParameter == null || levelParameter.isBlank() ? UnitLevel.PROVINCE
                : UnitLevel.of(levelParameter.strip()).orElseThrow(() ->
                        InvalidIndicatorRequest.badRequest("steering.api.error.unit-level", levelParameter.strip()));
        if (unitParameter == null || unitParameter.isBlank()) {
            return new UnitSelection(level, units.of(level, units.province()), false);
        }
        Set<String> codes = new LinkedHashSet<>();
        for (String code : unitParameter.split(",", -1)) {
            codes.addAll(expand(level, code.strip(), units));
        }
        return new UnitSelection(level, new ArrayList<>(codes), true);
    }

    private static List<String> expand(UnitLevel level, String code, ProvinceUnits units) {
        boolean wellFormed = level == UnitLevel.AGENCY
                ? AGENCY.matcher(code).matches() || code.equals(units.province())
                : LOCALITY.matcher(code).matches();
        if (!wellFormed) {
            throw InvalidIndicatorRequest.badRequest("steering.api.error.unit", code);
        }
        List<String> found = units.of(level, code);
        if (found.isEmpty()) {
            throw new InvalidIndicatorRequest(HttpStatus.NOT_FOUND, "steering.api.error.unit-unknown", code,
                    level.parameter());
        }
        return found;
    }
}
