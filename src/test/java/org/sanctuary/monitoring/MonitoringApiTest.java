package org.sanctuary.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctuary.Fixtures;
import org.sanctuary.SanctuaryTest;
import org.sanctuary.access.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The rules of the monitoring record over the API: a filed report is never edited, only superseded;
 * only a reviewer sets an event's verification; one team does not read another's confidential
 * reports; an export without a recorded purpose carries no source's identity.
 */
@SanctuaryTest
class MonitoringApiTest {

  private static final String IDENTITY = "Teacher at the Tumen middle school, phone 0433-555";

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired JdbcClient jdbc;

  private Fixtures.Staffed team;
  private Fixtures.Staffed otherTeam;

  @BeforeEach
  void twoTeams() {
    team = fixtures.anOfficeWithEveryRole();
    otherTeam = fixtures.anOfficeWithEveryRole();
  }

  @Test
  void aFiledReportIsNeverEditedOnlySupersededAndBothStayReadable() throws Exception {
    String original = id(file(team, "CONFIDENTIAL", "About 300 returned at Tumen in May.", null).andExpect(status().isCreated()));

    mvc.perform(put("/api/monitoring/reports/" + original).with(as(team, Role.MONITOR)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"content\":\"Up to 500 returned at Tumen in May.\"}"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("REPORT_FILED"));
    mvc.perform(get("/api/monitoring/reports/" + original).with(as(team, Role.MONITOR)))
        .andExpect(jsonPath("$.content").value("About 300 returned at Tumen in May."));

    String correction = id(file(team, "CONFIDENTIAL", "Up to 500 returned at Tumen in May.", original).andExpect(status().isCreated())
        .andExpect(jsonPath("$.supersedes").value(original)));
    mvc.perform(get("/api/monitoring/reports/" + original).with(as(team, Role.MONITOR)))
        .andExpect(jsonPath("$.content").value("About 300 returned at Tumen in May."))
        .andExpect(jsonPath("$.supersededBy").value(correction));
    file(team, "CONFIDENTIAL", "A second correction of the original.", original)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("CORRECTED_ONCE"))
        .andExpect(jsonPath("$.field").value("supersedes"));
  }

