package org.dancu.workdays.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.dancu.audit.AuditTrail;
import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.dancu.security.StaffFixtures;
import org.dancu.workdays.DayKind;
import org.dancu.workdays.WorkingCalendar;
import org.dancu.workdays.Workdays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The administrator's working-day calendar page: the year in words and dates, recording and refusing decisions. */
@SpringBootTest
@AutoConfigureMockMvc
class CalendarPageTests {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;
    @Autowired AuditTrail trail;
    @Autowired Workdays workdays;

    @Test
    void anAdministratorReadsTheYearInWordsAndVietnameseDates() throws Exception {
        MockHttpSession admin = signIn(Role.ADMINISTRATOR, new Scope("11", null));
        mvc.perform(get("/admin/workdays").param("year", "2025").session(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Lịch ngày làm việc năm 2025")))
                .andExpect(content().string(containsString("25/01/2025 – 02/02/2025")))
                .andExpect(content().string(containsString("26/04/2025")))
                .andExpect(content().string(containsString("Giỗ Tổ Hùng Vương")))
                .andExpect(content().string(containsString("07/04/2025")))
                .andExpect(content().string(not(containsString(">LUNAR_NEW_YEAR<"))))
                .andExpect(content().string(not(containsString(">PUBLIC_HOLIDAY<"))));
        mvc.perform(get("/admin/workdays").param("year", "2026").param("lang", "en").session(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Compensating day off")))
                .andExpect(content().string(containsString("27/04/2026")));
    }

    @Test
    void aRecordedDecisionChangesTheCalendarAtOnceAndIsAudited() throws Exception {
        MockHttpSession admin = signIn(Role.ADMINISTRATOR, new Scope("11", null));
        LocalDate monday = LocalDate.of(2031, 9, 1);
        assertThat(workdays.calendar().kindOf(monday)).isEqualTo(DayKind.PUBLIC_HOLIDAY);
        LocalDate wednesday = LocalDate.of(2031, 9, 3);
        assertThat(workdays.calendar().isWorkingDay(wednesday)).isTrue();
        mvc.perform(record("NATIONAL_DAY", "true", "30/08/2031", "03/09/2031").session(admin))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "workdays.recorded"));
        assertThat(workdays.calendar().kindOf(wednesday)).isEqualTo(DayKind.DAY_OFF_BY_DECISION);
        assertThat(trail.findByObject("calendar-decision", "2031-08-30/2031-09-03", 5)).hasSize(1);
        mvc.perform(get("/admin/workdays").param("year", "2031").session(admin))
                .andExpect(content().string(containsString("30/08/2031 – 03/09/2031")))
                .andExpect(content().string(containsString("Ngày nghỉ theo quyết định của Chính phủ")));
    }

    @Test
    void contradictoryOrOverlappingDecisionsAreRefusedAndChangeNothing() throws Exception {
        MockHttpSession admin = signIn(Role.ADMINISTRATOR, new Scope("11", null));
        long before = decisions();
        WorkingCalendar calendar = workdays.calendar();
        mvc.perform(record("LUNAR_NEW_YEAR", "true", "01/02/2025", "05/02/2025").session(admin))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString(
                        "Chưa ghi: trùng với quyết định đã ghi cho các ngày 25/01/2025 – 02/02/2025.")));
        mvc.perform(record("VICTORY_AND_LABOUR", "false", "30/04/2033", "").param("lang", "en").session(admin))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString(
                        "Not recorded: 30/04/2033 is a public holiday fixed by the Labour Code")));
        mvc.perform(record("VICTORY_AND_LABOUR", "false", "05/05/2033", "").session(admin))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("ngày 05/05/2033 vốn là ngày làm việc")));
        mvc.perform(record("OTHER", "true", "10/05/2033", "08/05/2033").session(admin))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("ngày kết thúc phải bằng hoặc sau ngày bắt đầu")));
        mvc.perform(record("LUNAR_NEW_YEAR", "true", "01/07/2033", "02/07/2033").session(admin))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("cách dịp đã chọn quá 31 ngày")));
        mvc.perform(record("LUNAR_NEW_YEAR", "true", "03/02/2035", "08/02/2035").session(admin))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("các ngày nghỉ của dịp này phải gồm ngày 09/02/2035")));
        mvc.perform(record("OTHER", "true", "31/02/2033", "").session(admin))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("ngày phải viết theo dạng ngày/tháng/năm")));
        mvc.perform(record("OTHER", "true", "10/05/2033", "", " ").session(admin))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("cần nêu văn bản quyết định")));
        assertThat(decisions()).isEqualTo(before);
        assertThat(workdays.calendar()).isSameAs(calendar);
    }

    @Test
    void otherRolesAreRefusedThePage() throws Exception {
        long before = decisions();
        for (MockHttpSession other : List.of(signIn(Role.PROVINCE_OFFICER, new Scope("11", null)),
                signIn(Role.COMMUNE_OFFICER, new Scope("03334", null)),
                signIn(Role.AGENCY_OFFICER, new Scope(null, "SO_GDDT")),
                signIn(Role.AUDITOR, new Scope("11", null)))) {
            mvc.perform(get("/admin/workdays").session(other)).andExpect(status().isForbidden());
            mvc.perform(record("OTHER", "true", "12/05/2034", "").session(other)).andExpect(status().isForbidden());
        }
        assertThat(decisions()).isEqualTo(before);
    }

    private static MockHttpServletRequestBuilder record(String occasion, String dayOff, String first, String last) {
        return record(occasion, dayOff, first, last, "Công văn thử nghiệm");
    }

    private static MockHttpServletRequestBuilder record(String occasion, String dayOff, String first, String last,
                                                        String source) {
        return post("/admin/workdays").with(csrf()).param("occasion", occasion).param("dayOff", dayOff)
                .param("first", first).param("last", last).param("source", source);
    }

    private long decisions() {
        return jdbc.sql("SELECT count(*) FROM workdays.calendar_decision").query(Long.class).single();
    }

    private MockHttpSession signIn(Role role, Scope scope) throws Exception {
        String username = StaffFixtures.create(context, role, scope, "Lò Văn Minh");
        return (MockHttpSession) mvc.perform(post("/login").param("username", username)
                .param("password", StaffFixtures.PASSWORD).with(csrf())).andReturn().getRequest().getSession(false);
    }
}
