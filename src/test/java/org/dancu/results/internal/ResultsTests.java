package org.dancu.results.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.dancu.audit.AuditTrail;
import org.dancu.civil.Pin;
import org.dancu.results.IssuedResult;
import org.dancu.results.NewResult;
import org.dancu.results.ParcelRef;
import org.dancu.results.ResultCode;
import org.dancu.results.ResultIssued;
import org.dancu.results.ResultRefusedException;
import org.dancu.results.ResultRevoked;
import org.dancu.results.ResultStateException;
import org.dancu.results.ResultStatus;
import org.dancu.results.ResultSuperseded;
import org.dancu.results.Results;
import org.dancu.results.ResultsFixtures;
import org.dancu.results.seal.OfflineVerdict;
import org.dancu.results.seal.OfflineVerifier;
import org.dancu.results.seal.ProvinceKeys;
import org.dancu.results.seal.TrustList;
import org.dancu.register.RegisteredPersons;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * Issuing, superseding and revoking through the API each store the change, publish their event and
 * write the ledger against every holder; a refused request stores nothing.
 */
@SpringBootTest
@EnableScenarios
class ResultsTests {

    @Autowired ApplicationContext context;
    @Autowired Results results;
    @Autowired ResultRecords records;
    @Autowired AuditTrail trail;
    @Autowired JdbcClient jdbc;
    @Autowired ProvinceKeys keys;
    @Autowired RegisteredPersons persons;

    private Pin holder;

    @BeforeEach
    void aPersonOfMuongThanh() {
        holder = ResultsFixtures.holder(context, ResultsFixtures.MUONG_THANH, true);
    }

    private long stored() {
        return jdbc.sql("SELECT count(*) FROM results.result").query(Long.class).single();
    }

    private List<String> ledgerActions() {
        return trail.findByObject("person", holder.value(), 200).stream().map(r -> r.entry().action()).toList();
    }

    @Test
    void issuingPublishesResultIssuedAndStoresASealedNumberedRecord(Scenario scenario) {
        scenario.stimulate(() -> results.issue(ResultsFixtures.birthExtract(holder)))
                .andWaitForEventOfType(ResultIssued.class).matching(e -> e.holders().equals(List.of(holder)))
                .toArriveAndVerify((event, issued) -> {
                    assertThat(issued.code()).isEqualTo(event.code());
                    assertThat(ResultCode.parse(issued.code().value()).type()).isEqualTo(issued.type());
                    assertThat(issued.code().value()).startsWith("011-KS-");
                    assertThat(issued.publicId()).matches("[A-Za-z0-9_-]{22}");
                    assertThat(issued.status()).isEqualTo(ResultStatus.VALID);
                    Result stored = records.find(issued.code()).orElseThrow();
                    assertThat(stored.view().hash()).isEqualTo(CanonicalRecord.hash(stored.sealed().canonical()))
                            .isEqualTo(CanonicalRecord.hash(CanonicalRecord.of(stored.view())));
                    assertThat(stored.communeCode()).isNotNull();
                    assertThat(results.findByPublicId(issued.publicId()).orElseThrow().code()).isEqualTo(issued.code());
                    assertThat(results.ofHolder(holder)).extracting(IssuedResult::code).contains(issued.code());
                    assertThat(ledgerActions()).contains(ResultAudit.ISSUE);
                });
    }

    @Test
    void supersedingPublishesResultSupersededAndLinksTheSuccessor(Scenario scenario) {
        IssuedResult old = results.issue(ResultsFixtures.birthExtract(holder));
        scenario.stimulate(() -> results.supersede(old.code(), ResultsFixtures.birthExtract(holder), "tinh.tuphap"))
                .andWaitForEventOfType(ResultSuperseded.class).matching(e -> e.code().equals(old.code()))
                .toArriveAndVerify((event, successor) -> {
                    assertThat(event.successor()).isEqualTo(successor.code());
                    IssuedResult replaced = results.find(old.code()).orElseThrow();
                    assertThat(replaced.status()).isEqualTo(ResultStatus.SUPERSEDED);
                    assertThat(replaced.successor()).isEqualTo(successor.code());
                    assertThat(results.find(successor.code()).orElseThrow().status()).isEqualTo(ResultStatus.VALID);
                    assertThat(ledgerActions()).contains(ResultAudit.SUPERSEDE);
                });
    }

    @Test
    void revokingPublishesResultRevokedWithTheReason(Scenario scenario) {
        IssuedResult issued = results.issue(ResultsFixtures.birthExtract(holder));
        scenario.stimulate(() -> results.revoke(issued.code(), "Cấp nhầm người", "tinh.tuphap"))
                .andWaitForEventOfType(ResultRevoked.class).matching(e -> e.code().equals(issued.code()))
                .toArriveAndVerify(event -> {
                    assertThat(event.reason()).isEqualTo("Cấp nhầm người");
                    IssuedResult revoked = results.find(issued.code()).orElseThrow();
                    assertThat(revoked.status()).isEqualTo(ResultStatus.REVOKED);
                    assertThat(revoked.revocationReason()).isEqualTo("Cấp nhầm người");
                    assertThat(ledgerActions()).contains(ResultAudit.REVOKE);
                });
    }

