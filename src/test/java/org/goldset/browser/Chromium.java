package org.goldset.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

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
        this(List.of());
    }

    /** With extra Chromium switches, e.g. {@code --host-resolver-rules=MAP evil.example 127.0.0.1}. */
    public Chromium(List<String> extraSwitches) {
        if (!Files.isExecutable(EXECUTABLE)) {
            throw new IllegalStateException("Browser tests need Debian's Chromium at " + EXECUTABLE
                    + ": apt-get install -y chromium (.ci/run does this)");
        }
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(EXECUTABLE)
                .setHeadless(true)
                .setArgs(Stream.concat(Stream.of("--no-sandbox", "--disable-gpu",
                        "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
                        "--disable-sync", "--no-first-run"), extraSwitches.stream()).toList()));
    }

    public Page newPage() {
        return newPage(1500, 900);
    }

    public Page newPage(int width, int height) {
        return browser.newPage(new Browser.NewPageOptions().setViewportSize(width, height));
    }

    /**
     * Logs in through the login view, as a person does, and waits for the documents list. The user
     * must exist with {@link org.goldset.TestUsers#PASSWORD}.
     */
    public Page newPageAs(String baseUrl, String name) {
        return newPageAs(baseUrl, name, 1500, 900);
    }

    /** A new page logged in as the user, showing the documents list. */
    public Page newPageAs(String baseUrl, String name, int width, int height) {
        Page page = newPage(width, height);
        logIn(page, baseUrl, name);
        return page;
    }

    public static void logIn(Page page, String baseUrl, String name) {
        page.navigate(baseUrl + "/login");
        page.fill("vaadin-login-form input[name=username]", name);
        page.fill("vaadin-login-form input[name=password]", org.goldset.TestUsers.PASSWORD);
        page.click("vaadin-login-form vaadin-button[slot=submit], vaadin-login-form vaadin-button[theme~=submit]");
        page.waitForSelector(".goldset-user-name");
    }

    public static void screenshot(Page page, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
    }

    /** Drags the mouse across a word of the article, as an analyst selects text. */
    public static void selectWord(Page page, String word) {
        page.evaluate(FIND_WORD, word);
        // The review screen may still be scrolling to its selection: measure once everything is still.
        Map<String, Object> box = null;
        for (int attempt = 0; attempt < 20; attempt++) {
            page.waitForTimeout(150);
            Map<String, Object> now = wordBox(page, word);
            if (now.equals(box)) {
                break;
            }
            box = now;
        }
        double x = ((Number) box.get("x")).doubleValue();
        double y = ((Number) box.get("y")).doubleValue() + ((Number) box.get("height")).doubleValue() / 2;
        double width = ((Number) box.get("width")).doubleValue();
        page.mouse().move(x + 1, y);
        page.mouse().down();
        page.mouse().move(x + width - 1, y, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
        page.mouse().up();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> wordBox(Page page, String word) {
        return (Map<String, Object>) page.evaluate("""
                word => {
                  const root = document.querySelector('goldset-annotated-text');
                  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
                  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                    const at = node.textContent.indexOf(word);
                    if (at >= 0) {
                      const range = document.createRange();
                      range.setStart(node, at);
                      range.setEnd(node, at + word.length);
                      const r = range.getBoundingClientRect();
                      return {x: r.x, y: r.y, width: r.width, height: r.height};
                    }
                  }
                  return null;
                }""", word);
    }

    private static final String FIND_WORD = """
            word => {
              const root = document.querySelector('goldset-annotated-text');
              const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                if (node.textContent.indexOf(word) >= 0) {
                  node.parentElement.scrollIntoView({block: 'center'});
                  return;
                }
              }
            }""";

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
