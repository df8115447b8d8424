package org.dancu.payments.exceptions;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.dancu.payments.PaymentLines;
import org.dancu.register.ImportFixtures;
import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.dancu.security.StaffFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The exception queue as each role sees it: a province or commune officer sees the exceptions of their
 * communes, in words and with the ID as their role shows it (whole, as they keep population data), and
 * resolves one; an officer of another
 * commune does not see it and cannot resolve it; an agency officer of another agency sees none; an auditor
 * may not open the page.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ExceptionQueuePageTests {

    @Autowired ApplicationContext context;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    private String pin;
    private long line;
    private long exception;

    @BeforeEach
    void returnedLine() {
        long cycle = PaymentLines.cycle(jdbc, "SENT");
        pin = PaymentLines.pin();
        line = PaymentLines.line(jdbc, cycle, PaymentLines.beneficiary(jdbc, pin, ImportFixtures.MUONG_THANH), "SENT");
        exception = PaymentLines.returned(jdbc, line, "AC06");
    }

    private MockHttpSession logIn(Role role, Scope scope) throws Exception {
        String username = StaffFixtures.create(context, role, scope, "Quàng Văn Thử");
        return (MockHttpSession) mvc.perform(post("/login").param("username", username)
                .param("password", StaffFixtures.PASSWORD).with(csrf())).andReturn().getRequest().getSession(false);
    }

    @Test
    void aCommuneOfficerSeesTheExceptionInWordsAndResolvesIt() throws Exception {
        MockHttpSession session = logIn(Role.COMMUNE_OFFICER, new Scope(ImportFixtures.MUONG_THANH, null));
        mvc.perform(get("/payments/exceptions").session(session)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-exception=\"" + exception + "\""),
                        containsString("Tài khoản bị phong tỏa"), containsString("Ngân hàng trả lại"),
                        containsString("500.000"), containsString(pin),
                        not(containsString(">AC06<")))));

        mvc.perform(post("/payments/exceptions/{id}/resolve", exception).param("disposition", "CASH")
                        .session(session).with(csrf()))
                .andExpect(redirectedUrl("/payments/exceptions"))
                .andExpect(flash().attribute("notice", "payments.exception.resolved"));
        mvc.perform(get("/payments/exceptions").param("resolved", "true").param("lang", "en").session(session))
                .andExpect(content().string(allOf(containsString("data-exception=\"" + exception + "\""),
                        containsString("Pay in cash through the post office"))));
        org.assertj.core.api.Assertions.assertThat(PaymentLines.status(jdbc, line)).isEqualTo("CASH_DUE");
    }

    @Test
    void aProvinceOfficerSeesTheWholeIdAndABadDecisionIsRefusedInWords() throws Exception {
        MockHttpSession session = logIn(Role.PROVINCE_OFFICER, new Scope("11", null));
        mvc.perform(get("/payments/exceptions").session(session))
                .andExpect(content().string(containsString(pin)));
        mvc.perform(post("/payments/exceptions/{id}/resolve", exception).param("disposition", "RECOVER")
                        .session(session).with(csrf()))
                .andExpect(flash().attribute("refusal", "payments.exception.refused.disposition"));
        mvc.perform(post("/payments/exceptions/{id}/resolve", exception).param("disposition", "NOT_A_DECISION")
                        .session(session).with(csrf()))
                .andExpect(flash().attribute("refusal", "payments.exception.refused.disposition"));
        org.assertj.core.api.Assertions.assertThat(PaymentLines.status(jdbc, line)).isEqualTo("RETURNED");
    }

    @Test
    void officersOfOtherCommunesOrAgenciesSeeNothingAndAnAuditorMayNotOpenThePage() throws Exception {
        MockHttpSession otherCommune = logIn(Role.COMMUNE_OFFICER, new Scope("03127", null));
        mvc.perform(get("/payments/exceptions").session(otherCommune)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("data-exception=\"" + exception + "\""))));
        mvc.perform(post("/payments/exceptions/{id}/resolve", exception).param("disposition", "CASH")
                        .session(otherCommune).with(csrf()))
                .andExpect(flash().attribute("refusal", "payments.exception.refused.not-found"));
        MockHttpSession taxAgency = logIn(Role.AGENCY_OFFICER, new Scope(null, "SO_TC"));
        mvc.perform(get("/payments/exceptions").session(taxAgency)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("data-exception=\"" + exception + "\""))));
        MockHttpSession auditor = logIn(Role.AUDITOR, new Scope("11", null));
        mvc.perform(get("/payments/exceptions").session(auditor)).andExpect(status().isForbidden());
        org.assertj.core.api.Assertions.assertThat(PaymentLines.status(jdbc, line)).isEqualTo("RETURNED");
    }
}
