package org.dancu.probes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * "Who used my data" without the demo's on-screen code: a deployment with no way to send a code issues none, so
 * knowing someone's ID no longer opens their access log (CitizenCodeGuardTest: the prod profile refuses the
 * on-screen code).
 */
@SpringBootTest(properties = "dancu.exchange.citizen-code-on-screen=false")
@AutoConfigureMockMvc
class CitizenCodeProbeTests {

    private static final String PIN = "011190000123";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    @Test
    void withoutADeliveryChannelNoCodeIsIssuedOrShown() throws Exception {
        long before = codeEntries();
        MockHttpSession citizen = new MockHttpSession();
        mvc.perform(get("/citizen/access").session(citizen))
                .andExpect(content().string(containsString("chưa có kênh gửi mã")))
                .andExpect(content().string(not(containsString("/citizen/access/code"))));
        mvc.perform(post("/citizen/access/code").session(citizen).with(csrf()).param("pin", PIN))
                .andExpect(redirectedUrl("/citizen/access"))
                .andExpect(flash().attribute("refusal", "exchange.citizen.refused.no-channel"))
                .andExpect(flash().attributeCount(1));
        mvc.perform(post("/citizen/access/verify").session(citizen).with(csrf()).param("code", "000000"))
                .andExpect(flash().attribute("refusal", "exchange.citizen.refused.no-code"));
        assertThat(codeEntries()).isEqualTo(before);
    }

    private long codeEntries() {
        return jdbc.sql("SELECT count(*) FROM audit.ledger WHERE action = 'exchange.citizen.code'")
                .query(Long.class).single();
    }
}
