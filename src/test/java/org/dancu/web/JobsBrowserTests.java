package org.dancu.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.Set;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;

import org.dancu.cleansing.CleansingFixtures;
import org.dancu.jobs.JobState;
import org.dancu.jobs.JobVisibility;
import org.dancu.jobs.Jobs;
import org.dancu.jobs.JobsFixtures;
import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.dancu.security.StaffFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A province officer follows background jobs in a real browser: a matching run they started ends on
 * the jobs page, named by its dataset and its starter's name, a running job's line changes by itself
 * when the job ends, and the officer cancels their own running job.
 */
class JobsBrowserTests extends BrowserTest {

    private Long waiting;

    @AfterEach
    void removeWaitingJob() {
        if (waiting != null) {
            JobsFixtures.remove(context.getBean(JdbcClient.class), List.of(waiting));
        }
    }

    @Test
    void anOfficerFollowsAJobToItsEndAndCancelsAnother() {
        String officer = StaffFixtures.create(context, Role.PROVINCE_OFFICER, new Scope("11", null), "Lò Văn Theo");
        long dataset = CleansingFixtures.inReview(context, "M", "8900000301").datasetId();
        long matching = context.getBean(Jobs.class).submit("cleansing.evaluation", String.valueOf(dataset), officer,
                new JobVisibility(Set.of(Role.PROVINCE_OFFICER), null, null));
        // a reconciliation as a server leaves it while it runs (no execution of it is due here)
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        waiting = JobsFixtures.job(jdbc, "national.reconciliation", officer, "{PROVINCE_OFFICER}", "11", null, "RUNNING",
                250, 1000);

        logIn(officer, StaffFixtures.PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Công việc").setExact(true)).click();
        assertThat(page.locator("h1")).hasText("Công việc chạy nền");

        Locator matchingLine = page.locator("#job-" + matching);
        assertThat(matchingLine).containsText("Đối chiếu bộ dữ liệu chuyên ngành với sổ dân cư");
        assertThat(matchingLine).containsText("đã xong", new LocatorAssertions.ContainsTextOptions().setTimeout(180_000));
        // what the job works on and who started it, in words: not the dataset's id or the username
        assertThat(matchingLine).containsText("bộ dữ liệu “Mã số thuế");
        assertThat(matchingLine).containsText("(năm 2024)");
        assertThat(matchingLine).containsText("Lò Văn Theo");
        assertThat(matchingLine).not().containsText(officer);
        assertThat(matchingLine).not().containsText("(với " + dataset + ")");

        Locator running = page.locator("#job-" + waiting);
        assertThat(running).containsText("đang chạy");
        assertThat(running).containsText("25 % (250 trên 1.000)");
        running.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Hủy")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã yêu cầu hủy");
        assertThat(page.locator("#job-" + waiting)).containsText("đã yêu cầu hủy");

        // the job ends on its server: the open page shows it without being reloaded
        JobsFixtures.end(jdbc, waiting, JobState.CANCELLED);
        assertThat(page.locator("#job-" + waiting)).containsText("đã hủy");
        assertThat(page.locator("#job-" + waiting).getByRole(AriaRole.BUTTON)).hasCount(0);
    }
}
