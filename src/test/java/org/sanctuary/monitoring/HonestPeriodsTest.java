package org.sanctuary.monitoring;

import org.sanctuary.monitoring.events.Events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Figures honest about periods (monitoring.md §2): over April–August 2002, an event dated "Q3 2002"
 * (July–September) only overlaps the period and is counted apart from the events wholly inside it; a month whose
 * events give no maximum is not a month without events; an act type is counted with its own claims,
 * each once.
 */
@SanctuaryTest
class HonestPeriodsTest {

  private static final String PERIOD = "from=2002-04-01&to=2002-08-31";

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired JdbcClient jdbc;
  @Autowired Events events;

  private Fixtures.Staffed team;
  private String report;
  private String quarter;

  @BeforeEach
  void aTeamsEventsOf2001And2002() throws Exception {
    team = fixtures.anOfficeWithEveryRole();
    report = id(mvc.perform(post("/api/monitoring/reports").with(as(Role.MONITOR)).contentType(MediaType.APPLICATION_JSON)
        .content("{\"officeId\":\"" + team.office().id() + "\",\"sourceType\":\"NGO_REPORT\",\"receivedOn\":\"2002-09-02\","
            + "\"language\":\"en\",\"content\":\"Returns all year.\",\"confidentiality\":\"CONFIDENTIAL\"}")));
    String april = event("Returns from Longjing", "April 2002", "up to 900");
    act(april, "FORCED_RETURN", null);
    quarter = event("Returns over the summer", "Q3 2002", "about 300");
    event("Round-up in Yanji", "May 2002", "hundreds");
    event("Returns in August", "August 2002", "12");
    event("Returns the year before", "2001", "50");
    String both = event("Raid on a safe house", "April 2002", null);
    act(both, "FORCED_RETURN", "up to 50");
    act(both, "ARREST", "6");
  }

  @Test
  void eventsOnlyOverlappingThePeriodAreCountedApartFromThoseWhollyInIt() throws Exception {
    mvc.perform(get("/api/monitoring/statistics?" + PERIOD).with(as(Role.MONITOR)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.within.total.events").value(4))
        .andExpect(jsonPath("$.within.total.minVictims").doesNotExist())
        .andExpect(jsonPath("$.within.total.maxVictims").doesNotExist())
        .andExpect(jsonPath("$.overlapping.total.events").value(1))
        .andExpect(jsonPath("$.overlapping.total.minVictims").value(270))
        .andExpect(jsonPath("$.overlapping.total.maxVictims").value(330))
        .andExpect(jsonPath("$.events[?(@.title=='Returns over the summer')].withinPeriod").value(false))
        .andExpect(jsonPath("$.events[?(@.title=='Returns from Longjing')].withinPeriod").value(true))
        .andExpect(jsonPath("$.events[*].title").value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("Returns the year before"))));
  }

  @Test
  void eventsWithAnOpenEndOrAYearLongSpanAreFoundAsSurelyAsShortOnes() throws Exception {
    event("Returns that year", "2002", "20");
    event("Arrests before the summer", "before June 2002", "7");
    event("Arrests after the spring", "after April 2002", "at least 3");
    event("Returns the year after", "2003", "40");
    mvc.perform(get("/api/monitoring/statistics?" + PERIOD).with(as(Role.MONITOR)))
        .andExpect(jsonPath("$.within.total.events").value(4))
        .andExpect(jsonPath("$.overlapping.total.events").value(4))
        .andExpect(jsonPath("$.overlapping.total.minVictims").value(300))
        .andExpect(jsonPath("$.overlapping.total.maxVictims").doesNotExist());
  }

