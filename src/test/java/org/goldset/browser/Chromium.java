package org.goldset.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Debian's Chromium driven by Playwright, headless. Playwright must never download a browser on our
 * machines (PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 is set for the tests); without /usr/bin/chromium the
 * tests fail with a message saying how to install it rather than being skipped.
 */
public final class Chromium implements AutoCloseable {

    static final Path EXECUTABLE = Path.of("/usr/bin/chromium");
    public static final Path SCREENSHOTS = Path.of("target/screenshots");

    private final Playwright playwright;
    private final Browser browser;

    public Chromium() {
        if (!Files.isExecutable(EXECUTABLE)) {
            throw new IllegalStateException("Browser tests need Debian's Chromium at " + EXECUTABLE
                    + ": apt-get install -y chromium (.ci/run does this)");
        }
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(EXECUTABLE)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run")));
    }

    public Page newPage() {
        return browser.newPage(new Browser.NewPageOptions().setViewportSize(1500, 900));
    }

    public static void screenshot(Page page, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
