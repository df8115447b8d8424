package org.dancu.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.dancu.audit.Actor;
import org.dancu.audit.AuditTrail;
import org.dancu.audit.Outcome;
import org.dancu.register.RegisterFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.context.TestPropertySource;

/**
 * The exchange gateway bootstrapped with the modules it depends on: a partner's signed request to verify
 * a person is checked and answered from the register, and the call is written to the audit ledger.
 */
@TestPropertySource(properties = "flowable.process.enabled=false")
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@AutoConfigureMockMvc
class ExchangeModuleTests {

    private static final String VERIFY = "/api/exchange/v1/verify";

    @Autowired ApplicationContext context;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired AuditTrail trail;

    private static byte[] verifySex(String pin, String sex) {
        return ("{\"pin\":\"" + pin + "\",\"purpose\":\"identity-check\",\"endUser\":\"officer-7\","
                + "\"caseRef\":\"HS-2026-002\",\"attributes\":{\"sex\":\"" + sex + "\"}}").getBytes(StandardCharsets.UTF_8);
    }

    private ResultActions send(byte[] body, Map<String, String> headers) throws Exception {
        MockHttpServletRequestBuilder request = post(VERIFY).content(body).contentType(MediaType.APPLICATION_JSON);
        headers.forEach(request::header);
        return mvc.perform(request);
    }

    @Test
    void theGatewayAnswersASignedRequestFromTheRegisterAndLedgersTheCall() throws Exception {
        String pin = RegisterFixture.aPersonPin(context, 7);
        String sex = jdbc.sql("SELECT sex FROM register.person WHERE pin = :pin").param("pin", pin)
                .query(String.class).single();
        TestPartner partner = TestPartner.create(context, 10_000);

        send(verifySex(pin, sex), partner.sign("POST", VERIFY, verifySex(pin, sex)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results.sex").value("MATCH"));
        assertThat(trail.findByObject("person", pin, 10)).anySatisfy(entry -> {
            assertThat(entry.entry().action()).isEqualTo("exchange.verify");
            assertThat(entry.entry().actor()).isEqualTo(new Actor(Actor.Kind.PARTNER, partner.code));
            assertThat(entry.entry().outcome()).isEqualTo(Outcome.SUCCESS);
        });
    }
}
