package org.dancu.register.persons;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.dancu.cleansing.CleansingFixtures;
import org.dancu.register.HouseholdRecords;
import org.dancu.register.LifeEvents;
import org.dancu.register.PersonCriteria;
import org.dancu.register.PersonRecords;
import org.dancu.register.PersonSearch;
import org.dancu.register.PersonSummary;
import org.dancu.register.RegisterTestData;
import org.dancu.register.SearchPage;
import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.dancu.security.StaffPrincipal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * An agency officer reaches in the register only the persons linked to a record of the agency's own
 * sector datasets: search, profile, history and household, whatever the officer's locality.
 */
@SpringBootTest
class AgencyScopeTests {

    private static final String AGENCY = "SO_NNMT";
    private static final String OTHER_AGENCY = "THUE";
    private static final String ORIGIN = "198.51.100.8";

    @Autowired ApplicationContext context;
    @Autowired PersonSearch search;
    @Autowired PersonRecords records;
    @Autowired HouseholdRecords households;
    @Autowired LifeEvents lifeEvents;
    @Autowired JdbcClient jdbc;

    private Map<String, Object> linked;
    private Map<String, Object> otherAgencys;
    private final List<Long> datasets = new ArrayList<>();

    @BeforeEach
    void linkOnePersonToEachAgency() throws IOException {
        RegisterTestData.ensureLoaded(context);
        List<Map<String, Object>> persons = jdbc.sql("""
                SELECT person_id, pin, full_name, birth_year, household_id FROM register.person
                WHERE household_id IS NOT NULL ORDER BY person_id LIMIT 2""").query().listOfRows();
        linked = persons.get(0);
        otherAgencys = persons.get(1);
        datasets.add(CleansingFixtures.linkToAgency(jdbc, AGENCY, (Long) linked.get("person_id")));
        datasets.add(CleansingFixtures.linkToAgency(jdbc, OTHER_AGENCY, (Long) otherAgencys.get("person_id")));
        signIn(new Scope("11", AGENCY));
    }

    @AfterEach
    void removeTheDatasets() {
        SecurityContextHolder.clearContext();
        datasets.forEach(dataset -> CleansingFixtures.removeDataset(jdbc, dataset));
    }

    private static void signIn(Scope scope) {
        StaffPrincipal principal = new StaffPrincipal(0, "agency-test", "Agency test", Role.AGENCY_OFFICER, scope,
                false);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                principal, null, AuthorityUtils.createAuthorityList(Role.AGENCY_OFFICER.authority())));
    }

    private List<Long> ids(SearchPage page) {
        return page.rows().stream().map(PersonSummary::personId).toList();
    }

    @Test
    void aSearchFindsOnlyPersonsLinkedToTheAgencysRecords() {
        String familyName = ((String) linked.get("full_name")).split(" ")[0];
        SearchPage byName = search.search(PersonCriteria.byName(familyName, null), ORIGIN);
        SearchPage byOwnPin = search.search(PersonCriteria.byPin((String) linked.get("pin")), ORIGIN);
        SearchPage byOtherPin = search.search(PersonCriteria.byPin((String) otherAgencys.get("pin")), ORIGIN);
        SearchPage byOtherName = search.search(PersonCriteria.byName((String) otherAgencys.get("full_name"),
                (Integer) otherAgencys.get("birth_year")), ORIGIN);

        assertThat(ids(byName)).containsExactly((Long) linked.get("person_id"));
        assertThat(byName.found()).isEqualTo(1);
        assertThat(ids(byOwnPin)).containsExactly((Long) linked.get("person_id"));
        assertThat(byOtherPin.rows()).isEmpty();
        assertThat(byOtherName.rows()).isEmpty();
        assertThat(byOtherName.found()).isZero();
    }

    @Test
    void theProfileHistoryAndHouseholdOfAPersonNotLinkedAreRefused() {
        long other = (Long) otherAgencys.get("person_id");

        assertThat(records.read((Long) linked.get("person_id"), ORIGIN)).isPresent();
        assertThat(records.read(other, ORIGIN)).isEmpty();
        assertThat(lifeEvents.history(other, LocalDate.now(), ORIGIN)).isEmpty();
        assertThat(households.read((Long) linked.get("household_id"), ORIGIN)).hasValueSatisfying(household ->
                assertThat(household.members()).extracting(member -> member.personId())
                        .containsExactly((Long) linked.get("person_id")));
        if (!otherAgencys.get("household_id").equals(linked.get("household_id"))) {
            assertThat(households.read((Long) otherAgencys.get("household_id"), ORIGIN)).isEmpty();
        }
    }

    @Test
    void anAgencyOfficerWithoutALocalityReachesNobody() {
        signIn(new Scope(null, AGENCY));

        assertThat(search.search(PersonCriteria.byPin((String) linked.get("pin")), ORIGIN).rows()).isEmpty();
        assertThat(records.read((Long) linked.get("person_id"), ORIGIN)).isEmpty();
    }

    @Test
    void aProvinceOfficerStillReachesEveryone() {
        SecurityContextHolder.clearContext();
        StaffPrincipal officer = new StaffPrincipal(0, "province-test", "Province test", Role.PROVINCE_OFFICER,
                new Scope("11", null), false);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                officer, null, AuthorityUtils.createAuthorityList(Role.PROVINCE_OFFICER.authority())));

        String familyName = ((String) linked.get("full_name")).split(" ")[0];
        assertThat(records.read((Long) otherAgencys.get("person_id"), ORIGIN)).isPresent();
        assertThat(search.search(PersonCriteria.byName(familyName, null), ORIGIN).found()).isGreaterThan(1);
    }
}
