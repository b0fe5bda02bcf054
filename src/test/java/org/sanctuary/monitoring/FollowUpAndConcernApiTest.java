package org.sanctuary.monitoring;

import org.sanctuary.monitoring.interventions.Interventions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctuary.Fixtures;
import org.sanctuary.SanctuaryTest;
import org.sanctuary.access.Role;
import org.sanctuary.registry.PersonId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Persons of concern and interventions: a detention recorded with what observers know of it, the
 * list of those whose whereabouts are unknown (longest first), fate kept apart from whereabouts,
 * and an intervention's overdue follow-up in the queue and as one alert.
 */
@SanctuaryTest
class FollowUpAndConcernApiTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired Interventions interventions;
  @Autowired JdbcClient jdbc;

  private Fixtures.Staffed team;
  private PersonId boy;
  private PersonId mother;

  @BeforeEach
  void twoPersonsFollowed() throws Exception {
    team = fixtures.anOfficeWithEveryRole();
    boy = fixtures.aPersonAt(team, "김준");
    mother = fixtures.aPersonAt(team, "박순희");
    for (PersonId person : new PersonId[] {boy, mother}) {
      mvc.perform(post("/api/monitoring/persons-of-concern").with(as(Role.MONITOR)).contentType(MediaType.APPLICATION_JSON)
              .content("{\"personId\":\"" + person + "\",\"teamId\":\"" + team.office().id() + "\"}"))
          .andExpect(status().isCreated());
    }
  }

  @Test
  void aDetentionCarriesWhatObserversKnowAndOnlyADetentionDoes() throws Exception {
    whereabouts(boy, "DETAINED", "end of May 2002", ",\"detention\":{\"acknowledged\":\"DENIED\",\"locationDisclosed\":false,"
        + "\"observerAccess\":false}").andExpect(status().isCreated());
    mvc.perform(get("/api/persons/" + boy).with(as(Role.MONITOR)))
        .andExpect(jsonPath("$.whereabouts[0].detention.acknowledged").value("DENIED"))
        .andExpect(jsonPath("$.whereabouts[0].detention.locationDisclosed").value(false));
    whereabouts(mother, "AT_LARGE", "June 2002", ",\"detention\":{\"acknowledged\":\"ACKNOWLEDGED\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("detention"));
  }

  @Test
  void thoseWhoseWhereaboutsAreUnknownAreListedLongestFirstAndNobodyIsPresumedDead() throws Exception {
    whereabouts(boy, "DETAINED", "end of May 2002", "").andExpect(status().isCreated());
    whereabouts(boy, "WHEREABOUTS_UNKNOWN", "June 2002", "").andExpect(status().isCreated());
    whereabouts(mother, "WHEREABOUTS_UNKNOWN", "May 2002", "").andExpect(status().isCreated());

    mvc.perform(get("/api/monitoring/persons-of-concern?whereaboutsUnknown=true").with(as(Role.MONITOR)))
        .andExpect(jsonPath("$.total").value(2))
        .andExpect(jsonPath("$.items[0].person").value(mother.toString()))
        .andExpect(jsonPath("$.items[0].unknownSince").value("2002-05-01"))
        .andExpect(jsonPath("$.items[1].person").value(boy.toString()))
        .andExpect(jsonPath("$.items[1].daysUnknown").value(Matchers.greaterThan(8000)))
        .andExpect(jsonPath("$.items[*].fate").value(Matchers.everyItem(Matchers.is("UNKNOWN"))));

    mvc.perform(post("/api/monitoring/persons-of-concern/" + boy + "/fate").with(as(Role.MONITOR)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"fate\":\"ALIVE\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("note"));
    mvc.perform(post("/api/monitoring/persons-of-concern/" + boy + "/fate").with(as(Role.MONITOR)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"fate\":\"ALIVE\",\"note\":\"Seen alive by a released detainee in July 2002.\"}"))
        .andExpect(status().isNoContent());
    mvc.perform(get("/api/monitoring/persons-of-concern?whereaboutsUnknown=true").with(as(Role.MONITOR)))
        .andExpect(jsonPath("$.items[1].fate").value("ALIVE"))
        .andExpect(jsonPath("$.items[1].lastStatus").value("WHEREABOUTS_UNKNOWN"));
  }

  @Test
  void anOverdueFollowUpIsQueuedAndAlertedOnceUntilFollowedUp() throws Exception {
    String created = mvc.perform(post("/api/monitoring/interventions").with(as(Role.MONITOR)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"officeId\":\"" + team.office().id() + "\",\"addresseeId\":\"" + fixtures.anAddressee(team, org.sanctuary.procedure.disclosure.RecipientType.HOST_AUTHORITY) + "\",\"sentOn\":\"2002-06-12\","
                + "\"asked\":\"Protection for the six detained.\",\"priority\":\"HIGH\",\"nextFollowUp\":\"2002-07-12\","
                + "\"personIds\":[\"" + boy + "\",\"" + mother + "\"]}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.response").value("NONE"))
        .andExpect(jsonPath("$.followUpOverdue").value(true))
        .andReturn().getResponse().getContentAsString();
    String id = created.replaceAll("^\\{\"id\":\"([0-9a-f-]{36})\".*", "$1");

    mvc.perform(get("/api/monitoring/interventions?overdue=true&size=100").with(as(Role.MONITOR)))
        .andExpect(jsonPath("$.items[*].id").value(Matchers.hasItem(id)));
    interventions.raiseOverdueAlerts(LocalDate.now());
    interventions.raiseOverdueAlerts(LocalDate.now());
    assertThat(alertsAbout(id)).isEqualTo(1);
    mvc.perform(get("/api/alerts").with(as(Role.SUPERVISOR)))
        .andExpect(jsonPath("$.items[?(@.kind=='FOLLOW_UP_OVERDUE')].subjectId").value(Matchers.hasItem(id)));

    mvc.perform(post("/api/monitoring/interventions/" + id + "/follow-ups").with(as(Role.MONITOR)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"version\":0,\"response\":\"NONE\",\"status\":\"OPEN\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("nextFollowUp"));
    // A follow-up is recorded today: its next date is today or later, else it is overdue the moment it is saved.
    mvc.perform(post("/api/monitoring/interventions/" + id + "/follow-ups").with(as(Role.MONITOR)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"version\":0,\"response\":\"DENIED\",\"status\":\"OPEN\",\"nextFollowUp\":\"" + LocalDate.now().minusDays(1) + "\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("nextFollowUp"))
        .andExpect(jsonPath("$.errors[0].message").value("cannot be in the past: the next follow-up is today or later"));
    mvc.perform(get("/api/monitoring/interventions/" + id).with(as(Role.MONITOR)))
        .andExpect(jsonPath("$.response").value("NONE"))
        .andExpect(jsonPath("$.nextFollowUp").value("2002-07-12"))
        .andExpect(jsonPath("$.version").value(0));
    mvc.perform(post("/api/monitoring/interventions/" + id + "/follow-ups").with(as(Role.MONITOR)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"version\":0,\"response\":\"NONE\",\"status\":\"OPEN\",\"note\":\"Reminder sent.\",\"nextFollowUp\":\""
                + LocalDate.now().plusDays(14) + "\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.followUpOverdue").value(false));
    mvc.perform(get("/api/monitoring/interventions?overdue=true&size=100").with(as(Role.MONITOR)))
        .andExpect(jsonPath("$.items[*].id").value(Matchers.not(Matchers.hasItem(id))));
  }

  private ResultActions whereabouts(PersonId person, String status, String on, String extra) throws Exception {
    return mvc.perform(post("/api/persons/" + person + "/whereabouts").with(as(Role.MONITOR)).contentType(MediaType.APPLICATION_JSON)
        .content("{\"status\":\"" + status + "\",\"on\":\"" + on + "\"" + extra + "}"));
  }

  private long alertsAbout(String id) {
    return jdbc.sql("SELECT COUNT(*) FROM alert WHERE subject_id = ? AND kind = 'FOLLOW_UP_OVERDUE'").param(java.util.UUID.fromString(id))
        .query(Long.class).single();
  }

  private RequestPostProcessor as(Role role) {
    return user(fixtures.user(team.username(role)));
  }
}
