package org.dancu.security.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.dancu.locality.AdministrativeUnit;
import org.dancu.locality.Localities;
import org.dancu.locality.Resolution;
import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Which scope each role may have. Administrators and auditors cover the deployment province;
 * province officers the province or one former district; commune officers one current commune;
 * agency officers one agency, optionally narrowed to a unit. Every unit lies in the deployment
 * province.
 */
@Component
class ScopeRules {

    static final String LOCALITY = "scopeLocality";
    static final String AGENCY = "scopeAgency";

    private final Localities localities;
    private final Agencies agencies;

    ScopeRules(Localities localities, Agencies agencies) {
        this.localities = localities;
        this.agencies = agencies;
    }

    /** The scope the role gets from these form values, or the problems with them. */
    Scope scopeFor(Role role, String localityInput, String agencyInput) {
        String locality = StringUtils.hasText(localityInput) ? localityInput.strip() : null;
        String agency = StringUtils.hasText(agencyInput) ? agencyInput.strip() : null;
        List<FieldProblem> problems = new ArrayList<>();
        if (role == Role.AGENCY_OFFICER) {
            if (agency == null) {
                problems.add(new FieldProblem(AGENCY, "security.account.error.agency-required"));
            } else if (agencies.find(agency).isEmpty()) {
                problems.add(new FieldProblem(AGENCY, "security.account.error.agency-unknown"));
            }
        } else if (agency != null) {
            problems.add(new FieldProblem(AGENCY, "security.account.error.agency-not-allowed"));
        }
        String province = localities.deploymentProvince().code();
        if (locality == null && (role == Role.ADMINISTRATOR || role == Role.AUDITOR)) {
            locality = province;
        }
        localityProblem(role, locality, province).ifPresent(code -> problems.add(new FieldProblem(LOCALITY, code)));
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new Scope(locality, agency);
    }

    private Optional<String> localityProblem(Role role, String code, String province) {
        if (code == null) {
            return role == Role.AGENCY_OFFICER ? Optional.empty()
                    : Optional.of("security.account.error.locality-required");
        }
        Optional<AdministrativeUnit> unit = localities.resolve(code).map(Resolution::unit);
        if (unit.isEmpty()) {
            return Optional.of("security.account.error.locality-unknown");
        }
        if (!localities.withinDeployment(code)) {
            return Optional.of("security.account.error.locality-outside");
        }
        String mismatch = switch (role) {
            case ADMINISTRATOR, AUDITOR -> code.equals(province) ? null : "security.account.error.locality-province";
            case PROVINCE_OFFICER -> code.equals(province) || Units.isDistrict(unit.get()) ? null
                    : "security.account.error.locality-province-or-district";
            case COMMUNE_OFFICER, CLERK, DIGITISER, SPOT_CHECKER -> Units.isCurrentCommune(unit.get()) ? null
                    : "security.account.error.locality-commune";
            case AGENCY_OFFICER -> null;
        };
        return Optional.ofNullable(mismatch);
    }
}
