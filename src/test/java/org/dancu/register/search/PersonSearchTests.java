package org.dancu.register.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dancu.civil.VietnameseText;
import org.dancu.register.InvalidSearchException;
import org.dancu.register.PersonCriteria;
import org.dancu.register.PersonProfile;
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
    private static final String ORIGIN = "198.51.100.7";

    @Autowired ApplicationContext context;
    @Autowired PersonSearch search;
    @Autowired PersonRecords records;
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

    private SearchPage find(PersonCriteria criteria) {
        return search.search(criteria, ORIGIN);
    }

    private Map<String, Object> lastSearchEntry() {
        return jdbc.sql("SELECT actor_id, object_type, object_id, origin, detail FROM audit.ledger"
                + " WHERE action = 'register.person.search' ORDER BY seq DESC LIMIT 1").query().singleRow();
    }

    private long searchEntries() {
        return jdbc.sql("SELECT count(*) FROM audit.ledger WHERE action = 'register.person.search'")
                .query(Long.class).single();
    }

    private static List<String> pins(List<PersonSummary> rows) {
        return rows.stream().map(PersonSummary::pin).toList();
    }

    @Test
    void aProvinceOfficerFindsAPersonByPin() {
        Map<String, Object> person = RegisterTestData.personInScope(jdbc, MUONG_THANH, false);
        signIn(Role.PROVINCE_OFFICER, "11");

        List<PersonSummary> rows = find(PersonCriteria.byPin((String) person.get("pin"))).rows();

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

        List<PersonSummary> rows = find(
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

        List<PersonSummary> rows = find(
                PersonCriteria.byName(moved, (Integer) person.get("birth_year"))).rows();

        assertThat(pins(rows)).contains((String) person.get("pin"));
    }

    @Test
    void aWordInsideTheNameMatchesFromItsStart() {
        Map<String, Object> person = RegisterTestData.personInScope(jdbc, MUONG_THANH, false);
        String fullName = (String) person.get("full_name");
        String givenName = fullName.substring(fullName.lastIndexOf(' ') + 1);
        signIn(Role.PROVINCE_OFFICER, "11");

        List<PersonSummary> rows = find(
                PersonCriteria.byName(givenName, (Integer) person.get("birth_year"))).rows();

        assertThat(pins(rows)).contains((String) person.get("pin"));
    }

    @Test
    void everyWordStartOfAKeyIsKeptWithItsPlaceForTheSearchAndNothingElse() {
        Map<String, List<String>> words = new LinkedHashMap<>();
        for (String key : List.of("lo van on", "a  b", " x y ", "", "z")) {
            words.put(key, jdbc.sql("SELECT word_position || ':' || words FROM register.name_words(:key)")
                    .param("key", key).query(String.class).list());
        }
        assertThat(words).containsExactly(Map.entry("lo van on", List.of("0:lo van on", "1:van on", "2:on")),
                Map.entry("a  b", List.of("0:a  b", "1:b")), Map.entry(" x y ", List.of("0:x y ", "1:y ")),
                Map.entry("", List.of()), Map.entry("z", List.of("0:z")));
        assertThat(jdbc.sql("""
                SELECT count(*) FROM register.person p
                WHERE (SELECT array_agg(w.word_position || ':' || w.words ORDER BY w.word_position)
                       FROM register.person_name_word w WHERE w.person_id = p.person_id)
                      IS DISTINCT FROM (SELECT array_agg(n.word_position || ':' || n.words ORDER BY n.word_position)
                                        FROM register.name_words(p.name_key) n)""")
                .query(Long.class).single()).as("persons whose kept words differ from their key's").isZero();
    }

    @Test
    void aPieceFromInsideAWordDoesNotMatch() {
        Map<String, Object> person = jdbc.sql("""
                        SELECT pin, name_key, birth_year FROM register.person
                        WHERE name_key ~ ' [a-z]{4,}$' ORDER BY person_id LIMIT 1""").query().singleRow();
        String key = (String) person.get("name_key");
        String inside = key.substring(key.lastIndexOf(' ') + 2);
        assertThat((" " + key).contains(" " + inside)).isFalse();
        signIn(Role.PROVINCE_OFFICER, "11");

        List<PersonSummary> rows = find(PersonCriteria.byName(inside, (Integer) person.get("birth_year"))).rows();

        assertThat(pins(rows)).doesNotContain((String) person.get("pin"));
    }

    @Test
    void aProfileCarriesTheHouseholdAndTheRelativesInScope() {
        Map<String, Object> person = jdbc.sql("""
                        SELECT p.person_id, p.household_id FROM register.person p
                        JOIN register.person f ON f.pin = p.father_pin
                        WHERE p.household_id IS NOT NULL ORDER BY p.person_id LIMIT 1""").query().singleRow();
        List<Long> members = jdbc.sql("""
                        SELECT person_id FROM register.person WHERE household_id = :household AND person_id <> :id
                        ORDER BY person_id""")
                .param("household", person.get("household_id")).param("id", person.get("person_id"))
                .query(Long.class).list();
        Long father = jdbc.sql("""
                        SELECT f.person_id FROM register.person p JOIN register.person f ON f.pin = p.father_pin
                        WHERE p.person_id = :id""").param("id", person.get("person_id")).query(Long.class).single();
        signIn(Role.PROVINCE_OFFICER, "11");

        PersonProfile profile = records.read((Long) person.get("person_id"), ORIGIN).orElseThrow();

        assertThat(profile.household()).extracting(PersonProfile.Relative::personId).containsExactlyElementsOf(members);
        assertThat(profile.relatives()).filteredOn(relative -> relative.relation().equals("FATHER"))
                .singleElement().extracting(PersonProfile.Relative::personId).isEqualTo(father);
    }

    @Test
    void contactDetailsAreDecryptedOnlyForTheRolesShownThem() {
        Long id = jdbc.sql("SELECT person_id FROM register.person WHERE phone_cipher IS NOT NULL ORDER BY person_id"
                + " LIMIT 1").query(Long.class).single();
        signIn(Role.PROVINCE_OFFICER, "11");
        assertThat(records.read(id, ORIGIN).orElseThrow().phone()).isNotBlank();

        signIn(Role.AGENCY_OFFICER, "11");
        PersonProfile seen = records.read(id, ORIGIN).orElseThrow();

        assertThat(seen.phone()).isNull();
        assertThat(seen.email()).isNull();
    }

    @Test
    void aCommuneOfficerCannotReachAnotherCommunesPersonEvenByExactPin() {
        Map<String, Object> outside = RegisterTestData.personInScope(jdbc, MUONG_THANH, false);
        Map<String, Object> inside = RegisterTestData.personInScope(jdbc, MUONG_THANH, true);
        signIn(Role.COMMUNE_OFFICER, MUONG_THANH);

        assertThat(find(PersonCriteria.byPin((String) outside.get("pin"))).rows()).isEmpty();
        assertThat(pins(find(PersonCriteria.byPin((String) inside.get("pin"))).rows()))
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

        List<PersonSummary> rows = find(PersonCriteria.byName(familyName, null)).rows();

        assertThat(pins(rows)).doesNotContain((String) outside.get("pin")).allMatch(inScope::contains);
        signIn(Role.PROVINCE_OFFICER, "11");
        assertThat(pins(find(PersonCriteria.byName(familyName, (Integer) outside.get("birth_year"))).rows()))
                .contains((String) outside.get("pin"));
    }

    @Test
    void aNameWithoutAYearFindsItsBearersOfEveryYear() {
        signIn(Role.PROVINCE_OFFICER, "11");
        String key = jdbc.sql("""
                SELECT name_key FROM register.person GROUP BY name_key
                HAVING count(DISTINCT birth_year) >= 3 AND count(*) <= 10 ORDER BY count(*) DESC, name_key LIMIT 1""")
                .query(String.class).single();
        List<String> bearers = jdbc.sql("SELECT pin FROM register.person WHERE (' ' || name_key) LIKE :pattern")
                .param("pattern", "% " + key + "%").query(String.class).list();
        assertThat(bearers).hasSizeBetween(3, PersonSearch.PAGE_SIZE);

        assertThat(pins(find(PersonCriteria.byName(key, null)).rows())).containsExactlyInAnyOrderElementsOf(bearers);
    }

    @Test
    void nobodySignedInFindsNobody() {
        Map<String, Object> person = RegisterTestData.personInScope(jdbc, MUONG_THANH, true);

        assertThat(find(PersonCriteria.byPin((String) person.get("pin"))).rows()).isEmpty();
    }

    @Test
    void resultsArePagedByFifty() {
        signIn(Role.PROVINCE_OFFICER, "11");
        String common = jdbc.sql("""
                        SELECT split_part(name_key, ' ', 1) FROM register.person
                        GROUP BY 1 ORDER BY count(*) DESC LIMIT 1""").query(String.class).single();

        var first = find(new PersonCriteria(null, common, null, null, null, 0));
        var second = find(new PersonCriteria(null, common, null, null, null, 1));

        assertThat(first.rows()).hasSize(PersonSearch.PAGE_SIZE);
        assertThat(first.more()).isTrue();
        assertThat(pins(second.rows())).isNotEmpty().doesNotContainAnyElementsOf(pins(first.rows()));
    }

    /** Where a typed key starts a word of a name key: the words before it and the key from there. */
    private record Place(int position, String words) implements Comparable<Place> {

        /** The earliest word of {@code nameKey} the typed key starts, or null; counted as V18 counts. */
        static Place of(String nameKey, String typed) {
            int position = 0;
            for (int start = 0; start < nameKey.length(); start++) {
                if (nameKey.charAt(start) != ' ' && (start == 0 || nameKey.charAt(start - 1) == ' ')) {
                    if (nameKey.startsWith(typed, start)) {
                        return new Place(position, nameKey.substring(start));
                    }
                    position++;
                }
            }
            return null;
        }

        @Override
        public int compareTo(Place other) {
            return position != other.position ? Integer.compare(position, other.position) : words.compareTo(other.words);
        }
    }

    /** Every person in the scope whose name a key finds, closest first, worked out here from the persons' keys. */
    private List<Place> rankedHere(String typed, String scope) {
        return jdbc.sql("""
                        SELECT name_key FROM register.person WHERE commune_code IN
                            (SELECT commune_code FROM locality.scope_commune WHERE scope_code = :scope)""")
                .param("scope", scope).query(String.class).list().stream()
                .map(key -> Place.of(key, typed)).filter(java.util.Objects::nonNull).sorted().toList();
    }

    private List<Place> places(SearchPage page, String typed) {
        return page.rows().stream().map(row -> Place.of(VietnameseText.asciiKey(row.fullName()), typed)).toList();
    }

    @Test
    void namesThatBeginWithTheTypedWordsComeBeforeNamesWhereTheyStartALaterWord() {
        signIn(Role.PROVINCE_OFFICER, "11");
        String typed = commonWordAlsoInsideNames();
        List<Place> expected = rankedHere(typed, "11");
        assertThat(expected).as("a common start that also appears inside names")
                .hasSizeGreaterThan(PersonSearch.PAGE_SIZE).anyMatch(place -> place.position() > 0);

        SearchPage first = find(PersonCriteria.byName(typed, null));
        SearchPage last = find(new PersonCriteria(null, typed, null, null, null, (expected.size() - 1) / PersonSearch.PAGE_SIZE));

        assertThat(places(first, typed)).containsExactlyElementsOf(expected.subList(0, PersonSearch.PAGE_SIZE));
        assertThat(places(last, typed)).containsExactlyElementsOf(
                expected.subList(last.page() * PersonSearch.PAGE_SIZE, expected.size()));
    }

    @Test
    void aWholeWordComesBeforeALongerWordThatStartsTheSame() {
        assertThat(List.of(Place.of("lo thinh", "thi"), Place.of("nguyen thi an", "thi"), Place.of("thi an", "thi"))
                .stream().sorted().toList())
                .as("the rank worked out here").containsExactly(new Place(0, "thi an"), new Place(1, "thi an"),
                        new Place(1, "thinh"));
        signIn(Role.PROVINCE_OFFICER, "11");

        List<Place> shown = places(find(PersonCriteria.byName("thi", null)), "thi");

        assertThat(shown).isSorted().isEqualTo(rankedHere("thi", "11").subList(0, shown.size()));
    }

    /** The word most names hold that begins some names and stands later in others. */
    private String commonWordAlsoInsideNames() {
        return jdbc.sql("""
                SELECT word FROM register.person, regexp_split_to_table(name_key, ' +') WITH ORDINALITY AS w(word, n)
                WHERE word <> '' GROUP BY word HAVING bool_or(n = 1) AND bool_or(n > 1)
                ORDER BY count(*) DESC, word LIMIT 1""").query(String.class).single();
    }

    @Test
    void theCountIsEveryPersonFoundInTheScope() {
        String typed = commonWordAlsoInsideNames();
        List<Place> inProvince = rankedHere(typed, "11");
        List<Place> inCommune = rankedHere(typed, MUONG_THANH);
        assertThat(inProvince).hasSizeBetween(PersonSearch.PAGE_SIZE + 1, SearchPage.COUNT_LIMIT);
        assertThat(inCommune).isNotEmpty().hasSizeLessThan(inProvince.size());

        signIn(Role.PROVINCE_OFFICER, "11");
        SearchPage province = find(PersonCriteria.byName(typed, null));
        signIn(Role.COMMUNE_OFFICER, MUONG_THANH);
        SearchPage commune = find(PersonCriteria.byName(typed, null));

        assertThat(province.found()).isEqualTo(inProvince.size());
        assertThat(province.foundMore()).isFalse();
        assertThat(province.rows()).hasSize(PersonSearch.PAGE_SIZE);
        assertThat(commune.found()).isEqualTo(inCommune.size());
    }

    @Test
    void aCountBelowAPageIsTheRowsShown() {
        Map<String, Object> person = RegisterTestData.personInScope(jdbc, MUONG_THANH, true);
        signIn(Role.PROVINCE_OFFICER, "11");

        SearchPage page = find(PersonCriteria.byName((String) person.get("full_name"), (Integer) person.get("birth_year")));

        assertThat(page.rows()).isNotEmpty().hasSizeLessThan(PersonSearch.PAGE_SIZE);
        assertThat(page.found()).isEqualTo(page.rows().size());
    }

    @Test
    void aPersonFoundInTwoWordsIsListedOnce() {
        Map<String, Object> person = jdbc.sql("""
                        SELECT pin, name_key FROM register.person
                        WHERE split_part(name_key, ' ', 1) = left(split_part(name_key, ' ', 2), length(split_part(name_key, ' ', 1)))
                        ORDER BY person_id LIMIT 1""").query().singleRow();
        String family = ((String) person.get("name_key")).split(" ")[0];
        signIn(Role.PROVINCE_OFFICER, "11");

        SearchPage page = find(PersonCriteria.byName(family, null));

        assertThat(pins(page.rows())).doesNotHaveDuplicates();
        assertThat(page.found()).isEqualTo(rankedHere(family, "11").size());
    }

    @Test
    void aResultListIsOneLedgerEntryNamingTheQueryAndThePersonsButNoNameOrId() {
        Map<String, Object> person = RegisterTestData.personInScope(jdbc, MUONG_THANH, false);
        String fullName = (String) person.get("full_name");
        String familyName = fullName.substring(0, fullName.indexOf(' '));
        int year = (Integer) person.get("birth_year");
        signIn(Role.PROVINCE_OFFICER, "11");
        long before = searchEntries();

        SearchPage found = find(PersonCriteria.byName(familyName, year));

        assertThat(searchEntries()).isEqualTo(before + 1);
        Map<String, Object> entry = lastSearchEntry();
        String ids = found.rows().stream().map(row -> String.valueOf(row.personId()))
                .collect(java.util.stream.Collectors.joining(" "));
        assertThat(found.rows()).hasSizeGreaterThan(0);
        assertThat(entry).containsEntry("actor_id", "search-test").containsEntry("object_type", "person")
                .containsEntry("origin", ORIGIN).containsEntry("object_id", null);
        assertThat((String) entry.get("detail"))
                .isEqualTo("name=given, year=" + year + ", sex=*, commune=*, page=0; persons " + ids)
                .doesNotContain(familyName).doesNotContain(VietnameseText.asciiKey(familyName));
    }

    @Test
    void aPinLookupIsAuditedWithoutThePin() {
        Map<String, Object> person = RegisterTestData.personInScope(jdbc, MUONG_THANH, false);
        signIn(Role.PROVINCE_OFFICER, "11");

        find(PersonCriteria.byPin((String) person.get("pin")));

        assertThat((String) lastSearchEntry().get("detail")).isEqualTo("pin=given; persons " + person.get("person_id"));
    }

    @Test
    void aRefusedSearchWritesNoLedgerEntry() {
        signIn(Role.PROVINCE_OFFICER, "11");
        long before = searchEntries();

        assertThatThrownBy(() -> find(PersonCriteria.byPin("0110901234"))).isInstanceOf(InvalidSearchException.class);

        assertThat(searchEntries()).isEqualTo(before);
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

        assertThatThrownBy(() -> find(PersonCriteria.byPin(pin)))
                .isInstanceOf(InvalidSearchException.class)
                .extracting(e -> ((InvalidSearchException) e).messageKey())
                .isEqualTo("register.search.error.pin." + reason);
    }

    @Test
    void aTooShortNameIsRefused() {
        signIn(Role.PROVINCE_OFFICER, "11");

        assertThatThrownBy(() -> find(PersonCriteria.byName(" a ", null)))
                .isInstanceOf(InvalidSearchException.class)
                .extracting(e -> ((InvalidSearchException) e).messageKey())
                .isEqualTo("register.search.error.criteria");
    }
}
