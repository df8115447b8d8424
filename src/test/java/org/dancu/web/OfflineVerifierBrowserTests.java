package org.dancu.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Duration;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.awaitility.Awaitility;
import org.dancu.results.IssuedResult;
import org.dancu.results.ResultStatus;
import org.dancu.results.Results;
import org.dancu.results.ResultsFixtures;
import org.dancu.results.seal.StatusList;
import org.dancu.results.seal.StatusLists;
import org.junit.jupiter.api.Test;

/**
 * A checker without signal: the offline verifier page, once loaded, checks QR texts with the network cut, and
 * answers in words from the keys and status list it loaded.
 */
class OfflineVerifierBrowserTests extends BrowserTest {

    @Test
    void withTheNetworkCutThePageTellsValidChangedRevokedAndForeignTextsApart() {
        Results results = context.getBean(Results.class);
        IssuedResult valid = ResultsFixtures.issued(context);
        IssuedResult revoked = ResultsFixtures.issued(context);
        String validText = results.offlineText(valid.code()).orElseThrow();
        String revokedText = results.offlineText(revoked.code()).orElseThrow();
        results.revoke(revoked.code(), "cấp nhầm", ResultsFixtures.OFFICER);
        StatusLists lists = context.getBean(StatusLists.class);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> lists.list(StatusList.listOf(revoked.statusIndex()))
                .orElseThrow().status(revoked.statusIndex()) == ResultStatus.REVOKED);

        page.navigate("/results/verify");
        browser.setOffline(true);

        check(validText);
        assertThat(page.locator("#verify-answer")).containsText("Xác thực và còn hiệu lực");
        assertThat(page.locator("#verify-fields")).containsText(valid.code().value());
        assertThat(page.locator("#verify-fields")).containsText(valid.holders().get(0).masked());

        char last = validText.charAt(validText.length() - 1);
        check(validText.substring(0, validText.length() - 1) + (last == '0' ? '1' : '0'));
        assertThat(page.locator("#verify-answer")).containsText("Không xác thực");
        assertThat(page.locator("#verify-fields")).isHidden();

        check(revokedText);
        assertThat(page.locator("#verify-answer")).containsText("đã bị thu hồi");

        check("https://example.vn/r/abc");
        assertThat(page.locator("#verify-answer")).containsText("Đây không phải");
    }

    private void check(String text) {
        page.getByLabel("Nội dung mã QR").fill(text);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kiểm tra")).click();
    }
}
