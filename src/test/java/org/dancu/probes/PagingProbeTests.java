package org.dancu.probes;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.dancu.security.StaffFixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Paging parameters at the edges of an int: every list answers with a page, never a server error. */
@SpringBootTest
@AutoConfigureMockMvc
class PagingProbeTests {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;

    private MockHttpSession signedIn(Role role) throws Exception {
        String username = StaffFixtures.create(context, role, new Scope("11", null), "Cán bộ Phân Trang");
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(StaffFixtures.PASSWORD))
                .andReturn().getRequest().getSession(false);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2147483647", "1000000", "-2147483648"})
    void anyPageNumberGetsAPage(String page) throws Exception {
        MockHttpSession officer = signedIn(Role.PROVINCE_OFFICER);
        mvc.perform(get("/register").param("name", "Bui").param("page", page).session(officer))
                .andExpect(status().isOk());
        mvc.perform(get("/national").param("page", page).session(officer)).andExpect(status().isOk());
        mvc.perform(get("/admin/accounts").param("page", page).session(signedIn(Role.ADMINISTRATOR)))
                .andExpect(status().isOk());
    }
}
