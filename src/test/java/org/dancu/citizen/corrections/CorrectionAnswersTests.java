package org.dancu.citizen.corrections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Locale;

import org.dancu.civil.Pin;
import org.dancu.notify.Inbox;
import org.dancu.notify.InboxMessage;
import org.dancu.register.CorrectionFixtures;
import org.dancu.register.CorrectionRequests;
import org.dancu.register.ImportFixtures;
import org.dancu.register.Officers;
import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The officer's decision on a correction request reaches the citizen's portal inbox, in the language they
 * wrote the request in: accepted, or rejected with the officer's reason.
 */
@SpringBootTest
@AutoConfigureMockMvc
@EnableScenarios
class CorrectionAnswersTests {

    @RegisterExtension final ImportFixtures ids = new ImportFixtures();
    @Autowired ApplicationContext context;
    @Autowired MockMvc mvc;
    @Autowired CorrectionRequests requests;
    @Autowired Inbox inbox;

    private Pin citizen;
    private MockHttpSession officer;

    @BeforeEach
    void aCitizenAndTheirCommunesOfficer() throws Exception {
        citizen = CorrectionFixtures.person(context, ids, ImportFixtures.MUONG_THANH);
        officer = Officers.logIn(mvc, context, Role.COMMUNE_OFFICER, new Scope(ImportFixtures.MUONG_THANH, null),
                "Quàng Văn Xét");
    }

    private long requestIn(Locale language) {
        return requests.submit(citizen, CorrectionFixtures.givenName("Đức"), language, null);
    }

    @Test
    void anAcceptedRequestIsAnsweredInVietnameseWhenWrittenInVietnamese(Scenario scenario) {
        long id = requestIn(Locale.forLanguageTag("vi"));
        scenario.stimulate(() -> decide(id, "accept", null))
                .andWaitForStateChange(() -> inbox.of(citizen, 10), messages -> !messages.isEmpty())
                .andVerify(messages -> {
                    InboxMessage answer = messages.get(0);
                    assertThat(answer.subject()).isEqualTo("Yêu cầu đính chính đã được chấp nhận");
                    assertThat(answer.body()).contains("số " + id).contains("đã được sửa như bạn đề nghị");
                });
    }

    @Test
    void aRejectedRequestIsAnsweredWithTheReasonInEnglishWhenWrittenInEnglish(Scenario scenario) {
        long id = requestIn(Locale.ENGLISH);
        scenario.stimulate(() -> decide(id, "reject", "Your birth certificate says Đúng"))
                .andWaitForStateChange(() -> inbox.of(citizen, 10), messages -> !messages.isEmpty())
                .andVerify(messages -> {
                    InboxMessage answer = messages.get(0);
                    assertThat(answer.subject()).isEqualTo("Correction request rejected");
                    assertThat(answer.body()).contains("no. " + id).endsWith("Reason: Your birth certificate says Đúng");
                });
    }

    private void decide(long id, String decision, String reason) {
        try {
            var request = post("/register/corrections/{id}/" + decision, id).session(officer).with(csrf());
            mvc.perform(reason == null ? request : request.param("reason", reason));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
