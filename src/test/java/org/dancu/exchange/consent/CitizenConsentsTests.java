package org.dancu.exchange.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.dancu.audit.Actor;
import org.dancu.civil.Pin;
import org.dancu.civil.ProvinceTime;
import org.dancu.exchange.CitizenConsents;
import org.dancu.exchange.ConsentGrant;
import org.dancu.exchange.ConsentOffer;
import org.dancu.exchange.ConsentRefusedException;
import org.dancu.exchange.ConsentRefusedException.Reason;
import org.dancu.exchange.GrantedConsent;
import org.dancu.exchange.TestPartner;
import org.dancu.register.RegisterFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The one way consents are read, granted and revoked: what a partner's policy allows is what can be
 * granted, every refusal changes nothing and is on the ledger, and no one revokes another person's consent.
 */
@SpringBootTest
class CitizenConsentsTests {

    private static final String ORIGIN = "203.0.113.40";

    @Autowired ApplicationContext context;
    @Autowired CitizenConsents consents;
    @Autowired ProvinceTime time;
    @Autowired JdbcClient jdbc;

    private Pin citizen;
    private Pin neighbour;
    private TestPartner retriever;

    @BeforeEach
    void partnersAndPersons() throws Exception {
        citizen = Pin.of(RegisterFixture.aPersonPin(context, 21));
        neighbour = Pin.of(RegisterFixture.aPersonPin(context, 22));
        retriever = TestPartner.create(context, 600).retrievingOnly(context, "fullName", "birthDate");
    }

    @Test
    void theOffersAreThePartnersThatRetrieveWithWhatTheirPoliciesAllow() throws Exception {
        TestPartner verifier = TestPartner.create(context, 600).verifyingOnly(context);

        List<ConsentOffer> offers = consents.offers();

        assertThat(offers).extracting(ConsentOffer::partnerCode).contains(retriever.code)
                .doesNotContain(verifier.code);
        ConsentOffer offer = offers.stream().filter(o -> o.partnerCode().equals(retriever.code)).findFirst()
                .orElseThrow();
        assertThat(offer.attributes()).containsExactly("fullName", "birthDate");
        assertThat(offer.purposes()).containsExactly("identity-check");
    }

    @Test
    void aGrantedConsentCoversRetrievalUntilItIsRevokedAndBothAreAudited() {
        long id = consents.grant(grant(retriever.code, "identity-check", List.of("fullName"), inDays(30)),
                Actor.citizen(citizen), ORIGIN);

        assertThat(consents.of(citizen, Actor.citizen(citizen), ORIGIN)).extracting(GrantedConsent::consentId)
                .contains(id);
        Consents records = context.getBean(Consents.class);
        assertThat(records.covers(citizen.value(), retriever.code, "identity-check", List.of("fullName"))).isTrue();

        consents.revoke(citizen, id, Actor.citizen(citizen), ORIGIN);

        assertThat(records.covers(citizen.value(), retriever.code, "identity-check", List.of("fullName"))).isFalse();
        assertThat(entries(citizen, "SUCCESS")).contains("exchange.consent.record", "exchange.consent.read",
                "exchange.consent.revoke");
    }

    @Test
    void eachWrongGrantIsRefusedChangesNothingAndIsAudited() throws Exception {
        String verifier = TestPartner.create(context, 600).verifyingOnly(context).code;
        LocalDate tooFar = consents.latestValidUntil().plusDays(1);
        int before = consents.of(citizen, Actor.citizen(citizen), ORIGIN).size();
        int deniedBefore = entries(citizen, "DENIED").size();

        assertRefused(grant("NO_SUCH_PARTNER", "identity-check", List.of("fullName"), inDays(5)), Reason.UNKNOWN_PARTNER);
        assertRefused(grant(verifier, "identity-check", List.of("fullName"), inDays(5)), Reason.UNKNOWN_PARTNER);
        assertRefused(grant(retriever.code, "marketing", List.of("fullName"), inDays(5)), Reason.PURPOSE_NOT_ALLOWED);
        assertRefused(grant(retriever.code, "identity-check", List.of(), inDays(5)), Reason.NO_ATTRIBUTE);
        assertRefused(grant(retriever.code, "identity-check", List.of("fullName", "address"), inDays(5)),
                Reason.ATTRIBUTE_NOT_ALLOWED);
        assertRefused(grant(retriever.code, "identity-check", List.of("fullName"), inDays(-1)), Reason.DATE_PAST);
        assertRefused(grant(retriever.code, "identity-check", List.of("fullName"), null), Reason.DATE_PAST);
        assertRefused(grant(retriever.code, "identity-check", List.of("fullName"), tooFar), Reason.DATE_TOO_FAR);

        assertThat(consents.of(citizen, Actor.citizen(citizen), ORIGIN)).hasSize(before);
        assertThat(entries(citizen, "DENIED")).hasSize(deniedBefore + 8);
        assertThat(consents.grant(grant(retriever.code, "identity-check", List.of("fullName"),
                consents.latestValidUntil()), Actor.citizen(citizen), ORIGIN)).as("the last day allowed").isPositive();
    }

    @Test
    void noOneRevokesAnotherPersonsConsent() {
        long theirs = consents.grant(grant(retriever.code, "identity-check", List.of("fullName"), inDays(10)),
                Actor.citizen(citizen), ORIGIN);
        int deniedBefore = entries(neighbour, "DENIED").size();

        assertThatThrownBy(() -> consents.revoke(neighbour, theirs, Actor.citizen(neighbour), ORIGIN))
                .isInstanceOf(ConsentRefusedException.class)
                .extracting(e -> ((ConsentRefusedException) e).reason()).isEqualTo(Reason.NO_SUCH_CONSENT);

        assertThat(context.getBean(Consents.class)
                .covers(citizen.value(), retriever.code, "identity-check", List.of("fullName"))).isTrue();
        assertThat(entries(neighbour, "DENIED")).hasSize(deniedBefore + 1).last()
                .isEqualTo("exchange.consent.revoke");
        consents.revoke(citizen, theirs, Actor.citizen(citizen), ORIGIN);
        assertThatThrownBy(() -> consents.revoke(citizen, theirs, Actor.citizen(citizen), ORIGIN))
                .as("revoked already").isInstanceOf(ConsentRefusedException.class);
    }

    private void assertRefused(ConsentGrant grant, Reason reason) {
        assertThatThrownBy(() -> consents.grant(grant, Actor.citizen(citizen), ORIGIN))
                .isInstanceOf(ConsentRefusedException.class)
                .extracting(e -> ((ConsentRefusedException) e).reason()).isEqualTo(reason);
    }

    private ConsentGrant grant(String partner, String purpose, List<String> attributes, LocalDate until) {
        return new ConsentGrant(citizen, partner, purpose, attributes, until);
    }

    private LocalDate inDays(int days) {
        return time.today().plusDays(days);
    }

    /** The consent actions on the ledger about this person with this outcome, oldest first. */
    private List<String> entries(Pin person, String outcome) {
        return jdbc.sql("""
                        SELECT action FROM audit.ledger WHERE object_type = 'person' AND object_id = :pin
                        AND outcome = :outcome AND action LIKE 'exchange.consent.%' ORDER BY seq""")
                .param("pin", person.value()).param("outcome", outcome).query(String.class).list();
    }
}