  @Test
  void onlyTheReviewersActionSetsAnEventsVerification() throws Exception {
    mvc.perform(post("/api/monitoring/events").with(as(team, Role.MONITOR)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"officeId\":\"" + team.office().id() + "\",\"title\":\"Returns at Tumen\",\"date\":\"May 2002\","
                + "\"verification\":\"CONFIRMED\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("verification"));
    String event = id(mvc.perform(post("/api/monitoring/events").with(as(team, Role.MONITOR)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"officeId\":\"" + team.office().id() + "\",\"title\":\"Returns at Tumen\",\"date\":\"May 2002\"}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.verification").value("UNVERIFIED"))
        .andExpect(jsonPath("$.date.earliest").value("2002-05-01"))
        .andExpect(jsonPath("$.date.latest").value("2002-05-31")));

    review(event, Role.MONITOR).andExpect(status().isForbidden());
    mvc.perform(get("/api/monitoring/events/" + event).with(as(team, Role.MONITOR))).andExpect(jsonPath("$.verification").value("UNVERIFIED"));
    review(event, Role.SUPERVISOR)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.verification").value("LIKELY"))
        .andExpect(jsonPath("$.verifiedBy").value(team.username(Role.SUPERVISOR)))
        .andExpect(jsonPath("$.verificationReason").value("An eyewitness and a church network agree."));
  }

  @Test
  void anEventOrActIsOfWhatHasHappenedSoNotDatedAfterToday() throws Exception {
    LocalDate today = LocalDate.now();
    long before = events();
    mvc.perform(post("/api/monitoring/events").with(as(team, Role.MONITOR)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"officeId\":\"" + team.office().id() + "\",\"title\":\"Returns at Tumen\",\"date\":\"" + today.plusDays(1) + "\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("date"))
        .andExpect(jsonPath("$.errors[0].message").value("cannot be in the future"));
    assertThat(events()).isEqualTo(before);
    // A period that has begun is not in the future: this year, today.
    String event = id(mvc.perform(post("/api/monitoring/events").with(as(team, Role.MONITOR)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"officeId\":\"" + team.office().id() + "\",\"title\":\"Returns at Tumen\",\"date\":\"" + today.getYear() + "\"}"))
        .andExpect(status().isCreated()));
    mvc.perform(post("/api/monitoring/events/" + event + "/acts").with(as(team, Role.MONITOR)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"actType\":\"FORCED_RETURN\",\"victimGroup\":\"North Koreans\",\"date\":\"" + (today.getYear() + 1) + "\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("date"));
    mvc.perform(post("/api/monitoring/events/" + event + "/acts").with(as(team, Role.MONITOR)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"actType\":\"FORCED_RETURN\",\"victimGroup\":\"North Koreans\",\"date\":\"" + today + "\"}"))
        .andExpect(status().isOk());
    mvc.perform(get("/api/monitoring/events/" + event).with(as(team, Role.MONITOR))).andExpect(jsonPath("$.acts.length()").value(1));
  }

  @Test
  void aPlaceIsAsPreciseAsOneOfTheWordsOfItsVocabularyAndThePageSaysItInTheReadersLanguage() throws Exception {
    long before = events();
    mvc.perform(post("/api/monitoring/events").with(as(team, Role.MONITOR)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"officeId\":\"" + team.office().id() + "\",\"title\":\"Returns at Tumen\",\"date\":\"May 2002\","
                + "\"placePrecision\":\"near the river\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("placePrecision"))
        .andExpect(jsonPath("$.errors[0].message").value("is one of SITE, TOWN, COUNTY, PREFECTURE, PROVINCE, REGION, COUNTRY"));
    assertThat(events()).isEqualTo(before);
    String event = id(mvc.perform(post("/api/monitoring/events").with(as(team, Role.MONITOR)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"officeId\":\"" + team.office().id() + "\",\"title\":\"Returns at Tumen\",\"date\":\"May 2002\","
                + "\"placePrecision\":\"town\"}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.placePrecision").value("TOWN")));
    mvc.perform(get("/monitoring/events/" + event).with(as(team, Role.MONITOR)).param("lang", "ko"))
        .andExpect(content().string(containsString("시·읍")))
        .andExpect(content().string(not(containsString("· TOWN"))));
  }

  private long events() {
    return jdbc.sql("SELECT COUNT(*) FROM monitoring_event WHERE office_id = ?").param(team.office().id().value()).query(Long.class).single();
  }

  @Test
  void aMonitorOfOneTeamDoesNotReadAnotherTeamsConfidentialReportsButReadsItsOpenOnes() throws Exception {
    String confidential = id(file(team, "CONFIDENTIAL", "A witness saw trucks at the bridge.", null));
    String open = id(file(team, "OPEN", "A newspaper reports returns at Tumen.", null));

    mvc.perform(get("/api/monitoring/reports/" + confidential).with(as(otherTeam, Role.MONITOR))).andExpect(status().isNotFound());
    mvc.perform(get("/api/monitoring/reports/" + open).with(as(otherTeam, Role.MONITOR)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.sourceIdentity").doesNotExist())
        .andExpect(jsonPath("$.sourceIdentityWithheld").value(true));
    mvc.perform(get("/api/monitoring/reports?size=100").with(as(otherTeam, Role.MONITOR)))
        .andExpect(content().string(not(containsString(confidential))))
        .andExpect(content().string(containsString(open)));
    mvc.perform(get("/api/monitoring/reports/" + confidential).with(as(team, Role.MONITOR)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.sourceIdentity").value(IDENTITY));
    mvc.perform(get("/api/monitoring/reports/" + confidential).with(as(team, Role.PROTECTION_OFFICER)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.sourceIdentity").doesNotExist());
  }

  @Test
  void sourceIdentitiesLeaveOnlyWithARecordedPurpose() throws Exception {
    String report = id(file(team, "CONFIDENTIAL", "A witness saw trucks at the bridge.", null));
    String event = id(mvc.perform(post("/api/monitoring/events").with(as(team, Role.MONITOR)).contentType(MediaType.APPLICATION_JSON)
        .content("{\"officeId\":\"" + team.office().id() + "\",\"title\":\"Trucks at the bridge\",\"date\":\"May 2002\"}")));
    mvc.perform(post("/api/monitoring/events/" + event + "/information").with(as(team, Role.MONITOR)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"reportId\":\"" + report + "\",\"connection\":\"WITNESS\",\"reliability\":\"C\",\"credibility\":2,"
                + "\"counts\":[\"up to 500\"]}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.claims[0].count.max").value(500))
        .andExpect(jsonPath("$.claims[0].count.min").doesNotExist());

    mvc.perform(get("/api/monitoring/export").with(as(team, Role.MONITOR)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.identitiesIncluded").value(false))
        .andExpect(content().string(not(containsString(IDENTITY))))
        .andExpect(content().string(containsString("\"source\":\"S-")));
    mvc.perform(get("/api/monitoring/export?format=csv").with(as(team, Role.MONITOR)))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString(IDENTITY))))
        .andExpect(content().string(containsString("unknown,500")));
    mvc.perform(get("/api/monitoring/export?purpose=Evidence+for+the+special+rapporteur").with(as(team, Role.SUPERVISOR)))
        .andExpect(content().string(not(containsString(IDENTITY))));
    mvc.perform(get("/api/monitoring/export?purpose=Evidence+for+the+special+rapporteur").with(as(team, Role.MONITOR)))
        .andExpect(jsonPath("$.identitiesIncluded").value(true))
        .andExpect(content().string(containsString(IDENTITY)));
  }

  private ResultActions review(String event, Role role) throws Exception {
    return mvc.perform(post("/api/monitoring/events/" + event + "/review").with(as(team, role)).contentType(MediaType.APPLICATION_JSON)
        .content("{\"version\":0,\"verification\":\"LIKELY\",\"reason\":\"An eyewitness and a church network agree.\"}"));
  }

  private ResultActions file(Fixtures.Staffed office, String confidentiality, String content, String supersedes) throws Exception {
    return mvc.perform(post("/api/monitoring/reports").with(as(office, Role.MONITOR)).contentType(MediaType.APPLICATION_JSON)
        .content("{\"officeId\":\"" + office.office().id() + "\",\"sourceType\":\"WITNESS\",\"receivedOn\":\"2002-06-02\","
            + "\"language\":\"ko\",\"content\":\"" + content + "\",\"sourceIdentity\":\"" + IDENTITY + "\",\"confidentiality\":\""
            + confidentiality + "\"" + (supersedes == null ? "" : ",\"supersedes\":\"" + supersedes + "\"") + "}"));
  }

  private static String id(ResultActions result) throws Exception {
    return result.andReturn().getResponse().getContentAsString().replaceAll("^\\{\"id\":\"([0-9a-f-]{36})\".*", "$1");
  }

  private RequestPostProcessor as(Fixtures.Staffed office, Role role) {
    return user(fixtures.user(office.username(role)));
  }
}
