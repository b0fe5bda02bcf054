package org.sanctuary.monitoring;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
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
 * A monitoring team's events are its own (ADR 0004): another team's monitor, supervisor or analyst
 * finds them neither by id, nor in lists, exports or figures, and gets the same 404 as for an event
 * that does not exist. Analysts see figures with small cells suppressed.
 */
@SanctuaryTest
class MonitoringTeamScopeTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;

  private Fixtures.Staffed team;
  private Fixtures.Staffed otherTeam;
  private String title;
  private String event;

  @BeforeEach
  void anEventOfOneTeam() throws Exception {
    team = fixtures.anOfficeWithEveryRole();
    otherTeam = fixtures.anOfficeWithEveryRole();
    title = "Helpers rounded up in " + team.office().code();
    event = id(mvc.perform(post("/api/monitoring/events").with(as(team, Role.MONITOR)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"officeId\":\"" + team.office().id() + "\",\"title\":\"" + title + "\",\"date\":\"3 May 2002\","
                + "\"description\":\"Three aid workers taken from the guesthouse.\"}"))
        .andExpect(status().isCreated()));
    String report = id(mvc.perform(post("/api/monitoring/reports").with(as(team, Role.MONITOR)).contentType(MediaType.APPLICATION_JSON)
        .content("{\"officeId\":\"" + team.office().id() + "\",\"sourceType\":\"WITNESS\",\"receivedOn\":\"2002-06-02\","
            + "\"language\":\"ko\",\"content\":\"Three taken.\",\"confidentiality\":\"CONFIDENTIAL\"}")));
    mvc.perform(post("/api/monitoring/events/" + event + "/information").with(as(team, Role.MONITOR))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"reportId\":\"" + report + "\",\"connection\":\"WITNESS\",\"reliability\":\"B\",\"credibility\":2,"
                + "\"counts\":[\"3\"]}"))
        .andExpect(status().isOk());
  }

  @Test
  void anotherTeamGetsTheSameNotFoundAsForAnEventThatDoesNotExist() throws Exception {
    for (Role role : new Role[] {Role.MONITOR, Role.SUPERVISOR, Role.PROTECTION_OFFICER}) {
      mvc.perform(get("/api/monitoring/events/" + event).with(as(otherTeam, role)))
          .andExpect(status().isNotFound())
          .andExpect(jsonPath("$.code").value("NOT_FOUND"))
          .andExpect(content().string(not(containsString(title))));
      mvc.perform(get("/api/monitoring/events/" + UUID.randomUUID()).with(as(otherTeam, role)))
          .andExpect(status().isNotFound());
      mvc.perform(get("/monitoring/events/" + event).with(as(otherTeam, role)))
          .andExpect(status().isNotFound())
          .andExpect(content().string(not(containsString(title))));
    }
    mvc.perform(get("/api/monitoring/events/" + event).with(as(team, Role.MONITOR)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.title").value(title));
    mvc.perform(get("/monitoring/events/" + event).with(as(team, Role.SUPERVISOR)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(title)));
  }

  @Test
  void anotherTeamCannotWriteToTheEventNorLinkItsOwnWorkToIt() throws Exception {
    mvc.perform(post("/api/monitoring/events/" + event + "/review").with(as(otherTeam, Role.SUPERVISOR))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"version\":0,\"verification\":\"LIKELY\",\"reason\":\"I say so.\"}"))
        .andExpect(status().isNotFound());
    String own = id(mvc.perform(post("/api/monitoring/events").with(as(otherTeam, Role.MONITOR)).contentType(MediaType.APPLICATION_JSON)
        .content("{\"officeId\":\"" + otherTeam.office().id() + "\",\"title\":\"Own event\",\"date\":\"May 2002\"}")));
    mvc.perform(post("/api/monitoring/events/" + own + "/relations").with(as(otherTeam, Role.MONITOR))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"toEventId\":\"" + event + "\",\"kind\":\"PRECEDES\"}"))
        .andExpect(status().isNotFound());
    mvc.perform(post("/api/monitoring/interventions").with(as(otherTeam, Role.MONITOR)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"officeId\":\"" + otherTeam.office().id() + "\",\"addresseeId\":\"" + fixtures.anAddressee(otherTeam, org.sanctuary.procedure.disclosure.RecipientType.HOST_AUTHORITY) + "\",\"sentOn\":\"2002-06-10\","
                + "\"asked\":\"Release them.\",\"eventIds\":[\"" + event + "\"]}"))
        .andExpect(status().isNotFound());
  }

  @Test
  void listsExportsAndFiguresHoldOnlyTheReadersTeams() throws Exception {
    mvc.perform(get("/api/monitoring/events?size=100").with(as(otherTeam, Role.MONITOR)))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString(title))));
    mvc.perform(get("/monitoring/events?size=100").with(as(otherTeam, Role.SUPERVISOR)))
        .andExpect(content().string(not(containsString(title))));
    mvc.perform(get("/api/monitoring/events?size=100").with(as(team, Role.MONITOR)))
        .andExpect(content().string(containsString(title)));

    mvc.perform(get("/api/monitoring/export").with(as(otherTeam, Role.MONITOR)))
        .andExpect(content().string(not(containsString(title))));
    mvc.perform(get("/api/monitoring/export?format=csv").with(as(otherTeam, Role.SUPERVISOR)))
        .andExpect(content().string(not(containsString(title))));
    mvc.perform(get("/api/monitoring/export").with(as(team, Role.MONITOR)))
        .andExpect(content().string(containsString(title)));

    String period = "from=2002-05-01&to=2002-05-31";
    mvc.perform(get("/api/monitoring/statistics?" + period).with(as(otherTeam, Role.MONITOR)))
        .andExpect(content().string(not(containsString(title))))
        .andExpect(jsonPath("$.within.total.events").value(0));
    mvc.perform(get("/api/monitoring/statistics?format=csv&" + period).with(as(otherTeam, Role.ANALYST)))
        .andExpect(content().string(containsString("total,all,0,")));
    mvc.perform(get("/monitoring/statistics?" + period).with(as(otherTeam, Role.SUPERVISOR)))
        .andExpect(content().string(not(containsString(title))));
    mvc.perform(get("/api/monitoring/statistics?" + period).with(as(team, Role.MONITOR)))
        .andExpect(jsonPath("$.within.total.events").value(1))
        .andExpect(jsonPath("$.within.total.maxVictims").value(3))
        .andExpect(content().string(containsString(title)));
  }

  @Test
  void analystsSeeNoSmallCellNorAnyEventOneByOne() throws Exception {
    String period = "from=2002-05-01&to=2002-05-31";
    mvc.perform(get("/api/monitoring/statistics?" + period).with(as(team, Role.ANALYST)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.smallCellsSuppressed").value(true))
        .andExpect(jsonPath("$.within.total.suppressed").value(true))
        .andExpect(jsonPath("$.within.total.events").doesNotExist())
        .andExpect(jsonPath("$.within.total.maxVictims").doesNotExist())
        .andExpect(jsonPath("$.events").isEmpty())
        .andExpect(content().string(not(containsString(title))));
    mvc.perform(get("/api/monitoring/statistics?format=csv&" + period).with(as(team, Role.ANALYST)))
        .andExpect(content().string(containsString("total,all,suppressed,suppressed,suppressed,suppressed")));
    mvc.perform(get("/monitoring/statistics?" + period).with(as(team, Role.ANALYST)))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString(title))));
    mvc.perform(get("/api/monitoring/statistics?" + period).with(as(team, Role.SUPERVISOR)))
        .andExpect(jsonPath("$.smallCellsSuppressed").value(false))
        .andExpect(jsonPath("$.within.total.events").value(1));
  }

  private static String id(ResultActions result) throws Exception {
    return result.andReturn().getResponse().getContentAsString().replaceAll("^\\{\"id\":\"([0-9a-f-]{36})\".*", "$1");
  }

  private RequestPostProcessor as(Fixtures.Staffed office, Role role) {
    return user(fixtures.user(office.username(role)));
  }
}
