package org.dancu.cleansing.datasets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.dancu.civil.ProvinceTime;
import org.dancu.cleansing.CleansingFixtures;
import org.dancu.register.Officers;
import org.dancu.cleansing.CleansingFixtures.TestPerson;
import org.dancu.cleansing.CleansingIndicators;
import org.dancu.cleansing.Sector;
import org.dancu.cleansing.figures.CleansingIndicatorSource;
import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.dancu.security.StaffFixtures;
import org.dancu.steering.IndicatorCount;
import org.dancu.steering.Period;
import org.dancu.steering.PeriodType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A dataset's versions in the figures: the same file sent again is refused and counts once, a new
 * version replaces the one before, a withdrawn version leaves the figures, and the history keeps them all.
 * The figures are the steering indicator's counts of the finance department's tax records.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DatasetVersionTests {

    @Autowired ApplicationContext context;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Datasets datasets;
    @Autowired DatasetVersions versions;
    @Autowired CleansingIndicatorSource indicatorSource;
    @Autowired ProvinceTime time;

    private String taxFile(TestPerson... persons) {
        StringBuilder csv = new StringBuilder(CleansingFixtures.TAX_HEADER);
        for (TestPerson person : persons) {
            csv.append(CleansingFixtures.taxRow(person, person.pin(), CleansingFixtures.MUONG_THANH,
                    "86" + person.pin().substring(4)));
        }
        return csv.toString();
    }

    @Test
    void theSameFileSentAgainIsRefusedNamingTheDatasetAndChangesNoFigure() throws Exception {
        String csv = taxFile(CleansingFixtures.person(context, "M"), CleansingFixtures.person(context, "F"));
        long first = CleansingFixtures.evaluatedDataset(context, csv);
        String title = jdbc.sql("SELECT title FROM cleansing.dataset WHERE dataset_id = :id").param("id", first)
                .query(String.class).single();
        long[] before = taxCounts();
        long datasetsBefore = datasetCount();

        Officers.signIn("tinh.versions", Role.PROVINCE_OFFICER, new Scope("11", null));
        try {
            assertThatThrownBy(() -> datasets.upload(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                    "thue-gui-lai.csv", new Datasets.Description(Sector.TAX, "SO_TC", "Gửi lại", "2024")))
                    .isInstanceOfSatisfying(CleansingRefusal.class, refusal -> {
                        assertThat(refusal.messageKey()).isEqualTo("cleansing.error.same-file");
                        assertThat(refusal.arguments()).containsExactly(title, time.date(LocalDate.now(time.zone())));
                    });
        } finally {
            Officers.signOut();
        }
        assertThat(datasetCount()).isEqualTo(datasetsBefore);
        assertThat(taxCounts()).containsExactly(before);

        MockHttpSession officer = signIn(Role.PROVINCE_OFFICER, new Scope("11", null));
        for (String[] language : new String[][] {{"en", "This file was already loaded, as the dataset “" + title},
                {"vi", "Tệp này đã được nạp, là bộ dữ liệu «" + title}}) {
            mvc.perform(multipart("/cleansing/datasets").file(new MockMultipartFile("file", "thue.csv", "text/csv",
                            csv.getBytes(StandardCharsets.UTF_8)))
                            .param("sector", "TAX").param("agency", "SO_TC").param("title", "Gửi lại")
                            .param("period", "2024").param("lang", language[0]).with(csrf()).session(officer))
                    .andExpect(status().isOk()).andExpect(content().string(containsString(language[1])));
        }
        assertThat(datasetCount()).isEqualTo(datasetsBefore);
        assertThat(taxCounts()).containsExactly(before);
    }

    @Test
    void aNewVersionReplacesTheRecordsOfTheOneBeforeInTheFiguresAndTheHistoryListsBoth() throws Exception {
        long[] before = taxCounts();
        TestPerson stays = CleansingFixtures.person(context, "M");
        TestPerson leaves = CleansingFixtures.person(context, "F");
        long first = CleansingFixtures.evaluatedDataset(context, taxFile(stays, leaves));
        assertThat(delta(before)).containsExactly(2, 2);

        long second = CleansingFixtures.evaluatedDataset(context, taxFile(stays), first);

        assertThat(delta(before)).containsExactly(1, 1);
        MockHttpSession officer = signIn(Role.PROVINCE_OFFICER, new Scope("11", null));
        String history = mvc.perform(get("/cleansing/datasets/{id}", second).param("lang", "en").session(officer))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(history).contains("Version 2, in use", "Version 1, replaced",
                "/cleansing/datasets/" + first + "\"");
        mvc.perform(get("/cleansing/datasets/{id}", first).param("lang", "en").session(officer))
                .andExpect(content().string(containsString("This version no longer counts in any figure")));

        Officers.signIn("tinh.versions", Role.PROVINCE_OFFICER, new Scope("11", null));
        try {
            List<DatasetVersions.Version> listed = versions.history(datasets.find(second).orElseThrow());
            assertThat(listed).extracting(version -> version.dataset().id()).containsExactly(second, first);
            assertThat(listed).extracting(version -> version.figure().records()).containsExactly(1L, 2L);
            assertThatThrownBy(() -> datasets.upload(new ByteArrayInputStream(
                            taxFile(CleansingFixtures.person(context, "M")).getBytes(StandardCharsets.UTF_8)),
                    "thue.csv", new Datasets.Description(null, null, null, null, first)))
                    .isInstanceOfSatisfying(CleansingRefusal.class,
                            refusal -> assertThat(refusal.messageKey()).isEqualTo("cleansing.error.not-current"));
        } finally {
            Officers.signOut();
        }
    }

    @Test
    void aWithdrawnDatasetLeavesTheFiguresAndTheAgencysReachWithItsReasonAuditedAndWithoutAReasonNothingChanges() throws Exception {
        long[] before = taxCounts();
        TestPerson person = CleansingFixtures.person(context, "M");
        long dataset = CleansingFixtures.evaluatedDataset(context, taxFile(person));
        assertThat(delta(before)).containsExactly(1, 1);
        MockHttpSession agency = signIn(Role.AGENCY_OFFICER, new Scope("11", "SO_TC"));
        mvc.perform(get("/register/persons/{id}", person.id()).session(agency)).andExpect(status().isOk());

        String refused = mvc.perform(post("/cleansing/datasets/{id}/withdraw", dataset).param("reason", " ")
                        .with(csrf()).session(agency)).andReturn().getFlashMap().get("error").toString();
        assertThat(refused).isEqualTo("cleansing.error.withdrawal-reason");
        assertThat(delta(before)).containsExactly(1, 1);

        mvc.perform(post("/cleansing/datasets/{id}/withdraw", dataset).param("reason", "Sai năm của tệp")
                .with(csrf()).session(agency));

        assertThat(delta(before)).containsExactly(0, 0);
        mvc.perform(get("/register/persons/{id}", person.id()).session(agency)).andExpect(status().isNotFound());
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM audit.ledger WHERE action = 'cleansing.dataset.withdraw'
                        AND object_id = :id AND detail = 'Sai năm của tệp'""")
                .param("id", String.valueOf(dataset)).query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/cleansing/datasets/{id}", dataset).param("lang", "en").session(agency))
                .andExpect(content().string(containsString("Version 1, withdrawn")))
                .andExpect(content().string(containsString(": Sai năm của tệp")));
        mvc.perform(get("/cleansing").session(agency))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(
                        "<option value=\"" + dataset + "\""))));
    }

    private MockHttpSession signIn(Role role, Scope scope) throws Exception {
        String username = StaffFixtures.create(context, role, scope, "Lò Văn Phiên");
        MvcResult login = mvc.perform(post("/login").param("username", username)
                .param("password", StaffFixtures.PASSWORD).with(csrf())).andReturn();
        return (MockHttpSession) login.getRequest().getSession(false);
    }

    private long datasetCount() {
        return jdbc.sql("SELECT count(*) FROM cleansing.dataset").query(Long.class).single();
    }

    private long[] delta(long[] before) {
        long[] now = taxCounts();
        return new long[] {now[0] - before[0], now[1] - before[1]};
    }

    /** Numerator and denominator of the tax indicator, summed over the finance department's counts this month. */
    private long[] taxCounts() {
        Period month = Period.containing(PeriodType.MONTH, LocalDate.now());
        List<IndicatorCount> counts = indicatorSource.count(CleansingIndicators.TAX, List.of(month));
        return counts.stream().filter(count -> "SO_TC".equals(count.agencyCode()))
                .map(count -> new long[] {count.numerator(), count.denominator()})
                .reduce(new long[2], (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
    }
}
