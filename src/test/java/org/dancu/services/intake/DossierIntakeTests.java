package org.dancu.services.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dancu.services.intake.IntakeFixtures.BIRTH_BUNDLE;
import static org.dancu.services.intake.IntakeFixtures.DEATH_BUNDLE;
import static org.dancu.services.intake.IntakeFixtures.RESIDENCE;
import static org.dancu.services.intake.IntakeFixtures.birth;
import static org.dancu.services.intake.IntakeFixtures.death;
import static org.dancu.services.intake.IntakeFixtures.online;
import static org.dancu.services.intake.IntakeFixtures.pdf;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.dancu.audit.Actor;
import org.dancu.civil.Pin;
import org.dancu.register.RegisterFixture;
import org.dancu.results.IssuedResult;
import org.dancu.results.Results;
import org.dancu.results.ResultsFixtures;
import org.dancu.services.ComponentSource;
import org.dancu.services.DossierCode;
import org.dancu.services.DossierComponent;
import org.dancu.services.DossierRefusedException;
import org.dancu.services.DossierView;
import org.dancu.services.Dossiers;
import org.dancu.services.SuppliedComponent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The one intake check: a complete dossier is filed with what the state holds taken from it, not asked; every
 * bad input is refused with its reason, files nothing, stores no attachment and is on the ledger.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DossierIntakeTests {

    @Autowired DossierIntake intake;
    @Autowired Dossiers dossiers;
    @Autowired Results results;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationContext context;

    @Test
    void aCompleteBirthBundleIsFiledWithTheRegistersComponentsTakenNotAsked() {
        Pin mother = IntakeFixtures.resident(context, true);
        DossierCode code = file(online(BIRTH_BUNDLE, mother, birth(mother), List.of(pdf("medical-birth-certificate"))),
                mother);

        DossierView dossier = dossiers.find(code).orElseThrow();
        assertThat(dossier.procedure()).isEqualTo(BIRTH_BUNDLE);
        assertThat(dossier.applicant()).isEqualTo(mother);
        assertThat(dossier.subject()).isNull();
        assertThat(dossier.communeCode()).isEqualTo(IntakeFixtures.MUONG_THANH);
        List<SuppliedComponent> supplied = components(code);
        assertThat(supplied).filteredOn(c -> c.source() == ComponentSource.REGISTER)
                .extracting(SuppliedComponent::key, SuppliedComponent::reAsked)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("applicant", false),
                        org.assertj.core.groups.Tuple.tuple("parents", false));
        SuppliedComponent upload = supplied.stream().filter(c -> c.key().equals("medical-birth-certificate"))
                .findFirst().orElseThrow();
        assertThat(upload.source()).isEqualTo(ComponentSource.UPLOAD);
        assertThat(jdbc.sql("SELECT media_type FROM services.attachment WHERE attachment_id = ?")
                .param(Long.parseLong(upload.reference())).query(String.class).single()).isEqualTo("application/pdf");
    }

    @Test
    void aDossierWithoutItsRequiredComponentsIsRefusedWithTheListAndNothingIsFiled() {
        Pin mother = IntakeFixtures.resident(context, true);
        long refusals = ledger(mother, "services.intake.refused");
        long attachments = count("services.attachment");

        assertThatThrownBy(() -> file(online(BIRTH_BUNDLE, mother, Map.of("child-name", "Lò Văn An",
                "mother-pin", mother.value()), List.of()), mother))
                .isInstanceOfSatisfying(MissingComponentsException.class, missing ->
                        assertThat(missing.missing()).extracting(DossierComponent::key).containsExactly(
                                "child-birth-date", "child-sex", "child-birth-place", "medical-birth-certificate"));
        assertThat(dossiers.ofApplicant(mother)).isEmpty();
        assertThat(count("services.attachment")).isEqualTo(attachments);
        assertThat(ledger(mother, "services.intake.refused")).isEqualTo(refusals + 1);
    }

    @Test
    void aFileThatIsNoDocumentIsRefusedByItsContentWhateverItsName() {
        Pin mother = IntakeFixtures.resident(context, true);
        Attachment fake = Attachment.received("medical-birth-certificate", "giay-chung-sinh.pdf",
                "MZ this is a program".getBytes());
        refused(online(BIRTH_BUNDLE, mother, birth(mother), List.of(fake)), mother,
                "services.intake.refused.attachment-not-document");
        Attachment empty = Attachment.received("medical-birth-certificate", "empty.pdf", new byte[0]);
        refused(online(BIRTH_BUNDLE, mother, birth(mother), List.of(empty)), mother,
                "services.intake.refused.attachment-empty");
        byte[] huge = new byte[Attachment.MAX_BYTES + 1];
        System.arraycopy(IntakeFixtures.PDF, 0, huge, 0, IntakeFixtures.PDF.length);
        refused(online(BIRTH_BUNDLE, mother, birth(mother), List.of(Attachment.received("medical-birth-certificate",
                "big.pdf", huge))), mother, "services.intake.refused.attachment-too-big");
    }

    @Test
    void aDeathBundleNeedsALivingResidentTheRegisterKnows() {
        Pin son = IntakeFixtures.resident(context, false);
        Pin unknown = Pin.of("011090999999");
        refused(online(DEATH_BUNDLE, son, death(unknown), List.of(pdf("death-notice"))), son,
                "services.intake.refused.deceased-unknown");

        Pin alreadyDead = IntakeFixtures.resident(context, false);
        RegisterFixture.died(jdbc, IntakeFixtures.personId(jdbc, alreadyDead), LocalDate.of(2026, 11, 1));
        refused(online(DEATH_BUNDLE, son, death(alreadyDead), List.of(pdf("death-notice"))), son,
                "services.intake.refused.deceased-dead");

        Pin movedAway = IntakeFixtures.resident(context, true);
        RegisterFixture.setResident(jdbc, List.of(IntakeFixtures.personId(jdbc, movedAway)), false);
        refused(online(DEATH_BUNDLE, son, death(movedAway), List.of(pdf("death-notice"))), son,
                "services.intake.refused.outside-province");
        refused(online(DEATH_BUNDLE, movedAway, death(son), List.of(pdf("death-notice"))), movedAway,
                "services.intake.refused.outside-province");
    }

    @Test
    void aSecondDeathDossierForTheSamePersonIsRefusedAsADuplicate() {
        Pin daughter = IntakeFixtures.resident(context, true);
        Pin father = IntakeFixtures.resident(context, false);
        DossierCode first = file(online(DEATH_BUNDLE, daughter, death(father), List.of(pdf("death-notice"))), daughter);
        assertThat(dossiers.find(first).orElseThrow().subject()).isEqualTo(father);

        assertThatThrownBy(() -> file(online(DEATH_BUNDLE, daughter, death(father), List.of(pdf("death-notice"))),
                daughter)).isInstanceOfSatisfying(DossierRefusedException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("services.intake.refused.duplicate");
                    assertThat(refused.arguments()).containsExactly(first.value());
                });
        assertThat(dossiers.ofApplicant(daughter)).hasSize(1);
    }

    @Test
    void badDeclaredValuesAreRefusedNamingTheirComponent() {
        Pin mother = IntakeFixtures.resident(context, true);
        Map<String, String> future = new java.util.HashMap<>(birth(mother));
        future.put("child-birth-date", "01/01/2099");
        refused(online(BIRTH_BUNDLE, mother, future, List.of(pdf("medical-birth-certificate"))), mother,
                "services.intake.refused.date-future");
        Map<String, String> noDay = new java.util.HashMap<>(birth(mother));
        noDay.put("child-birth-date", "31/02/2026");
        refused(online(BIRTH_BUNDLE, mother, noDay, List.of(pdf("medical-birth-certificate"))), mother,
                "services.intake.refused.date-invalid");
        Map<String, String> badPin = new java.util.HashMap<>(birth(mother));
        badPin.put("mother-pin", "12345");
        refused(online(BIRTH_BUNDLE, mother, badPin, List.of(pdf("medical-birth-certificate"))), mother,
                "services.intake.refused.pin-invalid");
    }

    @Test
    void aResultTheApplicantHoldsStandsForTheComponentAndAnUploadInsteadCountsAsReAsked() {
        Pin owner = IntakeFixtures.resident(context, false);
        IssuedResult certificate = results.issue(ResultsFixtures.landCertificate(owner, IntakeFixtures.MUONG_THANH));
        Map<String, String> address = Map.of("residence-address", "Bản Him Lam, tổ 3");

        DossierCode taken = file(online(RESIDENCE, owner, address, List.of()), owner);
        assertThat(components(taken)).filteredOn(c -> c.key().equals("lawful-residence"))
                .extracting(SuppliedComponent::source, SuppliedComponent::reference, SuppliedComponent::reAsked)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ComponentSource.RESULT,
                        certificate.code().value(), false));
    }

    @Test
    void anUploadOfWhatTheStateHoldsIsFiledButFlaggedAsReAsked() {
        Pin owner = IntakeFixtures.resident(context, true);
        results.issue(ResultsFixtures.landCertificate(owner, IntakeFixtures.MUONG_THANH));
        DossierCode asked = file(online(RESIDENCE, owner, Map.of("residence-address", "Bản Him Lam, tổ 3"),
                List.of(pdf("lawful-residence"))), owner);
        assertThat(components(asked)).filteredOn(c -> c.key().equals("lawful-residence"))
                .extracting(SuppliedComponent::source, SuppliedComponent::reAsked)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ComponentSource.UPLOAD, true));

        Pin tenant = IntakeFixtures.resident(context, false);
        DossierCode notHeld = file(online(RESIDENCE, tenant, Map.of("residence-address", "Bản Him Lam, tổ 3"),
                List.of(pdf("lawful-residence"))), tenant);
        assertThat(components(notHeld)).filteredOn(c -> c.key().equals("lawful-residence"))
                .extracting(SuppliedComponent::reAsked).containsExactly(false);
    }

    private DossierCode file(IntakeRequest request, Pin applicant) {
        return intake.file(request, Actor.citizen(applicant), "127.0.0.1");
    }

    private void refused(IntakeRequest request, Pin applicant, String key) {
        int filed = dossiers.ofApplicant(applicant).size();
        long entries = ledger(applicant, "services.intake.refused");
        assertThatThrownBy(() -> file(request, applicant)).isInstanceOfSatisfying(DossierRefusedException.class,
                refused -> assertThat(refused.messageKey()).isEqualTo(key));
        assertThat(dossiers.ofApplicant(applicant)).hasSize(filed);
        assertThat(ledger(applicant, "services.intake.refused")).isEqualTo(entries + 1);
    }

    private List<SuppliedComponent> components(DossierCode code) {
        return jdbc.sql("SELECT c->>'key', c->>'source', c->>'reference', (c->>'reAsked')::boolean "
                        + "FROM services.dossier, jsonb_array_elements(components) c WHERE code = ?")
                .param(code.value())
                .query((rs, row) -> new SuppliedComponent(rs.getString(1), ComponentSource.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getBoolean(4)))
                .list();
    }

    private long ledger(Pin person, String action) {
        return jdbc.sql("SELECT count(*) FROM audit.ledger WHERE object_id = ? AND action = ?")
                .params(person.value(), action).query(Long.class).single();
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }
}
