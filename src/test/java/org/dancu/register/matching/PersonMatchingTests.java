package org.dancu.register.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.dancu.civil.PartialDate;
import org.dancu.civil.PersonName;
import org.dancu.civil.Pin;
import org.dancu.civil.Sex;
import org.dancu.civil.VietnameseText;
import org.dancu.register.PersonClaim;
import org.dancu.register.PersonMatch;
import org.dancu.register.PersonMatching;
import org.dancu.register.RegisterTestData;
import org.dancu.register.RegisteredPerson;
import org.dancu.register.RegisteredPersons;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A module that holds a list of people (a payment list, a service's applicants) links it to the
 * register through {@link PersonMatching} alone, as these tests do (the implementation is at hand only
 * to drop the index after adding persons without an event): one outcome per person, in order.
 */
@SpringBootTest
class PersonMatchingTests {

    @Autowired ApplicationContext context;
    @Autowired RegisteredPersons persons;
    @Autowired PersonMatching matching;
    @Autowired RegisterMatching heldRegister;
    @Autowired JdbcClient jdbc;

    /** Persons of the shared test register with an ID, a full birth date and a known sex. */
    private List<RegisteredPerson> somePersons() throws IOException {
        RegisterTestData.ensureLoaded(context);
        return persons.withPinAfter(0, 200).stream()
                .filter(p -> p.birthDate() != null && p.birthDate().day().isPresent() && p.sex().isKnown())
                .limit(4).toList();
    }

    /** The ID with its last digit changed, to one no register person holds. */
    private Pin mistyped(Pin pin) {
        for (int step = 1; step < 10; step++) {
            String value = pin.value();
            Pin typo = Pin.of(value.substring(0, 11) + (char) ('0' + (value.charAt(11) - '0' + step) % 10));
            if (persons.byPin(typo).isEmpty()) {
                return typo;
            }
        }
        throw new IllegalStateException("every neighbour of the ID is taken");
    }

    private static PersonClaim claim(RegisteredPerson person, Pin pin) {
        return PersonClaim.of(pin, null, person.name(), person.birthDate(), person.sex(), person.communeCode(), null);
    }

    @Test
    void aListIsLinkedPersonByPersonAndNobodyIsNotFound() throws IOException {
        List<RegisteredPerson> known = somePersons();
        RegisteredPerson exact = known.get(0);
        RegisteredPerson typo = known.get(1);
        RegisteredPerson noId = known.get(2);

        List<PersonMatch> matches = matching.match(List.of(
                claim(exact, exact.pin()),
                claim(typo, mistyped(typo.pin())),
                claim(noId, null),
                PersonClaim.fromText(null, null, "Khổng Thị Vắng Mặt", "02/02/1902", "Nữ", "99999", null)));

        assertThat(matches).hasSize(4);
        assertThat(matches.get(0)).isInstanceOfSatisfying(PersonMatch.Linked.class, linked -> {
            assertThat(linked.person().pin()).isEqualTo(exact.pin());
            assertThat(linked.person().personId()).isEqualTo(exact.personId());
            assertThat(linked.person().explanation().contributions()).isNotEmpty();
        });
        assertThat(matches.get(1)).as("a mistyped ID with everything else agreeing")
                .isInstanceOfSatisfying(PersonMatch.Linked.class,
                        linked -> assertThat(linked.person().pin()).isEqualTo(typo.pin()));
        assertThat(matches.get(2)).as("no ID, but the name and the birth date")
                .isInstanceOfSatisfying(PersonMatch.Linked.class,
                        linked -> assertThat(linked.person().pin()).isEqualTo(noId.pin()));
        assertThat(matches.get(3)).isInstanceOf(PersonMatch.NotFound.class);
    }

    /**
     * A file's text reaches the engine as written, so its repairs still link: an ID that lost its
     * leading zero (which civil rightly refuses as an ID) and a date written YYYYMMDD.
     */
    @Test
    void aClaimFromAFilesTextKeepsWhatTheEngineRepairs() throws IOException {
        RegisteredPerson person = somePersons().get(3);
        PartialDate born = person.birthDate();
        PersonClaim claim = PersonClaim.fromText(person.pin().value().substring(1), null,
                person.name().fullName().toUpperCase(java.util.Locale.ROOT),
                String.format("%04d%02d%02d", born.year(), born.month().getAsInt(), born.day().getAsInt()),
                person.sex().code(), person.communeCode(), null);

        assertThat(claim.pin()).as("not a 12-digit ID as written").isEmpty();
        assertThat(claim.name()).isPresent();
        assertThat(matching.match(List.of(claim)).get(0)).isInstanceOfSatisfying(PersonMatch.Linked.class,
                linked -> assertThat(linked.person().pin()).isEqualTo(person.pin()));
    }

    /** Two register persons a claim cannot tell apart: both go to the person who looks, each with its weights. */
    @Test
    void twoPersonsAlikeGoToReviewTogether() throws IOException {
        RegisterTestData.ensureLoaded(context);
        PersonName name = PersonName.of("Thử", "Song", "Sinh Hoàn Toàn");
        List<Long> twins = List.of(registerTwin(name), registerTwin(name));
        try {
            heldRegister.invalidate();
            PersonMatch match = matching.match(List.of(PersonClaim.of(null, null, name, PartialDate.of(1991, 7, 9),
                    Sex.MALE, TWINS_COMMUNE, null))).get(0);

            assertThat(match).isInstanceOfSatisfying(PersonMatch.ToReview.class, review -> {
                assertThat(review.candidates()).extracting(PersonMatch.Candidate::personId)
                        .containsExactlyInAnyOrderElementsOf(twins);
                assertThat(review.candidates()).allSatisfy(c -> assertThat(c.explanation().contributions()).isNotEmpty());
            });
        } finally {
            jdbc.sql("DELETE FROM register.person WHERE person_id IN (:ids)").param("ids", twins).update();
            heldRegister.invalidate();
        }
    }

    private static final String TWINS_COMMUNE = "03334";

    private long registerTwin(PersonName name) {
        return jdbc.sql("""
                        INSERT INTO register.person (family_name, middle_name, given_name, full_name, name_key, birth_date,
                            birth_year, sex, commune_code, current_commune_code, address)
                        VALUES (:family, :middle, :given, :full, :key, '1991-07-09', 1991, 'M', :commune, :commune, 'Bản Đôi')
                        RETURNING person_id""")
                .param("family", name.family()).param("middle", name.middle()).param("given", name.given())
                .param("full", name.fullName()).param("key", VietnameseText.asciiKey(name.fullName()))
                .param("commune", TWINS_COMMUNE).query(Long.class).single();
    }

    @Test
    void aClaimOfCivilValuesReadsThemBack() throws IOException {
        RegisteredPerson person = somePersons().get(0);
        PersonClaim claim = claim(person, person.pin());

        assertThat(claim.pin()).contains(person.pin());
        assertThat(claim.name().map(PersonName::fullName)).contains(person.name().fullName());
        assertThat(claim.birthDate()).contains(person.birthDate());
        assertThat(claim.sex()).isEqualTo(person.sex());
        assertThat(claim.toString()).doesNotContain(person.pin().value()).doesNotContain(person.name().family());
    }
}
