package org.dancu.exchange.gateway;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.dancu.register.RegisterFixture;
import org.dancu.exchange.TestPartner;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The exchange API's integration tests: the whole application, the shared test population, a fresh partner. */
@SpringBootTest
@AutoConfigureMockMvc
public abstract class ExchangeApiTestBase {

    protected static final String VERIFY = "/api/exchange/v1/verify";
    protected static final String RETRIEVE = "/api/exchange/v1/retrieve";
    protected static final String BULK = "/api/exchange/v1/bulk-verifications";

    @Autowired protected ApplicationContext context;
    @Autowired protected MockMvc mvc;
    @Autowired protected JdbcClient jdbc;
    protected TestPartner partner;
    protected String pin;

    @BeforeEach
    protected void partnerAndPerson() throws Exception {
        pin = RegisterFixture.aPersonPin(context, 7);
        partner = TestPartner.create(context, 10_000);
    }

    protected Map<String, Object> person(String pin) {
        return jdbc.sql("SELECT full_name, birth_date, sex FROM register.person WHERE pin = :pin")
                .param("pin", pin).query().singleRow();
    }

    protected static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    protected ResultActions post(String path, String json) throws Exception {
        return send(HttpMethod.POST, path, utf8(json), partner.sign("POST", path, utf8(json)));
    }

    protected ResultActions get(String path) throws Exception {
        return send(HttpMethod.GET, path, new byte[0], partner.sign("GET", path, new byte[0]));
    }

    protected ResultActions send(HttpMethod method, String path, byte[] body, Map<String, String> headers)
            throws Exception {
        return send(method, path, body, headers, "192.0.2.10");
    }

    /**
     * From a client address of the test's own: the ledger records only the first few anonymous refusals to one
     * address in a minute, and counts the rest.
     */
    protected ResultActions send(HttpMethod method, String path, byte[] body, Map<String, String> headers,
                                 String origin) throws Exception {
        MockHttpServletRequestBuilder builder = request(method, path).content(body)
                .contentType(MediaType.APPLICATION_JSON).with(r -> {
                    r.setRemoteAddr(origin);
                    return r;
                });
        headers.forEach(builder::header);
        return mvc.perform(builder);
    }

    protected String verifyBody(String pin, String attributes) {
        return "{\"pin\":\"" + pin + "\",\"purpose\":\"identity-check\",\"endUser\":\"officer-7\","
                + "\"caseRef\":\"HS-2026-001\",\"attributes\":" + attributes + "}";
    }

    /** The newest ledger entry with this action by this actor id (null when none): kind, object, purpose, outcome, detail. */
    protected Map<String, Object> lastEntry(String action, String actorId) {
        return jdbc.sql("""
                        SELECT actor_kind, object_id, purpose, outcome, detail FROM audit.ledger
                        WHERE action = :action AND actor_id = :actor ORDER BY seq DESC LIMIT 1""")
                .param("action", action).param("actor", actorId).query().listOfRows().stream()
                .findFirst().orElse(null);
    }

    protected static org.springframework.test.web.servlet.ResultActions assertRefused(
            org.springframework.test.web.servlet.ResultActions result, String code) throws Exception {
        return result.andExpect(status().is(ExchangeError.valueOf(code.toUpperCase().replace('-', '_'))
                        .status().value()))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.type").value(ExchangeProblems.TYPE_PREFIX + code));
    }
}
