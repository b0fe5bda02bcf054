package org.sanctuary.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * On the demo's three lists of people returned from Jilin, the monitor goes from the monitoring page
 * to the estimates, asks for the lists of forced returns in Jilin in April and May 2002, ticks the three, reads how many people they are and what every method
 * estimates, each with its interval, and saves the analysis; a registrar, who may not read monitoring
 * figures, is refused.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:demo-estimate-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
      "spring.datasource.username=sa",
      "spring.datasource.password="
    })
@ActiveProfiles({"test", "demo"})
class ListEstimateJourneyTest {

  @LocalServerPort int port;

  @Test
  void theMonitorEstimatesFromThreeListsAndReadsEachMethodsIntervalAndARegistrarIsRefused() {
    try (Chromium chromium = Chromium.open(port)) {
      Page page = chromium.page;
      signIn(chromium, "monitor");
      page.navigate(chromium.url("/monitoring"));
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Estimate from lists")).click();
      // Forced returns in Jilin, April and May 2002: the lists whose reports inform such an event.
      page.locator("#ef-type").selectOption("FORCED_RETURN");
      page.locator("#ef-from").fill("2002-04-01");
      page.locator("#ef-to").fill("2002-05-31");
      page.locator("#ef-place").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Jilin, China"));
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show their lists")).click();
      Locator lists = page.locator("input[name=list]");
      assertThat(lists).hasCount(3);
      for (int i = 0; i < 3; i++) {
        lists.nth(i).check();
      }
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Estimate")).click();

      assertThat(page.locator("#est-undecided")).containsText("2 pairs");
      assertThat(page.locator("#est-cells tbody tr")).hasCount(7);
      Locator latent = page.locator("#est-methods tbody tr").first();
      assertThat(latent).containsText("Latent classes");
      // An interval, never a bare number: "31 – 47".
      assertThat(latent.locator("td").nth(2)).hasText(java.util.regex.Pattern.compile("^\\d+ – \\d+$"));
      assertThat(page.locator("#est-methods")).containsText("Log-linear model A + B + C");
      assertThat(page.locator("#est-methods")).containsText("Lower bound (Chao)");
      assertThat(page.locator("#est-spread")).isVisible();
      org.assertj.core.api.Assertions.assertThat(chromium.seriousAccessibilityViolations()).isEmpty();
      chromium.screenshot("list-estimate");

      // Saved under a title, it opens with its answer then beside the same lists now.
      page.getByLabel("Title").fill("Returns from Jilin, spring 2002");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save this analysis")).click();
      assertThat(page.locator("h1")).hasText("Returns from Jilin, spring 2002");
      assertThat(page.locator("#est-compare")).containsText("When saved");
      assertThat(page.locator("#est-chosen-for")).containsText("2002-04-01 – 2002-05-31");
      assertThat(page.locator("#est-chosen-for")).containsText("Jilin");
      assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("CSV"))).isVisible();
      org.assertj.core.api.Assertions.assertThat(chromium.seriousAccessibilityViolations()).isEmpty();

      chromium.signOut();
      signIn(chromium, "registrar");
      com.microsoft.playwright.Response refused = page.navigate(chromium.url("/monitoring/estimates"));
      org.assertj.core.api.Assertions.assertThat(refused.status()).isEqualTo(403);
    }
  }

  private static void signIn(Chromium chromium, String user) {
    Page page = chromium.page;
    page.navigate(chromium.url("/login"));
    page.getByLabel("User name").fill(user);
    page.getByLabel("Password").fill(org.sanctuary.access.PasswordPolicy.DEMO_PASSWORD);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
  }
}
