package org.sanctuary.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.sanctuary.Fixtures;
import org.sanctuary.SanctuaryTest;
import org.sanctuary.access.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Operators scrape metrics for Prometheus with the scrape token alone: no user, however privileged,
 * reads them without it, and they hold counts and timings (the audit sealer's backlog among them),
 * never a person's name or a record's id.
 */
@SanctuaryTest
class MetricsScrapeTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;

  @Test
  void onlyTheScrapeTokenReadsTheMetricsAndTheyNameNobody() throws Exception {
    Fixtures.Staffed office = fixtures.anOfficeWithEveryRole();
    var person = fixtures.aPersonAt(office, "탁명숙");
    mvc.perform(get("/api/persons/" + person).with(user(fixtures.user(office.username(Role.REGISTRAR))))).andExpect(status().isOk());

    mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
    mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer not-the-token")).andExpect(status().isUnauthorized());
    mvc.perform(get("/actuator/prometheus").with(user(fixtures.user(office.username(Role.ADMIN))))).andExpect(status().isForbidden());

    String metrics = mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer test-scrape-token"))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(metrics).contains("sanctuary_audit_unsealed").contains("sanctuary_audit_chained")
        .contains("http_server_requests_seconds_count").contains("uri=\"/api/persons/{id}\"");
    assertThat(metrics).doesNotContain("탁명숙").doesNotContain(person.toString());
  }
}
