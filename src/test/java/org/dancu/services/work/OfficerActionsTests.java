package org.dancu.services.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dancu.civil.Pin;
import org.dancu.civil.ProvinceTime;
import org.dancu.register.RegisterFixture;
import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.dancu.security.StaffFixtures;
import org.dancu.services.Channel;
import org.dancu.services.Dossiers;
import org.dancu.services.NewDossier;
import org.dancu.services.Procedure;
import org.dancu.services.ProcedureCode;
import org.dancu.services.Procedures;
import org.dancu.services.SuppliedComponent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An agency officer's work on a filed dossier through the pages and {@code DossierWork}: a bulk take of
 * two legs, one of them outside the officer's scope (refused in words beside its code, the other taken),
 * the taken leg in the officer's own tab and on the timeline by name, then the step completed from the
 * dossier page.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OfficerActionsTests {

    @Autowired ApplicationContext context;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Dossiers dossiers;
    @Autowired Procedures procedures;

    @Test
    void anOfficerTakesInBulkWhatIsTheirsSeesItAsTheirsAndCompletesIt() throws Exception {
        Pin applicant = Pin.of(RegisterFixture.aPersonPin(context, 11));
        Procedure procedure = procedures.find(new ProcedureCode("DB-01"), LocalDate.now(ProvinceTime.VIETNAM))
                .orElseThrow();
        String filed = dossiers.file(new NewDossier(procedure.code(), Channel.ONLINE, applicant, applicant, "03334",
                Map.of(), procedure.components().stream()
                        .map(c -> new SuppliedComponent(c.key(), c.source(), null, false)).toList(),
                Set.of(), null, null, Instant.now())).value();
        String elsewhere = OpenLegs.add(jdbc, "DB-01", applicant.value(), "03127", "ONLINE", "CONG_AN", "IN_PROGRESS",
                Instant.now().plus(Duration.ofDays(5)), null, null);
        try {
            String officer = StaffFixtures.create(context, Role.AGENCY_OFFICER, new Scope("03334", "CONG_AN"),
                    "Quàng Văn Công");
            MockHttpSession session = (MockHttpSession) mvc.perform(post("/login").param("username", officer)
                            .param("password", StaffFixtures.PASSWORD).with(csrf()))
                    .andReturn().getRequest().getSession(false);

            List<?> refusals = (List<?>) mvc.perform(post("/services/queue/bulk").session(session).with(csrf())
                            .param("action", "take").param("items", filed + "|main", elsewhere + "|main"))
                    .andExpect(flash().attribute("bulkDone", 1)).andReturn().getFlashMap().get("bulkRefusals");
            assertThat(refusals).singleElement().asString().startsWith(elsewhere + " — ");
            assertThat(assignee(filed)).isEqualTo(officer);
            assertThat(assignee(elsewhere)).as("nothing changed outside the scope").isEmpty();

            assertThat(page(session, "/services/queue?tab=mine")).as("the refusal is flashed above the list, its link is not in it")
                    .contains("/services/dossiers/" + filed, elsewhere + " — ")
                    .doesNotContain("/services/dossiers/" + elsewhere);
            assertThat(page(session, "/services/dossiers/" + filed)).contains("Giao cho cán bộ", "Quàng Văn Công");

            mvc.perform(post("/services/dossiers/" + filed + "/legs/main/complete").param("note", "Đủ điều kiện")
                            .session(session).with(csrf()))
                    .andExpect(flash().attribute("notice", "services.work.done.complete"));
            assertThat(jdbc.sql("SELECT status FROM services.leg WHERE dossier_code = :code").param("code", filed)
                    .query(String.class).single()).isEqualTo("COMPLETED");
            assertThat(page(session, "/services/dossiers/" + filed)).contains("Đã xong", "Hoàn thành")
                    .doesNotContain("/legs/main/complete");
        } finally {
            OpenLegs.remove(jdbc, List.of(elsewhere));
        }
    }

    /** The leg's assignee, empty when none. */
    private String assignee(String code) {
        return jdbc.sql("SELECT coalesce(assignee, '') FROM services.leg WHERE dossier_code = :code")
                .param("code", code).query(String.class).single();
    }

    private String page(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
