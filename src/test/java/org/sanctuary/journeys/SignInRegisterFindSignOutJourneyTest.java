package org.sanctuary.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sanctuary.Fixtures;
import org.sanctuary.access.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A registrar's first morning, in a real Chromium: sign in, register a person with a name typed in
 * the wrong script, read the error beside the field, fix it, find the person in the list, sign out.
 * Needs /usr/bin/chromium; where it is missing the journey is skipped, unless
 * SANCTUARY_REQUIRE_BROWSER=1 (as in CI) makes that a failure.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SignInRegisterFindSignOutJourneyTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  @LocalServerPort int port;
  @Autowired Fixtures fixtures;

  @Test
  void aRegistrarRegistersAPersonAfterCorrectingAnErrorAndFindsThemInTheList() {
    boolean required = "1".equals(System.getenv("SANCTUARY_REQUIRE_BROWSER"));
    if (required) {
      org.assertj.core.api.Assertions.assertThat(CHROMIUM).as("Chromium for browser tests").exists();
    }
    assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed");
    String registrar = fixtures.anOfficeWithEveryRole().username(Role.REGISTRAR);
    String base = "http://localhost:" + port;

    try (Playwright playwright =
            Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser =
            playwright
                .chromium()
                .launch(
                    new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(
                            List.of(
                                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                                "--disable-background-networking", "--disable-component-update",
                                "--disable-sync", "--no-first-run", "--disable-quic")))) {
      Page page = browser.newPage();

      page.navigate(base + "/persons");
      assertThat(page).hasURL(base + "/login");
      page.getByLabel("User name").fill(registrar);
      page.getByLabel("Password").fill(Fixtures.PASSWORD);
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();

      page.navigate(base + "/persons/new");
      page.locator("#names0\\.script").selectOption("HANGUL");
      page.locator("#names0\\.value").fill("Kim Young-hee");
      page.getByLabel("Sex", new Page.GetByLabelOptions().setExact(true)).selectOption("FEMALE");
      page.getByLabel("Date of birth").fill("circa 1975");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();

      Locator nameError = page.locator("#names0-error");
      assertThat(nameError).containsText("is not written in HANGUL script");
      assertThat(page.locator("#names0\\.value")).hasAttribute("aria-invalid", "true");
      assertThat(page.getByLabel("Date of birth")).hasValue("circa 1975");

      page.locator("#names0\\.value").fill("김영희");
      page.locator("#names1\\.script").selectOption("LATIN_RR");
      page.locator("#names1\\.value").fill("Gim Yeonghui");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
      assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("김영희");
      assertThat(page.getByRole(AriaRole.STATUS)).containsText("Saved.");

      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Persons")).click();
      page.getByLabel("Name starts with (any script)").fill("gim yeong");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter")).click();
      Locator row = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("김영희"));
      assertThat(row).hasCount(1);
      row.getByRole(AriaRole.LINK).click();
      assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("김영희");

      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
      assertThat(page.getByRole(AriaRole.STATUS)).containsText("You have signed out.");
      page.navigate(base + "/persons");
      assertThat(page).hasURL(base + "/login");
    }
  }
}
