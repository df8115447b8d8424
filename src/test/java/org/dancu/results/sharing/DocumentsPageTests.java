package org.dancu.results.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;

import org.dancu.citizen.CitizenLogins;
import org.dancu.citizen.EidLevel;
import org.dancu.civil.Pin;
import org.dancu.civil.ProvinceTime;
import org.dancu.register.RegisterFixture;
import org.dancu.results.IssuedResult;
import org.dancu.results.Results;
import org.dancu.results.ResultsFixtures;
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
import org.springframework.test.web.servlet.MvcResult;

/**
 * My documents as the holder signed in through the real e-ID flow, as another citizen, as an officer and as
 * nobody; share links made, opened by anyone, withdrawn and expired; every refusal changes nothing and is audited.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DocumentsPageTests {

    @Autowired ApplicationContext context;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Results results;
    @Autowired ProvinceTime time;

    private Pin holder;
    private Pin neighbour;

    @BeforeEach
    void persons() throws Exception {
        holder = Pin.of(RegisterFixture.aPersonPin(context, 43));
        neighbour = Pin.of(RegisterFixture.aPersonPin(context, 44));
    }

    @Test
    void theHolderSeesEachResultWithItsStatusPdfAndShareFormInBothLanguagesAndTheReadIsAudited() throws Exception {
        IssuedResult valid = results.issue(ResultsFixtures.birthExtract(holder));
        IssuedResult revoked = results.issue(ResultsFixtures.birthExtract(holder));
        results.revoke(revoked.code(), "Cấp nhầm", ResultsFixtures.OFFICER);
        MockHttpSession citizen = CitizenLogins.logIn(mvc, holder, EidLevel.LEVEL_1);
        long reads = entries(holder, "results.documents.read", "SUCCESS");

        String page = mvc.perform(get("/citizen/documents").session(citizen)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(valid.code().value()), containsString(revoked.code().value()),
                        containsString("Còn hiệu lực"), containsString("lý do: Cấp nhầm"),
                        containsString("/citizen/documents/" + valid.code().value() + "/pdf"),
                        containsString("<option value=\"168\" selected=\"selected\">7 ngày</option>"),
                        not(containsString("??")))))
                .andReturn().getResponse().getContentAsString();
        mvc.perform(get("/citizen/documents").session(citizen).param("lang", "en"))
                .andExpect(content().string(allOf(containsString("Make a share link"), containsString("Valid"))));

        assertThat(page).contains("/citizen/documents/" + valid.code().value() + "/share")
                .doesNotContain("/citizen/documents/" + revoked.code().value() + "/share");
        assertThat(entries(holder, "results.documents.read", "SUCCESS")).isEqualTo(reads + 2);
        byte[] pdf = mvc.perform(get("/citizen/documents/{code}/pdf", valid.code().value()).session(citizen))
                .andExpect(status().isOk()).andExpect(content().contentType("application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void aShareLinkOpensTheResultForAnyoneUntilWithdrawnAndTheHolderSeesEachView() throws Exception {
        IssuedResult result = results.issue(ResultsFixtures.birthExtract(holder));
        MockHttpSession citizen = CitizenLogins.logIn(mvc, holder, EidLevel.LEVEL_1);
        long withdrawals = entries(holder, "results.share.revoke", "SUCCESS");

        String link = share(citizen, result, "24");
        long id = linkId(result);
        assertThat(link).matches("http://localhost/r/s/[A-Za-z0-9_-]{43}");
        assertThat(jdbc.sql("SELECT expires_at - created_at = interval '24 hours' FROM results.share_link WHERE share_id = :id")
                .param("id", id).query(Boolean.class).single()).isTrue();
        mvc.perform(get(link)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(result.code().value()), containsString("Còn hiệu lực"),
                        containsString(holder.masked()))));
        mvc.perform(get("/citizen/access").session(citizen))
                .andExpect(content().string(containsString("Có người mở kết quả của bạn qua liên kết bạn đã chia sẻ")));

        mvc.perform(post("/citizen/documents/shares/{id}/revoke", id).session(citizen).with(csrf()))
                .andExpect(redirectedUrl("/citizen/documents"));

        String today = time.date(Instant.now());
        mvc.perform(get(link)).andExpect(status().isGone())
                .andExpect(content().string(allOf(containsString("Liên kết này đã hết hạn từ " + today),
                        not(containsString(result.code().value())), not(containsString(holder.masked())))));
        mvc.perform(get(link).param("lang", "en"))
                .andExpect(content().string(containsString("This link expired on " + today)));
        mvc.perform(post("/citizen/documents/shares/{id}/revoke", id).session(citizen).with(csrf()))
                .andExpect(redirectedUrl("/citizen/documents"));
        assertThat(entries(holder, "results.share.revoke", "SUCCESS")).isEqualTo(withdrawals + 1);
    }

    @Test
    void aLinkStopsOpeningOnceItsResultIsRevokedOrReplacedAndSaysSoInBothLanguages() throws Exception {
        IssuedResult toRevoke = results.issue(ResultsFixtures.birthExtract(holder));
        IssuedResult toReplace = results.issue(ResultsFixtures.birthExtract(holder));
        MockHttpSession citizen = CitizenLogins.logIn(mvc, holder, EidLevel.LEVEL_1);
        String revokedLink = share(citizen, toRevoke, "168");
        String replacedLink = share(citizen, toReplace, "168");
        mvc.perform(get(revokedLink)).andExpect(status().isOk());

        results.revoke(toRevoke.code(), "Cấp nhầm", ResultsFixtures.OFFICER);
        IssuedResult successor = results.supersede(toReplace.code(), ResultsFixtures.birthExtract(holder),
                ResultsFixtures.OFFICER);

        String today = time.date(Instant.now());
        for (String link : List.of(revokedLink, replacedLink)) {
            mvc.perform(get(link)).andExpect(status().isGone())
                    .andExpect(content().string(allOf(containsString("Liên kết này đã đóng từ " + today),
                            containsString("kết quả được chia sẻ không còn hiệu lực"),
                            not(containsString(toRevoke.code().value())), not(containsString(toReplace.code().value())),
                            not(containsString(successor.code().value())), not(containsString(holder.masked())))));
            mvc.perform(get(link).param("lang", "en")).andExpect(status().isGone())
                    .andExpect(content().string(containsString("the result it shared is no longer valid")));
        }
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM audit.ledger WHERE action = 'results.share.ended'
                        AND object_type = 'share-link' AND object_id IN (:ids)""")
                .param("ids", List.of(Long.toString(linkId(toRevoke)), Long.toString(linkId(toReplace))))
                .query(Long.class).single()).isEqualTo(4);
        String page = mvc.perform(get("/citizen/documents").session(citizen)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Liên kết này đã đóng từ " + today)
                .doesNotContain("/citizen/documents/shares/" + linkId(toRevoke) + "/revoke",
                        "/citizen/documents/shares/" + linkId(toReplace) + "/revoke");
    }

    @Test
    void anExpiredLinkSaysSinceWhenAndNothingElse() throws Exception {
        IssuedResult result = results.issue(ResultsFixtures.birthExtract(holder));
        MockHttpSession citizen = CitizenLogins.logIn(mvc, holder, EidLevel.LEVEL_1);
        String link = share(citizen, result, "1");
        Instant expired = Instant.parse("2026-01-02T03:00:00Z");
        jdbc.sql("UPDATE results.share_link SET created_at = :created, expires_at = :expires WHERE share_id = :id")
                .param("created", java.sql.Timestamp.from(expired.minusSeconds(3600)))
                .param("expires", java.sql.Timestamp.from(expired)).param("id", linkId(result)).update();

        mvc.perform(get(link)).andExpect(status().isGone())
                .andExpect(content().string(allOf(containsString("Liên kết này đã hết hạn từ 02/01/2026 10:00"),
                        not(containsString(result.code().value())))));
        mvc.perform(get("/citizen/documents").session(citizen))
                .andExpect(content().string(containsString("Liên kết này đã hết hạn từ 02/01/2026 10:00")));
    }

    @Test
    void aLifetimeOutsideAnHourToThirtyDaysIsRefusedInBothLanguagesAndMakesNothing() throws Exception {
        IssuedResult result = results.issue(ResultsFixtures.birthExtract(holder));
        MockHttpSession citizen = CitizenLogins.logIn(mvc, holder, EidLevel.LEVEL_1);

        for (String hours : List.of("0", "721", "bảy", "")) {
            mvc.perform(post("/citizen/documents/{code}/share", result.code().value()).session(citizen).with(csrf())
                    .param("hours", hours)).andExpect(redirectedUrl("/citizen/documents"));
            mvc.perform(get("/citizen/documents").session(citizen))
                    .andExpect(content().string(containsString("từ 1 giờ đến 30 ngày. Chưa có gì được tạo.")));
        }
        mvc.perform(post("/citizen/documents/{code}/share", result.code().value()).session(citizen).with(csrf())
                .param("hours", "0").param("lang", "en"));
        mvc.perform(get("/citizen/documents").session(citizen).param("lang", "en"))
                .andExpect(content().string(containsString("from 1 hour to 30 days. Nothing was made.")));
        assertThat(links(result)).isZero();
    }

    @Test
    void anotherCitizenCannotShareOrWithdrawAndTheHolderSeesTheAttempt() throws Exception {
        IssuedResult result = results.issue(ResultsFixtures.birthExtract(holder));
        MockHttpSession owner = CitizenLogins.logIn(mvc, holder, EidLevel.LEVEL_1);
        share(owner, result, "168");
        long id = linkId(result);
        MockHttpSession other = CitizenLogins.logIn(mvc, neighbour, EidLevel.LEVEL_2);
        long attempts = entries(holder, "results.share.create", "DENIED");
        long withdrawals = entries(holder, "results.share.revoke", "DENIED");

        mvc.perform(post("/citizen/documents/{code}/share", result.code().value()).session(other).with(csrf())
                .param("hours", "168")).andExpect(redirectedUrl("/citizen/documents"));
        mvc.perform(get("/citizen/documents").session(other)).andExpect(content().string(allOf(
                containsString("Bạn không có kết quả nào mang mã này"), not(containsString(result.code().value())))));
        mvc.perform(post("/citizen/documents/shares/{id}/revoke", id).session(other).with(csrf()))
                .andExpect(redirectedUrl("/citizen/documents"));
        mvc.perform(get("/citizen/documents").session(other).param("pin", holder.value()))
                .andExpect(status().isForbidden());
        long downloads = entries(holder, "results.documents.pdf", "DENIED");
        mvc.perform(get("/citizen/documents/{code}/pdf", result.code().value()).session(other))
                .andExpect(status().isNotFound());
        assertThat(entries(holder, "results.documents.pdf", "DENIED")).isEqualTo(downloads + 1);

        assertThat(links(result)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT revoked_at IS NULL FROM results.share_link WHERE share_id = :id").param("id", id)
                .query(Boolean.class).single()).isTrue();
        assertThat(entries(holder, "results.share.create", "DENIED")).isEqualTo(attempts + 1);
        assertThat(entries(holder, "results.share.revoke", "DENIED")).isEqualTo(withdrawals + 1);
        mvc.perform(get("/citizen/access").session(owner)).andExpect(content().string(allOf(
                containsString("kết quả " + result.code().value() + ", người yêu cầu không phải người được cấp"),
                containsString("Công dân yêu cầu dữ liệu của người khác"))));
    }

    @Test
    void anOfficerAndAnAnonymousVisitorAreSentToTheCitizensSignIn() throws Exception {
        String officer = StaffFixtures.create(context, Role.ADMINISTRATOR, new Scope("11", null), "Quàng Văn Sổ");
        MockHttpSession staff = new MockHttpSession();
        mvc.perform(post("/login").session(staff).with(csrf()).param("username", officer)
                .param("password", StaffFixtures.PASSWORD)).andExpect(redirectedUrl("/"));

        mvc.perform(get("/citizen/documents").session(staff)).andExpect(redirectedUrl("/citizen/login"));
        mvc.perform(get("/citizen/documents")).andExpect(redirectedUrl("/citizen/login"));
        mvc.perform(post("/citizen/documents/{code}/share", "011-KS-2026-0000001-P").session(staff).with(csrf())
                .param("hours", "24")).andExpect(redirectedUrl("/citizen/login"));
    }

    private String share(MockHttpSession citizen, IssuedResult result, String hours) throws Exception {
        MvcResult made = mvc.perform(post("/citizen/documents/{code}/share", result.code().value()).session(citizen)
                .with(csrf()).param("hours", hours)).andExpect(redirectedUrl("/citizen/documents")).andReturn();
        String url = (String) made.getFlashMap().get("createdUrl");
        mvc.perform(get("/citizen/documents").session(citizen).flashAttrs(made.getFlashMap()))
                .andExpect(content().string(allOf(containsString(url), containsString("không được hiển thị lại"))));
        return url;
    }

    private long linkId(IssuedResult result) {
        return jdbc.sql("SELECT max(share_id) FROM results.share_link WHERE result_code = :code")
                .param("code", result.code().value()).query(Long.class).single();
    }

    private long links(IssuedResult result) {
        return jdbc.sql("SELECT count(*) FROM results.share_link WHERE result_code = :code")
                .param("code", result.code().value()).query(Long.class).single();
    }

    private long entries(Pin person, String action, String outcome) {
        return jdbc.sql("""
                        SELECT count(*) FROM audit.ledger WHERE object_type = 'person' AND object_id = :pin
                        AND action = :action AND outcome = :outcome""")
                .param("pin", person.value()).param("action", action).param("outcome", outcome)
                .query(Long.class).single();
    }
}
