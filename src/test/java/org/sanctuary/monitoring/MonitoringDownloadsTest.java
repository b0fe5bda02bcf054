package org.sanctuary.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sanctuary.Fixtures;
import org.sanctuary.SanctuaryTest;
import org.sanctuary.access.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.sanctuary.BrowserSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every download a monitoring page offers works for the person signed in to that page, with the
 * session they signed in with (no API token), as a file to keep.
 */
@SanctuaryTest
class MonitoringDownloadsTest {

  /** The links a reader sees as "Download as CSV" and "as JSON". */
  private static final Pattern DOWNLOAD = Pattern.compile("href=\"([^\"]+)\"[^>]*>(?:Download as CSV|as JSON)</a>");
  /** The export form's action. */
  private static final Pattern EXPORT = Pattern.compile("<form[^>]* action=\"([^\"]*export[^\"]*)\"");

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;

  @Test
  void theStatisticsCsvAndJsonAndTheExportDownloadAsFilesForTheSignedInMonitor() throws Exception {
    Fixtures.Staffed team = fixtures.anOfficeWithEveryRole();
    BrowserSession session = signIn(team.username(Role.MONITOR));

    String statistics = session.perform(get("/monitoring/statistics?from=2002-04-01&to=2002-05-31"))
        .andReturn().getResponse().getContentAsString();
    List<String> links = new ArrayList<>();
    Matcher found = DOWNLOAD.matcher(statistics);
    while (found.find()) {
      links.add(found.group(1).replace("&amp;", "&"));
    }
    assertThat(links).hasSize(2);
    for (String link : links) {
      MockHttpServletResponse file = session.perform(get(link)).andReturn().getResponse();
      assertThat(file.getStatus()).as(link).isEqualTo(200);
      assertThat(file.getHeader("Content-Disposition")).as(link).startsWith("attachment; filename=\"monitoring-statistics-2002-04-01-2002-05-31.");
      if (link.contains("format=json")) {
        assertThat(file.getContentType()).as(link).startsWith("application/json");
        assertThat(file.getContentAsString()).as(link).contains("\"total\"");
      } else {
        assertThat(file.getContentType()).as(link).startsWith("text/csv");
        assertThat(file.getContentAsString()).as(link).startsWith("part,group,key,events,victims_min,victims_max");
      }
    }

    String home = session.perform(get("/monitoring")).andReturn().getResponse().getContentAsString();
    Matcher export = EXPORT.matcher(home);
    assertThat(export.find()).as("the export form").isTrue();
    MockHttpServletResponse file = session.perform(get(export.group(1)).param("purpose", "").param("format", "csv"))
        .andReturn().getResponse();
    assertThat(file.getStatus()).isEqualTo(200);
    assertThat(file.getContentType()).startsWith("text/csv");
    assertThat(file.getHeader("Content-Disposition")).startsWith("attachment; filename=\"monitoring-export-");
  }

  @Test
  void aSignedInUserWithoutThePermissionIsRefusedTheDownload() throws Exception {
    Fixtures.Staffed team = fixtures.anOfficeWithEveryRole();
    BrowserSession session = signIn(team.username(Role.REGISTRAR));
    assertThat(session.perform(get("/monitoring/statistics/download?from=2002-04-01&to=2002-05-31&format=csv"))
        .andReturn().getResponse().getStatus()).isEqualTo(403);
    assertThat(session.perform(get("/monitoring/export/download?format=csv"))
        .andReturn().getResponse().getStatus()).isEqualTo(403);
  }

  @Test
  void aDateThatDoesNotReadGoesBackToTheStatisticsPageThatNamesIt() throws Exception {
    Fixtures.Staffed team = fixtures.anOfficeWithEveryRole();
    BrowserSession session = signIn(team.username(Role.MONITOR));
    MockHttpServletResponse refused = session.perform(get("/monitoring/statistics/download?from=April&to=2002-05-31&format=csv")
        ).andReturn().getResponse();
    assertThat(refused.getStatus()).isEqualTo(303);
    assertThat(refused.getHeader("Location")).isEqualTo("/monitoring/statistics?from=April&to=2002-05-31");
    assertThat(session.perform(get(refused.getHeader("Location"))).andReturn().getResponse().getContentAsString())
        .contains("is not a date (YYYY-MM-DD)");
  }

  private BrowserSession signIn(String username) throws Exception {
    return BrowserSession.signIn(mvc, username, Fixtures.PASSWORD);
  }
}
