package org.sanctuary.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctuary.Fixtures;
import org.sanctuary.SanctuaryTest;
import org.sanctuary.access.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Victims by sex and age band, where the reports give them (monitoring.md §2: a count's optional
 * breakdown): the parts a report broke its count into add up, and the events whose count nobody broke
 * down are counted apart with their victims, so no row claims more than it covers.
 */
@SanctuaryTest
class BreakdownsTest {

  private static final String PERIOD = "from=2002-04-01&to=2002-05-31";

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;

  private Fixtures.Staffed team;
  private String april;
  private String claim;

  @BeforeEach
  void twoEventsOneBrokenDown() throws Exception {
    team = fixtures.anOfficeWithEveryRole();
    String report = id(mvc.perform(post("/api/monitoring/reports").with(as(Role.MONITOR)).contentType(MediaType.APPLICATION_JSON)
        .content("{\"officeId\":\"" + team.office().id() + "\",\"sourceType\":\"NGO_REPORT\",\"receivedOn\":\"2002-06-02\","
            + "\"language\":\"en\",\"content\":\"Up to 900 returned, about 300 of them women.\",\"confidentiality\":\"CONFIDENTIAL\"}")));
    april = event(report, "Returns from Longjing", "April 2002", "up to 900");
    event(report, "Returns from Tumen", "May 2002", "50");
    claim = mvc.perform(get("/api/monitoring/events/" + april).with(as(Role.MONITOR))).andReturn().getResponse()
        .getContentAsString().replaceAll("(?s)^.*\"claims\":\\[\\{\"id\":\"([0-9a-f-]{36})\".*$", "$1");
  }

  @Test
  void thePartsAReportGaveAddUpAndTheRestIsCountedApart() throws Exception {
    part("{\"sex\":\"FEMALE\",\"count\":\"about 300\"}").andExpect(status().isOk())
        .andExpect(jsonPath("$.claimParts[0].sex").value("FEMALE"));
    part("{\"ageBand\":\"UNDER_18\",\"count\":\"at least 100\"}").andExpect(status().isOk());

    mvc.perform(get("/api/monitoring/statistics?" + PERIOD).with(as(Role.MONITOR)))
        .andExpect(jsonPath("$.within.bySex[?(@.key=='FEMALE')].events").value(1))
        .andExpect(jsonPath("$.within.bySex[?(@.key=='FEMALE')].minVictims").value(270))
        .andExpect(jsonPath("$.within.bySex[?(@.key=='FEMALE')].maxVictims").value(330))
        .andExpect(jsonPath("$.within.bySex[?(@.key=='not broken down')].events").value(1))
        .andExpect(jsonPath("$.within.bySex[?(@.key=='not broken down')].maxVictims").value(50))
        .andExpect(jsonPath("$.within.byAgeBand[?(@.key=='UNDER_18')].minVictims").value(100))
        .andExpect(jsonPath("$.within.byAgeBand[?(@.key=='UNDER_18')].maxVictims").doesNotExist());

    String page = mvc.perform(get("/monitoring/events/" + april).with(as(Role.MONITOR))).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("Female · about 300", "Under 18 · at least 100");
    // Through the page, a part above the whole is refused beside its field, with what was typed kept.
    String refused = mvc.perform(post("/monitoring/events/" + april + "/parts").with(as(Role.MONITOR))
            .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
            .param("claimId", claim).param("sex", "MALE").param("count", "1,000"))
        .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
    assertThat(refused).contains("is never more than the count it is part of", "value=\"1,000\"");
    // The export carries the parts with the count they break down.
    mvc.perform(get("/api/monitoring/export").with(as(Role.MONITOR)))
        .andExpect(jsonPath("$.events[?(@.title=='Returns from Longjing')].sources[0].parts[*].part")
            .value(org.hamcrest.Matchers.containsInAnyOrder("about 300", "at least 100")))
        .andExpect(jsonPath("$.events[?(@.title=='Returns from Longjing')].sources[0].parts[?(@.sex=='FEMALE')].count")
            .value(org.hamcrest.Matchers.contains("up to 900")));
    assertThat(mvc.perform(get("/api/monitoring/export?format=csv").with(as(Role.MONITOR))).andReturn().getResponse()
        .getContentAsString()).contains("up to 900: FEMALE about 300; up to 900: UNDER_18 at least 100");
    String figures = mvc.perform(get("/monitoring/statistics?" + PERIOD).with(as(Role.MONITOR))).andReturn().getResponse()
        .getContentAsString();
    assertThat(figures).contains("id=\"by-sex\"", "Not broken down");
  }

  @Test
  void aPartNamesASexOrAnAgeBandAndIsNeverMoreThanTheWhole() throws Exception {
    part("{\"count\":\"20\"}").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("sex"));
    part("{\"sex\":\"MALE\",\"count\":\"1,000\"}").andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("PART_EXCEEDS_WHOLE"))
        .andExpect(jsonPath("$.field").value("count"));
    part("{\"sex\":\"MALE\"}").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("count"));
    Fixtures.Staffed other = fixtures.anOfficeWithEveryRole();
    mvc.perform(post("/api/monitoring/events/" + april + "/claims/" + claim + "/parts")
            .with(user(fixtures.user(other.username(Role.MONITOR)))).contentType(MediaType.APPLICATION_JSON)
            .content("{\"sex\":\"MALE\",\"count\":\"20\"}"))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/monitoring/statistics?" + PERIOD).with(as(Role.MONITOR)))
        .andExpect(jsonPath("$.within.bySex[*].key").value(org.hamcrest.Matchers.contains("not broken down")));
  }

  private ResultActions part(String json) throws Exception {
    return mvc.perform(post("/api/monitoring/events/" + april + "/claims/" + claim + "/parts").with(as(Role.MONITOR))
        .contentType(MediaType.APPLICATION_JSON).content(json));
  }

  private String event(String report, String title, String date, String count) throws Exception {
    String id = id(mvc.perform(post("/api/monitoring/events").with(as(Role.MONITOR)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"officeId\":\"" + team.office().id() + "\",\"title\":\"" + title + "\",\"date\":\"" + date + "\"}"))
        .andExpect(status().isCreated()));
    mvc.perform(post("/api/monitoring/events/" + id + "/information").with(as(Role.MONITOR)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"reportId\":\"" + report + "\",\"connection\":\"WITNESS\",\"reliability\":\"B\",\"credibility\":2,"
                + "\"counts\":[\"" + count + "\"]}"))
        .andExpect(status().isOk());
    return id;
  }

  private static String id(ResultActions result) throws Exception {
    return result.andReturn().getResponse().getContentAsString().replaceAll("^\\{\"id\":\"([0-9a-f-]{36})\".*", "$1");
  }

  private RequestPostProcessor as(Role role) {
    return user(fixtures.user(team.username(role)));
  }
}
