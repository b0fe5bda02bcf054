package org.sanctuary.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
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
 * An intervention is addressed to an entry of the team's list of addressees, each with a kind, and
 * checked like a disclosure request (PROHIBITED_RECIPIENT): the country of origin's authorities and an
 * alleged persecutor are never sent anyone's identity, whichever door the monitor uses.
 */
@SanctuaryTest
class InterventionAddresseesTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired JdbcClient jdbc;

  private Fixtures.Staffed team;
  private PersonId detainee;
  private String ministry;
  private String premier;

  @BeforeEach
  void aTeamWithTwoAddressees() throws Exception {
    team = fixtures.anOfficeWithEveryRole();
    detainee = fixtures.aPersonAt(team, "김준");
    ministry = id(mvc.perform(post("/api/monitoring/addressees").with(as(Role.MONITOR)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"officeId\":\"" + team.office().id() + "\",\"name\":\"Ministry of State Security\","
                + "\"kind\":\"COUNTRY_OF_ORIGIN_AUTHORITY\"}"))
        .andExpect(status().isCreated()));
    premier = id(mvc.perform(post("/api/monitoring/addressees").with(as(Role.MONITOR)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"officeId\":\"" + team.office().id() + "\",\"name\":\"Premier of the State Council\",\"kind\":\"HOST_AUTHORITY\"}"))
        .andExpect(status().isCreated()));
  }

  @Test
  void theCountryOfOriginIsNeverSentAnIdentityAndNothingIsRecorded() throws Exception {
    long before = interventions();
    intervene(ministry, "[\"" + detainee.value() + "\"]")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("PROHIBITED_RECIPIENT"));
    assertThat(interventions()).isEqualTo(before);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'INTERVENTION_RECORDED' AND outcome = 'REFUSED'"
        + " AND office_id = ?").param(team.office().id().value()).query(Long.class).single()).isEqualTo(1);

    String page = mvc.perform(post("/monitoring/interventions").with(as(Role.MONITOR)).with(csrf())
            .param("officeId", team.office().id().toString()).param("addresseeId", ministry).param("sentOn", "2002-06-12")
            .param("asked", "Release them.").param("personIds", detainee.value().toString()))
        .andExpect(status().isConflict())
        .andReturn().getResponse().getContentAsString();
    assertThat(page).contains("PROHIBITED_RECIPIENT", "Release them.");
    assertThat(interventions()).isEqualTo(before);
  }

  @Test
  void theCountryOfOriginMayBeWrittenToAboutEventsAndTheHostAuthorityAboutPersons() throws Exception {
    intervene(ministry, "[]").andExpect(status().isCreated())
        .andExpect(jsonPath("$.addressee").value("Ministry of State Security"));
    intervene(premier, "[\"" + detainee.value() + "\"]").andExpect(status().isCreated())
        .andExpect(jsonPath("$.addressee").value("Premier of the State Council"))
        .andExpect(jsonPath("$.persons[0]").value(detainee.value().toString()));
  }

  @Test
  void anAddresseeIsOneOfTheTeamsListWithAKindNamedOnce() throws Exception {
    Fixtures.Staffed other = fixtures.anOfficeWithEveryRole();
    UUID theirs = fixtures.anAddressee(other, org.sanctuary.procedure.disclosure.RecipientType.HOST_AUTHORITY);
    intervene(theirs.toString(), "[]").andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("addresseeId"));
    intervene(null, "[]").andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("addresseeId"));
    mvc.perform(post("/api/monitoring/addressees").with(as(Role.MONITOR)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"officeId\":\"" + team.office().id() + "\",\"name\":\"Premier of the State Council\",\"kind\":\"COURT\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("name"));
    mvc.perform(post("/api/monitoring/addressees").with(as(Role.MONITOR)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"officeId\":\"" + team.office().id() + "\",\"name\":\"A court\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("kind"));
    mvc.perform(get("/api/monitoring/addressees").with(as(Role.MONITOR)))
        .andExpect(jsonPath("$[*].name").value(org.hamcrest.Matchers.contains("Ministry of State Security", "Premier of the State Council")))
        .andExpect(jsonPath("$[0].kind").value("COUNTRY_OF_ORIGIN_AUTHORITY"));
    mvc.perform(get("/api/monitoring/addressees").with(user(fixtures.user(other.username(Role.MONITOR)))))
        .andExpect(jsonPath("$[*].name").value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("Ministry of State Security"))));
  }

  private ResultActions intervene(String addressee, String persons) throws Exception {
    return mvc.perform(post("/api/monitoring/interventions").with(as(Role.MONITOR)).contentType(MediaType.APPLICATION_JSON)
        .content("{\"officeId\":\"" + team.office().id() + "\"" + (addressee == null ? "" : ",\"addresseeId\":\"" + addressee + "\"")
            + ",\"sentOn\":\"2002-06-12\",\"asked\":\"Release them.\",\"personIds\":" + persons + "}"));
  }

  private long interventions() {
    return jdbc.sql("SELECT COUNT(*) FROM intervention WHERE office_id = ?").param(team.office().id().value()).query(Long.class).single();
  }

  private static String id(ResultActions result) throws Exception {
    return result.andReturn().getResponse().getContentAsString().replaceAll("^\\{\"id\":\"([0-9a-f-]{36})\".*", "$1");
  }

  private RequestPostProcessor as(Role role) {
    return user(fixtures.user(team.username(role)));
  }
}
