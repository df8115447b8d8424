package org.dancu.web;


import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * One headless Debian Chromium per test JVM, driven by Playwright. Playwright's own browser download is
 * switched off: the browser is the system's {@code chromium} package, which {@code .ci/run} installs.
 */
final class BrowserSession {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("DANCU_CHROMIUM", "/usr/bin/chromium"));

    private static Browser browser;

    private BrowserSession() {
    }

    static synchronized Browser browser() {
        if (browser == null) {
            if (!Files.isExecutable(CHROMIUM)) {
                throw new IllegalStateException("Browser tests need Chromium at " + CHROMIUM
                        + ": install Debian's chromium package (.ci/run does) or set DANCU_CHROMIUM");
            }
            Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM)
                    .setHeadless(true)
                    // the machine has no network beyond loopback: keep Chromium from reaching out
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync")));
            Runtime.getRuntime().addShutdownHook(new Thread(playwright::close, "playwright-close"));
        }
        return browser;
    }
}
