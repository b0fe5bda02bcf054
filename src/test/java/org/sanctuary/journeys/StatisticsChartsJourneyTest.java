package org.sanctuary.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * On the demo's cases, the supervisor reads the procedure statistics in Korean on a phone: the charts
 * of days per stage and of recognition rates are drawn, labelled in Korean, and fit the screen.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:demo-charts-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
      "spring.datasource.username=sa",
      "spring.datasource.password="
    })
@ActiveProfiles({"test", "demo"})
class StatisticsChartsJourneyTest {

  @LocalServerPort int port;

  @Test
  void theChartsReadInKoreanAndFitAPhone() {
    try (Chromium chromium = Chromium.open(port)) {
      Page page = chromium.page;
      page.navigate(chromium.url("/login"));
      page.getByLabel("User name").fill("supervisor");
      page.getByLabel("Password").fill(org.sanctuary.access.PasswordPolicy.DEMO_PASSWORD);
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
      page.setViewportSize(390, 844);
      page.navigate(chromium.url("/statistics?lang=ko"));
      assertThat(page.locator("#stages-chart")).isVisible();
      assertThat(page.locator("#stages-chart text.label").first()).not().isEmpty();
      assertThat(page.locator("#by-nationality-chart rect.bar").first()).isVisible();
      assertThat(page.locator("main")).not().containsText("??");
      chromium.assertFitsTheScreen("svg.chart");
      page.locator("#stages-chart").scrollIntoViewIfNeeded();
      chromium.screenshot("statistics-charts-ko-phone");
    }
  }
}
