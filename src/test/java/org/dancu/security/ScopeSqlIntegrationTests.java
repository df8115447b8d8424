package org.dancu.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scope enforced where it matters, in SQL: a table of records carrying old and new commune codes
 * (and agency codes) is queried the way modules query their own tables, and each scope must
 * return exactly its rows. The table is temporary and the test's transaction is rolled back.
 */
@SecurityIntegrationTest
@Transactional
class ScopeSqlIntegrationTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    CurrentStaff currentStaff;

    @BeforeEach
    void createRecords() {
        jdbc.sql("CREATE TEMPORARY TABLE scoped_record (label text PRIMARY KEY, commune_code text NOT NULL, "
                + "agency_code text) ON COMMIT DROP").update();
        record("new Phường Mường Thanh (also the code of old Xã Thanh Xương)", "03334", "SO_NNMT");
        record("old Phường Noong Bua, now in Phường Mường Thanh", "03124", "SO_YT");
        record("old Phường Nam Thanh, now in Phường Mường Thanh", "03139", null);
        record("new Phường Điện Biên Phủ (also the code of old Phường Him Lam)", "03127", "SO_NNMT");
        record("old Phường Mường Thanh, now in Phường Điện Biên Phủ", "03136", null);
        record("Xã Nà Tấu, in former district 094 before and after", "03316", null);
        record("old Xã Nà Nhạn of former district 094, now in Xã Mường Phăng", "03317", null);
        record("Xã Mường Nhé, far from the city", "03160", "SO_NNMT");
        record("Phường Ba Đình, Hà Nội", "00004", "SO_NNMT");
        record("Phường Đoàn Kết, Lai Châu", "03388", null);
    }

    private void record(String label, String communeCode, String agencyCode) {
        jdbc.sql("INSERT INTO scoped_record VALUES (:label, :commune, :agency)")
                .param("label", label).param("commune", communeCode).param("agency", agencyCode).update();
    }

    /** The codes of the rows a scope sees, queried as a module would. */
    private List<String> visible(Scope scope) {
        SqlCondition condition = scope.communes("r.commune_code").and(scope.agency("r.agency_code"));
        return condition.bind(jdbc.sql("SELECT r.commune_code FROM scoped_record r WHERE " + condition.sql()
                + " ORDER BY r.commune_code")).query(String.class).list();
    }

    @Test
    void aCommuneOfficerSeesTheCommuneAndTheOldCommunesMergedIntoItOnly() {
        assertThat(visible(new Scope("03334", null))).containsExactly("03124", "03139", "03334");
        assertThat(visible(new Scope("03127", null))).containsExactly("03127", "03136");
    }

    @Test
    void aProvinceOfficerSeesTheWholeProvinceAndNoOtherProvince() {
        assertThat(visible(new Scope("11", null)))
                .containsExactly("03124", "03127", "03136", "03139", "03160", "03316", "03317", "03334");
    }

    /**
     * Former district 094 (Thành phố Điện Biên Phủ) covers the codes of its twelve old communes,
     * 03127 (old Phường Him Lam) among them; 03334 stays out: before the reform that code was Xã
     * Thanh Xương of district 100.
     */
    @Test
    void aFormerDistrictScopeSeesTheOldCommunesOfThatDistrict() {
        assertThat(visible(new Scope("094", null)))
                .containsExactly("03124", "03127", "03136", "03139", "03316", "03317");
    }

    @Test
    void anAgencyOfficerSeesOnlyTheAgencysRowsWithinTheLocality() {
        assertThat(visible(new Scope("11", "SO_NNMT"))).containsExactly("03127", "03160", "03334");
        assertThat(visible(new Scope("03334", "SO_YT"))).containsExactly("03124");
    }

    @Test
    void noScopeSeesNothing() {
        assertThat(visible(Scope.NONE)).isEmpty();
        assertThat(visible(new Scope(null, "SO_NNMT"))).isEmpty();
    }

    @Test
    void anUnknownScopeCodeSeesNothing() {
        assertThat(visible(new Scope("99", null))).isEmpty();
    }

    @Test
    void theSignedInOfficersScopeAppliesAndWithoutOneNothingIsVisible() {
        assertThat(visible(currentStaff.scope())).isEmpty();

        StaffPrincipal officer = new StaffPrincipal(1, "xa.muongthanh", "Cán bộ", Role.COMMUNE_OFFICER,
                new Scope("03334", null), false);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                officer, null, List.of(new SimpleGrantedAuthority(Role.COMMUNE_OFFICER.authority()))));

        assertThat(visible(currentStaff.scope())).containsExactly("03124", "03139", "03334");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }
}
