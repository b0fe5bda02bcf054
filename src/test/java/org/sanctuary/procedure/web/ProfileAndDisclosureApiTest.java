package org.sanctuary.procedure.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
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

/** Jurisdiction profiles stay above their floors; the country of origin learns nothing. */
@SanctuaryTest
class ProfileAndDisclosureApiTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired JdbcClient jdbc;

  private Fixtures.Staffed office;

  @BeforeEach
  void anOffice() {
    office = fixtures.anOfficeWithEveryRole();
  }

  @Test
  void theAppealPeriodCannotBeCutBelowThirtyDaysButMayBeLengthened() throws Exception {
    long version = version();
    mvc.perform(get("/api/jurisdiction-profiles/unhcr-mandate").with(as(Role.REGISTRAR)))
        .andExpect(jsonPath("$.appealDays").value(30));
    change(15, version, Role.ADMIN)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("BELOW_LEGAL_MINIMUM"))
        .andExpect(jsonPath("$.missing").value(hasItem("appealDays (at least 30)")));
    change(45, version, Role.SUPERVISOR).andExpect(status().isForbidden());
    assertThat(version()).isEqualTo(version);
    try {
      change(45, version, Role.ADMIN).andExpect(status().isOk()).andExpect(jsonPath("$.appealDays").value(45));
    } finally {
      change(30, version + 1, Role.ADMIN).andExpect(status().isOk());
    }
  }

  @Test
  void aRequestFromTheCountryOfOriginIsRefusedAndACourtsWaitsForTheDataProtectionOfficer() throws Exception {
    PersonId person = fixtures.aPersonAt(office, "김영호");
    disclose(person, "COUNTRY_OF_ORIGIN_AUTHORITY")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("PROHIBITED_RECIPIENT"));
    disclose(person, "COURT").andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("PENDING"));
    assertThat(jdbc.sql("SELECT status FROM disclosure_request WHERE person_id = ? ORDER BY recorded_at").param(person.value())
            .query(String.class).list())
        .containsExactly("REFUSED", "PENDING");
  }

  private ResultActions change(int appealDays, long version, Role role) throws Exception {
    return mvc.perform(put("/api/jurisdiction-profiles/unhcr-mandate").with(as(role)).contentType(MediaType.APPLICATION_JSON)
        .content("{\"appealDays\":" + appealDays + ",\"graceDays\":42,\"abandonmentDays\":42,\"interviewTargetDays\":182,"
            + "\"decisionTargetDays\":30,\"priorityDivisor\":2,\"version\":" + version + "}"));
  }

  private ResultActions disclose(PersonId person, String requester) throws Exception {
    return mvc.perform(post("/api/disclosure-requests").with(as(Role.PROTECTION_OFFICER)).contentType(MediaType.APPLICATION_JSON)
        .content("{\"personId\":\"" + person + "\",\"requester\":\"" + requester + "\",\"purpose\":\"Asks whether she applied\"}"));
  }

  private long version() {
    return jdbc.sql("SELECT version FROM jurisdiction_profile WHERE name = 'unhcr-mandate'").query(Long.class).single();
  }

  private RequestPostProcessor as(Role role) {
    return user(fixtures.user(office.username(role)));
  }
}
