package org.dancu.register.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;

import org.dancu.register.InvalidSearchException;
import org.dancu.register.PersonCriteria;
import org.dancu.register.PersonSearch;
import org.dancu.register.PersonSummary;
import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.dancu.security.StaffPrincipal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

@SpringBootTest
class PersonSearchTests {

    private static final String MUONG_THANH = "03334";

    @Autowired ApplicationContext context;
    @Autowired PersonSearch search;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void load() throws IOException {
        RegisterTestData.ensureLoaded(context);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static void signIn(Role role, String locality) {
        StaffPrincipal principal = new StaffPrincipal(0, "search-test", "Search test", role,
                new Scope(locality, null), false);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                principal, null, AuthorityUtils.createAuthorityList(role.authority())));
    }

    private static List<String> pins(List<PersonSummary> rows) {
        return rows.stream().map(PersonSummary::pin).toList();
    }

    @Test
    void aProvinceOfficerFindsAPersonByPin() {
        Map<String, Object> person = RegisterTestData.personInScope(jdbc, MUONG_THANH, false);
        signIn(Role.PROVINCE_OFFICER, "11");

        List<PersonSummary> rows = search.search(PersonCriteria.byPin((String) person.get("pin"))).rows();

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.fullName()).isEqualTo(person.get("full_name"));
            assertThat(row.personId()).isEqualTo(person.get("person_id"));
        });
    }

    @Test
    void aNameWithoutDiacriticsInAnyCaseFindsThePersonOfThatYear() {
        Map<String, Object> person = RegisterTestData.personInScope(jdbc, MUONG_THANH, false);
        signIn(Role.PROVINCE_OFFICER, "11");
        String plain = Normalizer.normalize((String) person.get("full_name"), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D').toUpperCase();

        List<PersonSummary> rows = search.search(
                PersonCriteria.byName(plain, (Integer) person.get("birth_year"))).rows();

        assertThat(pins(rows)).contains((String) person.get("pin"));
        assertThat(rows).allSatisfy(row -> assertThat(row.birthDate()).startsWith(person.get("birth_year").toString()));
    }

    @Test
    void theOtherTonePlacementFindsTheSamePeople() {
        Map<String, Object> person = jdbc.sql("""
                        SELECT pin, full_name, birth_year FROM register.person
                        WHERE full_name ~ '(òa|óa|ỏa|õa|ọa|ùy|úy|ủy|ũy|ụy)' ORDER BY person_id LIMIT 1""")
                .query().singleRow();
        String name = (String) person.get("full_name");
        String moved = Normalizer.normalize(Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("([ou])(\\p{M})([ay])", "$1$3$2"), Normalizer.Form.NFC);
        assertThat(moved).isNotEqualTo(name);
        signIn(Role.PROVINCE_OFFICER, "11");

        List<PersonSummary> rows = search.search(
                PersonCriteria.byName(moved, (Integer) person.get("birth_year"))).rows();

        assertThat(pins(rows)).contains((String) person.get("pin"));
    }

    @Test
    void aWordInsideTheNameMatchesFromItsStart() {
        Map<String, Object> person = RegisterTestData.personInScope(jdbc, MUONG_THANH, false);
        String fullName = (String) person.get("full_name");
        String givenName = fullName.substring(fullName.lastIndexOf(' ') + 1);
        signIn(Role.PROVINCE_OFFICER, "11");

        List<PersonSummary> rows = search.search(
                PersonCriteria.byName(givenName, (Integer) person.get("birth_year"))).rows();

        assertThat(pins(rows)).contains((String) person.get("pin"));
    }

    @Test
    void aCommuneOfficerCannotReachAnotherCommunesPersonEvenByExactPin() {
        Map<String, Object> outside = RegisterTestData.personInScope(jdbc, MUONG_THANH, false);
        Map<String, Object> inside = RegisterTestData.personInScope(jdbc, MUONG_THANH, true);
        signIn(Role.COMMUNE_OFFICER, MUONG_THANH);

        assertThat(search.search(PersonCriteria.byPin((String) outside.get("pin"))).rows()).isEmpty();
        assertThat(pins(search.search(PersonCriteria.byPin((String) inside.get("pin"))).rows()))
                .containsExactly((String) inside.get("pin"));
    }

    @Test
    void aCommuneOfficersNameSearchReturnsOnlyTheirCommune() {
        Map<String, Object> outside = RegisterTestData.personInScope(jdbc, MUONG_THANH, false);
        String fullName = (String) outside.get("full_name");
        String familyName = fullName.substring(0, fullName.indexOf(' '));
        List<String> inScope = jdbc.sql("""
                        SELECT pin FROM register.person WHERE commune_code IN
                            (SELECT commune_code FROM locality.scope_commune WHERE scope_code = :scope)""")
                .param("scope", MUONG_THANH).query(String.class).list();
        signIn(Role.COMMUNE_OFFICER, MUONG_THANH);

        List<PersonSummary> rows = search.search(PersonCriteria.byName(familyName, null)).rows();

        assertThat(pins(rows)).doesNotContain((String) outside.get("pin")).allMatch(inScope::contains);
        signIn(Role.PROVINCE_OFFICER, "11");
        assertThat(pins(search.search(PersonCriteria.byName(familyName, (Integer) outside.get("birth_year"))).rows()))
                .contains((String) outside.get("pin"));
    }

    @Test
    void nobodySignedInFindsNobody() {
        Map<String, Object> person = RegisterTestData.personInScope(jdbc, MUONG_THANH, true);

        assertThat(search.search(PersonCriteria.byPin((String) person.get("pin"))).rows()).isEmpty();
    }

    @Test
    void resultsArePagedByFifty() {
        signIn(Role.PROVINCE_OFFICER, "11");
        String common = jdbc.sql("""
                        SELECT split_part(name_key, ' ', 1) FROM register.person
                        GROUP BY 1 ORDER BY count(*) DESC LIMIT 1""").query(String.class).single();

        var first = search.search(new PersonCriteria(null, common, null, null, null, 0));
        var second = search.search(new PersonCriteria(null, common, null, null, null, 1));

        assertThat(first.rows()).hasSize(PersonSearch.PAGE_SIZE);
        assertThat(first.more()).isTrue();
        assertThat(pins(second.rows())).isNotEmpty().doesNotContainAnyElementsOf(pins(first.rows()));
    }

    @ParameterizedTest
    @CsvSource({
        "0110901234,WRONG_LENGTH",
        "11090123456,LEADING_ZERO_LOST",
        "011x90123456,NOT_DIGITS",
        "123456789,OLD_ID_NUMBER",
        "999090123456,UNKNOWN_PROVINCE"})
    void anInvalidPinIsRefusedWithItsReason(String pin, String reason) {
        signIn(Role.PROVINCE_OFFICER, "11");

        assertThatThrownBy(() -> search.search(PersonCriteria.byPin(pin)))
                .isInstanceOf(InvalidSearchException.class)
                .extracting(e -> ((InvalidSearchException) e).messageKey())
                .isEqualTo("register.search.error.pin." + reason);
    }

    @Test
    void aTooShortNameIsRefused() {
        signIn(Role.PROVINCE_OFFICER, "11");

        assertThatThrownBy(() -> search.search(PersonCriteria.byName(" a ", null)))
                .isInstanceOf(InvalidSearchException.class)
                .extracting(e -> ((InvalidSearchException) e).messageKey())
                .isEqualTo("register.search.error.criteria");
    }
}
