package org.sanctuary.journeys;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.sanctuary.Fixtures;

/**
 * The system Chromium driven by Playwright, for journeys through the pages. Where /usr/bin/chromium
 * is missing a journey is skipped, unless SANCTUARY_REQUIRE_BROWSER=1 (as in CI) makes that a
 * failure. Screenshots go to target/screenshots, and to docs/screenshots for the README when
 * -Dsanctuary.docs.write=true.
 */
final class Chromium implements AutoCloseable {

  private static final Path EXECUTABLE = Path.of("/usr/bin/chromium");

  private final Playwright playwright;
  private final Browser browser;
  final Page page;
  private final String base;

  private Chromium(String base) {
    this.base = base;
    playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
        .setExecutablePath(EXECUTABLE)
        .setHeadless(true)
        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
    page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 900).setLocale("en-GB"));
  }

  /** A browser on the server at the port; skips the test where no Chromium is installed, unless CI requires one. */
  static Chromium open(int port) {
    if ("1".equals(System.getenv("SANCTUARY_REQUIRE_BROWSER"))) {
      org.assertj.core.api.Assertions.assertThat(EXECUTABLE).as("Chromium for browser tests").exists();
    }
    assumeTrue(Files.isExecutable(EXECUTABLE), "Chromium is not installed");
    return new Chromium("http://localhost:" + port);
  }

  String url(String path) {
    return base + path;
  }

  void signIn(String username) {
    page.navigate(url("/login"));
    page.getByLabel("User name").fill(username);
    page.getByLabel("Password").fill(Fixtures.PASSWORD);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
  }

  void signOut() {
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
  }

  /** Saves a full-page screenshot under the name. */
  void screenshot(String name) {
    Path shot = Path.of("target/screenshots", name + ".png");
    page.screenshot(new Page.ScreenshotOptions().setPath(shot).setFullPage(false));
    if (Boolean.getBoolean("sanctuary.docs.write")) {
      try {
        Files.createDirectories(Path.of("docs/screenshots"));
        Files.copy(shot, Path.of("docs/screenshots", name + ".png"), StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static String axe;

  /**
   * The critical and serious accessibility violations axe-core finds on the page as it is now, each
   * as its rule, impact and the first element it names; none means none.
   */
  @SuppressWarnings("unchecked")
  List<String> seriousAccessibilityViolations() {
    if (axe == null) {
      try (var in = Chromium.class.getResourceAsStream("/axe/axe.min.js")) {
        axe = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe !== 'undefined'"))) {
      page.evaluate(axe); // run from the driver, not as a script tag: the pages' CSP allows only their own scripts
    }
    return (List<String>) page.evaluate("async () => (await axe.run(document, { resultTypes: ['violations'] })).violations"
        + ".filter(v => v.impact === 'critical' || v.impact === 'serious')"
        + ".map(v => v.id + ' (' + v.impact + '): ' + v.nodes[0].target.join(' ') + ' ' + v.nodes.length + 'x')");
  }

  /** Nothing in the element reaches past the right edge of the screen. */
  void assertFitsTheScreen(String selector) {
    Object past = page.evaluate("s => Math.max(0, ...Array.from(document.querySelectorAll(s + ', ' + s + ' *'))"
        + ".map(e => e.getBoundingClientRect().right - document.documentElement.clientWidth))", selector);
    org.assertj.core.api.Assertions.assertThat(((Number) past).doubleValue()).as("pixels of %s past the screen", selector)
        .isLessThanOrEqualTo(0.5);
  }

  @Override
  public void close() {
    browser.close();
    playwright.close();
  }
}
