package org.sanctuary.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sanctuary.Fixtures;
import org.sanctuary.access.Role;
import org.sanctuary.monitoring.places.Gazetteer;
import org.sanctuary.monitoring.places.Place;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A monitor, in a real Chromium, files a witness's report, records the event it describes with the
 * count the witness gave ("up to 500"), and finds it in the statistics as at most 500 with the
 * minimum unknown.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MonitoringJourneyTest {

  @LocalServerPort int port;
  @Autowired Fixtures fixtures;
  @Autowired Gazetteer places;

  @Test
  void aMonitorRecordsAnEventWithACountFromANewReportAndSeesItInTheStatistics() {
    Fixtures.Staffed team = fixtures.anOfficeWithEveryRole();
    String town = "Hoeryong " + team.office().code();
    UUID place = places.add(null, Place.Level.TOWN, List.of(new Place.Name("LATIN", town, true), new Place.Name("HANGUL", "회령", false)),
        42.44, 129.75);

    try (Chromium chromium = Chromium.open(port)) {
      Page page = chromium.page;
      chromium.signIn(team.username(Role.MONITOR));
      page.navigate(chromium.url("/monitoring"));
      page.getByText("File a report").first().click();
      page.locator("#rep-type").selectOption("WITNESS");
      page.locator("#rep-received").fill("2002-06-02");
      page.locator("#rep-language").fill("ko");
      page.locator("#rep-content").fill("In May up to 500 people were taken back across the river at " + town + ".");
      page.locator("#rep-source").fill("A ferryman, reached through a partner church");
      page.getByText("File the report", new Page.GetByTextOptions().setExact(true)).click();
      assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.STATUS)).containsText("Report filed.");
      String reference = page.locator("h1").textContent();

      page.navigate(chromium.url("/monitoring/events/new"));
      page.locator("#ev-title").fill("Returns across the river at " + town);
      page.locator("#ev-date").fill("May 2002");
      page.locator("#ev-place").selectOption(place.toString());
      page.locator("#ev-precision").selectOption("TOWN");
      page.getByText("Record the event", new Page.GetByTextOptions().setExact(true)).click();
      assertThat(page.locator("#verification")).hasText("Unverified");

      page.locator("#in-report").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(
          page.locator("#in-report option", new Page.LocatorOptions().setHasText(reference)).textContent()));
      page.locator("#in-connection").selectOption("WITNESS");
      page.locator("#in-reliability").fill("C");
      page.locator("#in-credibility").fill("2");
      page.locator("#in-count").fill("up to 500");
      page.locator("form[action$='/information'] button[type=submit]").click();
      Locator counts = page.locator("#counts");
      assertThat(counts).containsText("up to 500");
      assertThat(counts).containsText(reference);
      page.locator("#act-type").selectOption("FORCED_RETURN");
      page.locator("#act-group").fill("People held at " + town);
      page.locator("form[action$='/acts'] button[type=submit]").click();
      assertThat(page.locator("#acts")).containsText("Forced return");

      page.navigate(chromium.url("/monitoring/statistics"));
      page.locator("#st-from").fill("2002-04-01");
      page.locator("#st-to").fill("2002-05-31");
      page.locator("#st-place").selectOption(place.toString());
      page.locator("#st-type").selectOption("FORCED_RETURN");
      page.locator("main form button[type=submit]").click();
      Locator total = page.locator("#totals tbody tr").first();
      assertThat(total).containsText("All events");
      assertThat(total.locator("td").nth(1)).hasText("1");
      assertThat(total.locator("td").nth(2)).hasText("unknown");
      assertThat(total.locator("td").nth(3)).hasText("500");
      assertThat(page.locator("#events")).containsText("Returns across the river at " + town);
      chromium.screenshot("6-monitoring-statistics");
    }
  }
}