    @Test
    void aBatchIsIssuedInOneCallEachResultSignedOnceByItsOfflineTextWhichTheOfflineCheckAccepts(Scenario scenario) {
        Pin other = ResultsFixtures.holder(context, ResultsFixtures.MUONG_THANH, false);
        List<NewResult> batch = List.of(ResultsFixtures.birthExtract(holder), ResultsFixtures.landCertificate(holder,
                ResultsFixtures.MUONG_THANH), ResultsFixtures.birthExtract(other));
        long issues = ledgerActions().stream().filter(ResultAudit.ISSUE::equals).count();

        scenario.stimulate(() -> results.issueAll(batch))
                .andWaitForEventOfType(ResultIssued.class).matching(e -> e.holders().equals(List.of(other)))
                .toArriveAndVerify((event, issued) -> {
                    assertThat(issued).extracting(IssuedResult::type).containsExactly(batch.get(0).type(),
                            batch.get(1).type(), batch.get(2).type());
                    assertThat(issued).extracting(IssuedResult::code).doesNotHaveDuplicates().contains(event.code());
                    assertThat(issued).extracting(IssuedResult::statusIndex).doesNotHaveDuplicates();
                    OfflineVerifier verifier = new OfflineVerifier(
                            new TrustList("VN-011", Instant.now(), keys.all()), Map.of());
                    for (IssuedResult result : issued) {
                        Result stored = records.find(result.code()).orElseThrow();
                        OfflineVerdict verdict = verifier.verify(stored.sealed().offlineText());
                        assertThat(verdict.outcome()).isEqualTo(OfflineVerdict.Outcome.VALID);
                        assertThat(verdict.claims().code()).isEqualTo(result.code().value());
                        assertThat(verdict.claims().recordHash()).isEqualTo(result.hash())
                                .isEqualTo(CanonicalRecord.hash(stored.sealed().canonical()))
                                .isEqualTo(CanonicalRecord.hash(CanonicalRecord.of(stored.view())));
                        assertThat(verdict.claims().holders().get(0).name()).isEqualTo(persons.byPins(
                                result.holders()).get(0).name().fullName());
                    }
                    assertThat(ledgerActions().stream().filter(ResultAudit.ISSUE::equals).count()).isEqualTo(issues + 2);
                });
    }

    @Test
    void oneRefusedRequestRefusesTheWholeBatchAndNothingIsStoredOrAudited() {
        long before = stored();
        long entries = ledgerActions().size();
        List<NewResult> batch = List.of(ResultsFixtures.birthExtract(holder),
                ResultsFixtures.birthExtract(Pin.of("011199999999")));

        assertThatThrownBy(() -> results.issueAll(batch)).isInstanceOf(ResultRefusedException.class)
                .hasMessage("results.error.holders.unknown");

        assertThat(stored()).isEqualTo(before);
        assertThat(ledgerActions()).hasSize((int) entries);
        assertThat(results.issueAll(List.of())).isEmpty();
    }

    @Test
    void holdersTheRegisterDoesNotHoldAreRefusedAndNothingIsStored() {
        long before = stored();
        Pin unknown = Pin.of("011199999999");
        assertThatThrownBy(() -> results.issue(ResultsFixtures.birthExtract(unknown)))
                .isInstanceOf(ResultRefusedException.class).hasMessage("results.error.holders.unknown");
        NewResult nobody = new NewResult(ResultsFixtures.birthExtract(holder).type(), List.of(), "SO_TP", "o", "b",
                null, ResultsFixtures.birthExtract(holder).fields(), null, ResultsFixtures.birthExtract(holder).provenance());
        assertThatThrownBy(() -> results.issue(nobody)).hasMessage("results.error.holders.none");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aLandResultWithoutItsParcelOrABirthExtractWithOneIsRefused() {
        long before = stored();
        NewResult land = ResultsFixtures.landCertificate(holder, "03334");
        NewResult noParcel = new NewResult(land.type(), land.holders(), land.agencyCode(), land.officer(),
                land.legalBasis(), null, land.fields(), null, land.provenance());
        assertThatThrownBy(() -> results.issue(noParcel)).hasMessage("results.error.parcel.missing");
        NewResult birth = ResultsFixtures.birthExtract(holder);
        NewResult withParcel = new NewResult(birth.type(), birth.holders(), birth.agencyCode(), birth.officer(),
                birth.legalBasis(), null, birth.fields(), new ParcelRef("03334", "1", "2"), birth.provenance());
        assertThatThrownBy(() -> results.issue(withParcel)).hasMessage("results.error.parcel.unexpected");
        NewResult noAgency = new NewResult(birth.type(), birth.holders(), "NOPE", birth.officer(),
                birth.legalBasis(), null, birth.fields(), null, birth.provenance());
        assertThatThrownBy(() -> results.issue(noAgency)).hasMessage("results.error.agency");
        assertThat(stored()).isEqualTo(before);
        assertThat(results.issue(land).parcel().code()).isEqualTo("03334.12.345");
    }

    @Test
    void revokingTwiceSupersedingARevokedOneOrRevokingWithoutReasonChangesNothing() {
        IssuedResult issued = results.issue(ResultsFixtures.birthExtract(holder));
        assertThatThrownBy(() -> results.revoke(issued.code(), " ", "tinh.tuphap")).hasMessage("results.error.reason");
        assertThat(results.find(issued.code()).orElseThrow().status()).isEqualTo(ResultStatus.VALID);
        results.revoke(issued.code(), "Cấp nhầm", "tinh.tuphap");
        long before = stored();
        assertThatThrownBy(() -> results.revoke(issued.code(), "Lần nữa", "tinh.tuphap"))
                .isInstanceOf(ResultStateException.class);
        assertThatThrownBy(() -> results.supersede(issued.code(), ResultsFixtures.birthExtract(holder), "tinh.tuphap"))
                .isInstanceOf(ResultStateException.class);
        IssuedResult after = results.find(issued.code()).orElseThrow();
        assertThat(after.revocationReason()).isEqualTo("Cấp nhầm");
        assertThat(after.successor()).isNull();
        assertThat(stored()).isEqualTo(before);
    }
}