  @Test
  void aMonthWhoseMaximumIsUnknownIsNotAMonthWithoutEvents() throws Exception {
    mvc.perform(get("/api/monitoring/statistics?" + PERIOD).with(as(Role.MONITOR)))
        .andExpect(jsonPath("$.timeline.step").value("MONTH"))
        .andExpect(jsonPath("$.timeline.buckets[*].key").value(contains("2002-04", "2002-05", "2002-06", "2002-07", "2002-08")))
        // April: the two April events wholly in it.
        .andExpect(jsonPath("$.timeline.buckets[0].within.events").value(2))
        .andExpect(jsonPath("$.timeline.buckets[0].within.maxVictims").value(950))
        .andExpect(jsonPath("$.timeline.buckets[0].spanning.events").value(0))
        // May: "hundreds" has no maximum: events, maximum unknown.
        .andExpect(jsonPath("$.timeline.buckets[1].within.events").value(1))
        .andExpect(jsonPath("$.timeline.buckets[1].within.maxVictims").doesNotExist())
        .andExpect(jsonPath("$.timeline.buckets[1].maxUnknown").value(true))
        // June: nothing at all; July: only the quarter, which lies wholly in no month.
        .andExpect(jsonPath("$.timeline.buckets[2].empty").value(true))
        .andExpect(jsonPath("$.timeline.buckets[2].maxUnknown").value(false))
        .andExpect(jsonPath("$.timeline.buckets[3].within.events").value(0))
        .andExpect(jsonPath("$.timeline.buckets[3].spanning.events").value(1))
        .andExpect(jsonPath("$.timeline.buckets[3].empty").value(false))
        .andExpect(jsonPath("$.timeline.buckets[4].within.events").value(1))
        .andExpect(jsonPath("$.timeline.buckets[4].spanning.events").value(1));

    String page = mvc.perform(get("/monitoring/statistics?" + PERIOD).with(as(Role.MONITOR)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("id=\"overlapping\"", "class=\"unknown\"", ">no events<", "+1 overlapping");
  }

  @Test
  void anActTypeIsCountedWithItsOwnClaimsOnce() throws Exception {
    mvc.perform(get("/api/monitoring/statistics?" + PERIOD).with(as(Role.MONITOR)))
        .andExpect(jsonPath("$.within.byActType[*].key").value(containsInAnyOrder("ARREST", "FORCED_RETURN", "no act recorded")))
        .andExpect(jsonPath("$.within.byActType[?(@.key=='FORCED_RETURN')].events").value(2))
        .andExpect(jsonPath("$.within.byActType[?(@.key=='FORCED_RETURN')].maxVictims").value(950))
        .andExpect(jsonPath("$.within.byActType[?(@.key=='ARREST')].minVictims").value(6))
        .andExpect(jsonPath("$.within.byActType[?(@.key=='ARREST')].maxVictims").value(6));
    mvc.perform(get("/api/monitoring/statistics?" + PERIOD + "&actType=ARREST").with(as(Role.MONITOR)))
        .andExpect(jsonPath("$.within.total.events").value(1))
        .andExpect(jsonPath("$.within.total.minVictims").value(6))
        .andExpect(jsonPath("$.within.total.maxVictims").value(6))
        .andExpect(jsonPath("$.events[0].count").value("6"));
    mvc.perform(get("/api/monitoring/statistics?" + PERIOD + "&actType=FLYING").with(as(Role.MONITOR)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("actType"));
  }

  @Test
  void anEventRecordedBeforeCountsWereKeptIsCountedWhenTheApplicationStarts() throws Exception {
    // The team's events as they were before counts and figures' cells were kept (V43, V47).
    java.util.UUID office = team.office().id().value();
    jdbc.sql("UPDATE monitoring_event SET count_min = NULL, count_max = NULL, count_text = NULL, count_stale = TRUE"
        + " WHERE office_id = ?").param(office).update();
    jdbc.sql("DELETE FROM figure_share WHERE event_id IN (SELECT id FROM monitoring_event WHERE office_id = ?)").param(office).update();
    jdbc.sql("DELETE FROM figure_cell WHERE office_id = ?").param(office).update();
    mvc.perform(get("/api/monitoring/statistics?" + PERIOD).with(as(Role.MONITOR)))
        .andExpect(jsonPath("$.within.total.events").value(0))
        .andExpect(jsonPath("$.overlapping.total.events").value(0));

    assertThat(events.recountStale(500)).isGreaterThanOrEqualTo(6);

    mvc.perform(get("/api/monitoring/statistics?" + PERIOD).with(as(Role.MONITOR)))
        .andExpect(jsonPath("$.within.total.events").value(4))
        .andExpect(jsonPath("$.overlapping.total.maxVictims").value(330));
    assertThat(events.recountStale(500)).isZero();
  }

  private String event(String title, String date, String count) throws Exception {
    String id = id(mvc.perform(post("/api/monitoring/events").with(as(Role.MONITOR)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"officeId\":\"" + team.office().id() + "\",\"title\":\"" + title + "\",\"date\":\"" + date + "\"}"))
        .andExpect(status().isCreated()));
    if (count != null) {
      mvc.perform(post("/api/monitoring/events/" + id + "/information").with(as(Role.MONITOR)).contentType(MediaType.APPLICATION_JSON)
              .content("{\"reportId\":\"" + report + "\",\"connection\":\"WITNESS\",\"reliability\":\"B\",\"credibility\":2,"
                  + "\"counts\":[\"" + count + "\"]}"))
          .andExpect(status().isOk());
    }
    return id;
  }

  private void act(String event, String type, String count) throws Exception {
    mvc.perform(post("/api/monitoring/events/" + event + "/acts").with(as(Role.MONITOR)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"actType\":\"" + type + "\",\"victimGroup\":\"People in the house\""
                + (count == null ? "" : ",\"countReportId\":\"" + report + "\",\"count\":\"" + count + "\"") + "}"))
        .andExpect(status().isOk());
  }

  private static String id(ResultActions result) throws Exception {
    return result.andReturn().getResponse().getContentAsString().replaceAll("^\\{\"id\":\"([0-9a-f-]{36})\".*", "$1");
  }

  private RequestPostProcessor as(Role role) {
    return user(fixtures.user(team.username(role)));
  }
}
