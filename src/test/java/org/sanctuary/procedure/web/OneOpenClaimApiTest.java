package org.sanctuary.procedure.web;

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
import org.sanctuary.registry.PersonId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * One person, one open claim: a second intent is refused with a link to the open case, and the
 * person's page lists their claims and every removal or handover request about them with the lock's
 * answer, for those who may read cases.
 */
@SanctuaryTest
class OneOpenClaimApiTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired JdbcClient jdbc;

  private Fixtures.Staffed office;

  @BeforeEach
  void anOffice() {
    office = fixtures.anOfficeWithEveryRole();
  }

  @Test
  void aSecondIntentForAnApplicantWithAnOpenClaimIsRefusedPointingAtIt() throws Exception {
    PersonId person = fixtures.aPersonAt(office, "한성민");
    String first = intent(person, null).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()
        .replaceAll("^\\{\"id\":\"([0-9a-f-]{36})\".*", "$1");

    intent(person, null)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("OPEN_CLAIM_EXISTS"))
        .andExpect(jsonPath("$.relatedCase").value(first))
        .andExpect(jsonPath("$.relatedCaseHref").value("/api/cases/" + first));
    assertThat(jdbc.sql("SELECT COUNT(*) FROM case_member WHERE person_id = ?").param(person.value()).query(Long.class).single())
        .isEqualTo(1);
  }

  @Test
  void aDependantOfAnOpenClaimIsNotOpenedASecondClaimButOnceTheFirstIsWithdrawnANewIntentIsRecorded() throws Exception {
    PersonId husband = fixtures.aPersonAt(office, "장석주");
    PersonId wife = fixtures.aPersonAt(office, "윤혜정");
    String family = intent(husband, wife).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()
        .replaceAll("^\\{\"id\":\"([0-9a-f-]{36})\".*", "$1");
    intent(wife, null).andExpect(status().isConflict()).andExpect(jsonPath("$.relatedCase").value(family));

    mvc.perform(post("/api/cases/" + family + "/withdrawal").with(as(Role.REGISTRAR)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"version\":0}"))
        .andExpect(status().isOk());
    intent(wife, null).andExpect(status().isCreated());
  }

  @Test
  void thePersonPageListsTheirClaimsAndEveryRequestToRemoveThemWithTheLocksAnswer() throws Exception {
    PersonId person = fixtures.aPersonAt(office, "리순옥");
    intent(person, null).andExpect(status().isCreated());
    mvc.perform(post("/api/persons/" + person + "/removal-requests").with(as(Role.PROTECTION_OFFICER))
            .contentType(MediaType.APPLICATION_JSON).content("{\"requester\":\"HOST_AUTHORITY\",\"kind\":\"RETURN\"}"))
        .andExpect(status().isConflict());

    mvc.perform(get("/api/persons/" + person + "/cases").with(as(Role.REGISTRAR)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].state").value("INTENT_EXPRESSED"));
    mvc.perform(get("/api/persons/" + person + "/removal-requests").with(as(Role.SUPERVISOR)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].refused").value(true))
        .andExpect(jsonPath("$[0].reasonCode").value("PENDING_CLAIM_NON_REFOULEMENT"));

    String page = mvc.perform(get("/persons/" + person).with(as(Role.REGISTRAR))).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("id=\"claims\"").contains("Intent expressed").contains("Host authority")
        .contains("PENDING_CLAIM_NON_REFOULEMENT");
    String monitorsPage = mvc.perform(get("/persons/" + person).with(as(Role.MONITOR))).andReturn().getResponse().getContentAsString();
    assertThat(monitorsPage).doesNotContain("id=\"claims\"").doesNotContain("PENDING_CLAIM_NON_REFOULEMENT");
  }

  private ResultActions intent(PersonId principal, PersonId dependant) throws Exception {
    String dependants = dependant == null ? "" : ",\"dependantIds\":[\"" + dependant + "\"]";
    return mvc.perform(post("/api/cases").with(as(Role.RECEPTION)).contentType(MediaType.APPLICATION_JSON)
        .content("{\"officeId\":\"" + office.office().id() + "\",\"principalId\":\"" + principal + "\",\"channel\":\"OFFICE\""
            + dependants + "}"));
  }

  private RequestPostProcessor as(Role role) {
    return user(fixtures.user(office.username(role)));
  }
}
