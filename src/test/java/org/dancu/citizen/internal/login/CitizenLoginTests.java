package org.dancu.citizen.internal.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.dancu.citizen.CitizenLogins;
import org.dancu.citizen.EidLevel;
import org.dancu.civil.Pin;
import org.dancu.register.RegisterFixture;
import org.dancu.register.RegisteredPersons;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** A citizen logs in with the e-ID, through the simulated provider, and lands on the portal as themselves. */
@SpringBootTest
@AutoConfigureMockMvc
class CitizenLoginTests {

    @Autowired ApplicationContext context;
    @Autowired MockMvc mvc;

    @Test
    void aCitizenLogsInAtLevelTwoAndLandsOnThePortal() throws Exception {
        Pin pin = Pin.of(RegisterFixture.aPersonPin(context, 3, true));
        String name = context.getBean(RegisteredPersons.class).byPin(pin).orElseThrow().name().fullName();

        MockHttpSession session = CitizenLogins.logIn(mvc, pin, EidLevel.LEVEL_2);

        mvc.perform(get("/citizen").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString(name)));
        assertThat(session.getAttribute("SPRING_SECURITY_CONTEXT")).isNull();
    }
}
