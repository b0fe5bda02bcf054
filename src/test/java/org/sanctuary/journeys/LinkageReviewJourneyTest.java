package org.sanctuary.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sanctuary.Fixtures;
import org.sanctuary.access.AccessPolicy;
import org.sanctuary.access.Role;
import org.sanctuary.monitoring.events.Events;
import org.sanctuary.monitoring.events.MonitoringEvent;
import org.sanctuary.monitoring.reports.SourceReport;
import org.sanctuary.monitoring.reports.SourceReports;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * A monitor imports a church's list and a witness's list of people returned in May, from the browser;
 * the statistics count ten mentions as ten people and say that pairs wait for review; the monitor runs
 * linkage, sees 이영희 and Ri Yong Hui side by side with why, confirms them as one woman with a reason,
 * and the statistics count nine people beside ten mentions. Nothing is merged.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LinkageReviewJourneyTest {

  private static final String CHURCH_LIST = """
      hangul,latin,sex,born,status,on,place
      이영희,,FEMALE,1975-03-02,RETURNED,May 2002,Tumen
      박철수,,MALE,1968,RETURNED,May 2002,Tumen
      최순희,,FEMALE,1980,RETURNED,May 2002,Tumen
      정민호,,MALE,1990,RETURNED,May 2002,Tumen
      강수진,,FEMALE,1985,RETURNED,May 2002,Tumen
      """;
  private static final String WITNESS_LIST = """
      hangul,latin,sex,born,status,on,place
      ,Ri Yong Hui,FEMALE,1975-03-02,RETURNED,May 2002,Tumen
      ,Kim Myong Chol,MALE,1972,RETURNED,May 2002,Tumen
      ,Han Song Il,MALE,1959,RETURNED,May 2002,Tumen
      ,Jo Kum Sil,FEMALE,1993,RETURNED,May 2002,Tumen
      ,O Chun Bok,MALE,1966,RETURNED,May 2002,Tumen
      """;

  @LocalServerPort int port;
  @Autowired Fixtures fixtures;
  @Autowired AccessPolicy access;
  @Autowired SourceReports reports;
  @Autowired Events events;
  @Autowired JdbcClient jdbc;

  @Test
  void aMonitorImportsTwoListsConfirmsTheWomanOnBothAndTheStatisticsCountPeopleBesideMentions() {
    Fixtures.Staffed team = fixtures.anOfficeWithEveryRole();
    String monitor = team.username(Role.MONITOR);
    UUID church = access.actingAs(monitor, () -> reports.file(new SourceReports.Draft(team.office().id(),
        SourceReport.SourceType.NGO_REPORT, LocalDate.of(2002, 6, 3), "ko", "A church's list of its members returned in May.",
        null, SourceReport.Confidentiality.CONFIDENTIAL, null)));
    UUID witness = access.actingAs(monitor, () -> reports.file(new SourceReports.Draft(team.office().id(),
        SourceReport.SourceType.WITNESS, LocalDate.of(2002, 6, 9), "ko", "A witness names the people taken back with her.",
        null, SourceReport.Confidentiality.CONFIDENTIAL, null)));
    access.actingAs(monitor, () -> {
      UUID event = events.record(new Events.EventDraft(team.office().id(), "Returns at Tumen", "May 2002", null, null, null));
      for (UUID report : List.of(church, witness)) {
        events.addInformation(event, new Events.InformationDraft(report, null, MonitoringEvent.Connection.WITNESS, "B", 2, List.of()));
      }
      return event;
    });
    long persons = jdbc.sql("SELECT COUNT(*) FROM person").query(Long.class).single();

    try (Chromium chromium = Chromium.open(port)) {
      Page page = chromium.page;
      chromium.signIn(monitor);
      importList(chromium, church, CHURCH_LIST, false);
      // The church's report takes no second list: its import page says so, with no form to send.
      page.navigate(chromium.url("/monitoring/reports/" + church + "/import"));
      assertThat(page.locator("#import-refused")).containsText("A report's list of names is imported once");
      assertThat(page.getByLabel("The list (CSV)")).hasCount(0);
      // A refused write is shown on the page, not dropped: a row without its sex.
      refusedImport(chromium, witness, WITNESS_LIST.replace("FEMALE,1993", ",1993"), "rows[4].sex");
      importList(chromium, witness, WITNESS_LIST, true);
      // Sent twice from the page that wrote it: refused by the rule, said there, nothing written twice.
      page.locator("main form button[type=submit]").click();
      assertThat(page.locator("#import-refused")).containsText("A report's list of names is imported once");

      statistics(chromium);
      assertThat(page.locator("#named-mentions-count")).hasText("10");
      assertThat(page.locator("#named-people-count")).hasText("10");

      page.navigate(chromium.url("/persons"));
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Possible duplicates")).click();
      assertThat(page.locator("#runs")).containsText("No linkage run yet");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Look for possible duplicates")).click();
      // The page follows the run while it works, then offers its pairs.
      assertThat(page.locator("#run")).containsText("10 records;", new com.microsoft.playwright.assertions.LocatorAssertions
          .ContainsTextOptions().setTimeout(60_000));

      statistics(chromium);
      assertThat(page.locator("#named-people-count")).hasText("10");
      org.assertj.core.api.Assertions.assertThat(Integer.parseInt(page.locator("#named-undecided-count").textContent()))
          .as("pairs waiting for review").isPositive();
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Review them")).click();

      Locator pair = theirPair(chromium, team);
      assertThat(pair.locator(".waterfall")).containsText("Names");
      assertThat(pair.locator(".waterfall")).containsText("Date of birth");
      chromium.screenshot("linkage-review");
      pair.getByLabel("The same person", new Locator.GetByLabelOptions().setExact(true)).check();
      pair.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Decide")).click();
      // No reason: refused beside the field, the choice kept, nothing linked.
      Locator again = pairOf(page);
      assertThat(again.locator(".field-error")).containsText("say why");
      assertThat(again.getByLabel("The same person", new Locator.GetByLabelOptions().setExact(true))).isChecked();
      again.getByLabel("Why (kept with the link)").fill("Same name in the North's spelling, same birthday; the church knew her as 영희.");
      again.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Decide")).click();
      assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Linked as one person"))).isVisible();

      statistics(chromium);
      assertThat(page.locator("#named-mentions-count")).hasText("10");
      assertThat(page.locator("#named-people-count")).hasText("9");
      chromium.screenshot("statistics-people-beside-mentions");

      // Her record on either list leads to both.
      page.navigate(chromium.url("/persons/" + personNamed("Ri Yong Hui", team) + "/cluster"));
      assertThat(page.locator("main table")).containsText("이영희");
      assertThat(page.locator("main table")).containsText("Ri Yong Hui");
      assertThat(page.locator("#links")).containsText("the church knew her as 영희");

      // In Korean, on a phone: the review reads in Korean and fits the screen.
      page.setViewportSize(390, 844);
      page.navigate(chromium.url("/linkage?lang=ko&status=CONFIRMED"));
      assertThat(page.locator("h1")).hasText("중복 가능 기록");
      assertThat(page.locator("main")).not().containsText("??");
      chromium.assertFitsTheScreen("#pairs");
      chromium.screenshot("linkage-review-ko-phone");
      page.navigate(chromium.url("/persons/" + personNamed("Ri Yong Hui", team) + "/cluster?lang=ko"));
      assertThat(page.locator("h1")).hasText("이 사람의 모든 기록");
      assertThat(page.locator("main")).not().containsText("??");
      chromium.assertFitsTheScreen("main");
      page.navigate(chromium.url("/monitoring/statistics?lang=ko&from=2002-05-01&to=2002-05-31"));
      assertThat(page.locator("#named-people h2")).hasText("이름이 확인된 사람");
      chromium.assertFitsTheScreen("#named-people");
      chromium.screenshot("statistics-people-ko-phone");
    }
    org.assertj.core.api.Assertions.assertThat(jdbc.sql("SELECT COUNT(*) FROM person").query(Long.class).single())
        .as("ten records imported, none merged").isEqualTo(persons + 10);
  }

  /**
   * Pastes the list on the report's import page and writes it, all rows or none; with {@code
   * checkFirst}, checks it first and finds its first row shown as someone who may already be on file.
   */
  private static void importList(Chromium chromium, UUID report, String csv, boolean checkFirst) {
    Page page = chromium.page;
    page.navigate(chromium.url("/monitoring/reports/" + report + "/import"));
    // The page stays whole while it waits: its progress line polls without replacing the form.
    page.waitForTimeout(1200);
    page.getByLabel("The list (CSV)").fill(csv);
    if (checkFirst) {
      page.getByLabel("Check only").check();
      page.locator("main form button[type=submit]").click();
      assertThat(page.locator("#import-known")).containsText("1 rows may name someone already on file");
      assertThat(page.locator("#import-known tbody tr").first().locator("td").first()).hasText("1");
    }
    page.getByLabel("Write every row, or none").check();
    page.locator("main form button[type=submit]").click();
    assertThat(page.locator("#import-result")).containsText("5 persons written");
  }

  private static void refusedImport(Chromium chromium, UUID report, String csv, String said) {
    Page page = chromium.page;
    page.navigate(chromium.url("/monitoring/reports/" + report + "/import"));
    page.getByLabel("The list (CSV)").fill(csv);
    page.getByLabel("Write every row, or none").check();
    page.locator("main form button[type=submit]").click();
    assertThat(page.locator("#import-refused")).containsText("Nothing was written");
    assertThat(page.locator("#import-refused")).containsText(said);
    // The list and the choice to write stay in the form, to be corrected.
    assertThat(page.getByLabel("The list (CSV)")).hasValue(csv);
    assertThat(page.getByLabel("Write every row, or none")).isChecked();
  }

  private static void statistics(Chromium chromium) {
    Page page = chromium.page;
    page.navigate(chromium.url("/monitoring/statistics?from=2002-05-01&to=2002-05-31"));
  }

  /** The pair of 이영희 and Ri Yong Hui, proposed or to review. */
  private Locator theirPair(Chromium chromium, Fixtures.Staffed team) {
    Page page = chromium.page;
    for (String status : List.of("PROPOSED", "TO_REVIEW")) {
      page.navigate(chromium.url("/linkage?office=" + team.office().id() + "&status=" + status));
      Locator pair = pairOf(page);
      if (pair.count() == 1) {
        return pair;
      }
    }
    throw new AssertionError("no pair of 이영희 and Ri Yong Hui is proposed or waiting for review");
  }

  private static Locator pairOf(Page page) {
    return page.locator("article.pair").filter(new Locator.FilterOptions().setHasText("이영희"))
        .filter(new Locator.FilterOptions().setHasText("Ri Yong Hui"));
  }

  private UUID personNamed(String name, Fixtures.Staffed team) {
    return jdbc.sql("SELECT p.id FROM person p JOIN person_name n ON n.person_id = p.id WHERE n.full_name = ? AND p.office_id = ?")
        .params(name, team.office().id().value()).query(UUID.class).single();
  }
}
