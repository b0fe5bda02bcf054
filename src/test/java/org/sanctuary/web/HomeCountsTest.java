package org.sanctuary.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sanctuary.Fixtures;
import org.sanctuary.SanctuaryTest;
import org.sanctuary.access.Role;
import org.sanctuary.registry.PersonId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The home page counts the reader's own work and offices, not the organisation's. */
@SanctuaryTest
class HomeCountsTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired org.sanctuary.alerts.Alerts alerts;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  @Test
  void theRegistrarSeesTheCasesAwaitingTheirStepAndTheirOwnOfficesWhileAnotherOfficesSeesNone() throws Exception {
    Fixtures.Staffed here = fixtures.anOfficeWithEveryRole();
    Fixtures.Staffed elsewhere = fixtures.anOfficeWithEveryRole();
    for (String name : new String[] {"한성민", "한은별"}) {
      PersonId person = fixtures.aPersonAt(here, name);
      mvc.perform(post("/api/cases").with(user(fixtures.user(here.username(Role.RECEPTION)))).contentType(MediaType.APPLICATION_JSON)
              .content("{\"officeId\":\"%s\",\"principalId\":\"%s\",\"channel\":\"OFFICE\"}".formatted(here.office().id(), person)))
          .andExpect(status().isCreated());
    }

    String mine = home(here.username(Role.REGISTRAR));
    assertThat(count(mine, "my-queue")).as("cases awaiting the registrar's step").isEqualTo(2);
    assertThat(count(mine, "my-offices")).as("the registrar's offices").isEqualTo(1);
    assertThat(count(home(elsewhere.username(Role.REGISTRAR)), "my-queue")).as("another office's registrar").isZero();
  }

  @Test
  void theSupervisorSeesTheOpenAlertsOfTheirOfficesOnly() throws Exception {
    Fixtures.Staffed here = fixtures.anOfficeWithEveryRole();
    Fixtures.Staffed elsewhere = fixtures.anOfficeWithEveryRole();
    for (int i = 0; i < 3; i++) {
      alerts.raise(here.office().id(), org.sanctuary.alerts.Alerts.Kind.LATE_APPEAL, "CASE", java.util.UUID.randomUUID(),
          "late", java.util.List.of("F-" + i));
    }

    assertThat(count(home(here.username(Role.SUPERVISOR)), "open-alerts")).as("this office's supervisor").isEqualTo(3);
    assertThat(count(home(elsewhere.username(Role.SUPERVISOR)), "open-alerts")).as("another office's supervisor").isZero();
    assertThat(home(here.username(Role.REGISTRAR))).as("a registrar, who reads no alerts").doesNotContain("open-alerts");
  }

  @Test
  void aNewcomerWhoseRolesAwaitASecondAdministratorIsToldSoAndByWhomTheyWereAsked() throws Exception {
    Fixtures.Staffed here = fixtures.anOfficeWithEveryRole();
    String newcomer = "newcomer" + Fixtures.randomCode().toLowerCase(java.util.Locale.ROOT);
    mvc.perform(post("/api/users").with(user(fixtures.user(here.username(Role.ADMIN)))).contentType(MediaType.APPLICATION_JSON)
            .content("{\"username\":\"%s\",\"displayName\":\"Newcomer\",\"password\":\"correct horse battery staple 42\","
                .formatted(newcomer) + "\"memberships\":[{\"officeId\":\"%s\",\"roles\":[\"REGISTRAR\"]}]}".formatted(here.office().id())))
        .andExpect(status().isCreated());

    String page = mvc.perform(get("/").param("lang", "ko").with(user(fixtures.user(newcomer)))).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("id=\"awaiting-approval\"").contains("다른 관리자의 승인을 기다리고").contains("등록 담당")
        .contains(here.username(Role.ADMIN)).doesNotContain("id=\"no-roles\"");
    mvc.perform(get("/api/me").with(user(fixtures.user(newcomer))))
        .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.awaitingApproval[0].role").value("REGISTRAR"))
        .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.awaitingApproval[0].requestedByName")
            .value(here.username(Role.ADMIN)));
    assertThat(home(here.username(Role.REGISTRAR))).as("a registrar whose role holds").doesNotContain("awaiting-approval")
        .doesNotContain("id=\"no-roles\"");

    // A second administrator turns the request down: the newcomer now holds nothing and has nothing waiting.
    jdbc.sql("UPDATE role_grant SET outcome = 'REJECTED' WHERE user_id = (SELECT id FROM app_user WHERE username = ?)")
        .param(newcomer).update();
    assertThat(home(newcomer)).as("a user with no role and none asked").contains("id=\"no-roles\"").doesNotContain("awaiting-approval");
  }

  private String home(String username) throws Exception {
    return mvc.perform(get("/").with(user(fixtures.user(username)))).andReturn().getResponse().getContentAsString();
  }

  private static long count(String html, String card) {
    Matcher found = Pattern.compile("id=\"" + card + "\"[^>]*>\\s*<strong[^>]*>([\\d,]+)</strong>").matcher(html);
    assertThat(found.find()).as("the %s card with its number", card).isTrue();
    return Long.parseLong(found.group(1).replace(",", ""));
  }
}
