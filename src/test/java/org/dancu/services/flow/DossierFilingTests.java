package org.dancu.services.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.dancu.civil.Pin;
import org.dancu.services.Channel;
import org.dancu.services.DossierCode;
import org.dancu.services.DossierFiled;
import org.dancu.services.DossierRefusedException;
import org.dancu.services.DossierStatus;
import org.dancu.services.DossierView;
import org.dancu.services.Dossiers;
import org.dancu.services.NewDossier;
import org.dancu.services.ProcedureCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * Filing a dossier stores it with its legs and the first leg's clock, publishes {@link DossierFiled}, and is
 * read back as filed; a resend with the same idempotency key files nothing; an unknown procedure is refused
 * and stores nothing.
 */
@SpringBootTest
@EnableScenarios
class DossierFilingTests {

    static final ProcedureCode BIRTH_BUNDLE = new ProcedureCode("DB-17");
    static final Pin MOTHER = Pin.of("011195004321");
    static final String MUONG_THANH = "03124";

    @Autowired Dossiers dossiers;
    @Autowired JdbcClient jdbc;

    static NewDossier birthBundle(Pin applicant, String idempotencyKey) {
        return new NewDossier(BIRTH_BUNDLE, Channel.INTERCONNECTION, applicant, null, MUONG_THANH,
                Map.of("child-name", "Lò Văn An", "mother-pin", applicant.value()), List.of(), Set.of(), null,
                idempotencyKey, Instant.now());
    }

    @Test
    void aFiledBundleIsReadBackWithCivilStatusRunningAndTheOtherLegsWaiting(Scenario scenario) {
        scenario.stimulate(() -> dossiers.file(birthBundle(MOTHER, null)))
                .andWaitForEventOfType(DossierFiled.class).matching(e -> e.procedure().equals(BIRTH_BUNDLE))
                .toArriveAndVerify((event, code) -> {
                    assertThat(event.code()).isEqualTo(code);
                    DossierView dossier = dossiers.find(code).orElseThrow();
                    assertThat(dossier.status()).isEqualTo(DossierStatus.IN_PROGRESS);
                    assertThat(dossier.applicant()).isEqualTo(MOTHER);
                    assertThat(dossier.legs()).extracting(l -> l.key() + " " + l.status())
                            .containsExactly("birth IN_PROGRESS", "residence WAITING", "health-insurance WAITING");
                    assertThat(dossier.legs().get(0).due()).isAfter(dossier.receivedAt());
                    assertThat(dossiers.ofApplicant(MOTHER)).extracting(DossierView::code).contains(code);
                });
    }

    @Test
    void aResendWithTheSameKeyFilesNothingNew() {
        String key = UUID.randomUUID().toString();
        DossierCode first = dossiers.file(birthBundle(MOTHER, key));
        DossierCode again = dossiers.file(birthBundle(MOTHER, key));
        assertThat(again).isEqualTo(first);
        assertThat(jdbc.sql("SELECT count(*) FROM services.dossier WHERE idempotency_key = :key").param("key", key)
                .query(Long.class).single()).isOne();
    }

    @Test
    void anUnknownProcedureIsRefusedAndNothingIsFiled() {
        long before = jdbc.sql("SELECT count(*) FROM services.dossier").query(Long.class).single();
        NewDossier unknown = new NewDossier(new ProcedureCode("9.999999"), Channel.ONLINE, MOTHER, null, MUONG_THANH,
                Map.of(), List.of(), Set.of(), null, null, Instant.now());
        assertThatThrownBy(() -> dossiers.file(unknown)).isInstanceOf(DossierRefusedException.class)
                .satisfies(e -> assertThat(((DossierRefusedException) e).messageKey())
                        .isEqualTo("services.dossier.refused.unknown-procedure"));
        assertThat(jdbc.sql("SELECT count(*) FROM services.dossier").query(Long.class).single()).isEqualTo(before);
        assertThat(dossiers.find(new DossierCode("011-HS-2026-99999999"))).isEmpty();
    }
}
