package org.sanctuary.access;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctuary.Fixtures;
import org.sanctuary.SanctuaryTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Two administrators for every role that opens content: an administrator cannot make themself (or
 * anyone) a monitor and read a source's identity alone; another administrator approves, and nobody
 * approves their own request or their own role.
 */
@SanctuaryTest
class RoleGrantApprovalTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired JdbcClient jdbc;

  private Fixtures.Staffed office;
  private String admin;
  private String secondAdmin;

  @BeforeEach
  void anOfficeWithTwoAdministrators() {
    office = fixtures.anOfficeWithEveryRole();
    admin = office.username(Role.ADMIN);
    secondAdmin = "second-" + admin;
    fixtures.addUser(secondAdmin, office, Role.ADMIN);
  }

  @Test
  void anAdministratorWhoGivesThemselfTheMonitorRoleOnlyAsksForIt() throws Exception {
    grant(admin, admin, "ADMIN\",\"MONITOR").andExpect(status().isNoContent());

    mvc.perform(get("/api/me").with(as(admin))).andExpect(jsonPath("$.permissions", Matchers.not(Matchers.hasItem("SOURCE_IDENTITY_READ"))));
    mvc.perform(get("/api/monitoring/reports").with(as(admin))).andExpect(status().isForbidden());
    String grant = waitingGrant(admin);
    mvc.perform(post("/api/role-grants/" + grant + "/approval").with(as(admin)))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("SECOND_ADMINISTRATOR_REQUIRED"));
    mvc.perform(get("/api/me").with(as(admin))).andExpect(jsonPath("$.permissions", Matchers.not(Matchers.hasItem("MONITORING_READ"))));

    mvc.perform(post("/api/role-grants/" + grant + "/approval").with(as(secondAdmin))).andExpect(status().isNoContent());
    mvc.perform(get("/api/me").with(as(admin))).andExpect(jsonPath("$.permissions", Matchers.hasItem("SOURCE_IDENTITY_READ")));
  }

  @Test
  void theAdministratorWhoAskedDoesNotApproveButAnotherDoesAndCanAlsoRefuse() throws Exception {
    String analyst = office.username(Role.ANALYST);
    grant(admin, analyst, "ANALYST\",\"SUPERVISOR").andExpect(status().isNoContent());
    String grant = waitingGrant(analyst);

    mvc.perform(post("/api/role-grants/" + grant + "/approval").with(as(admin))).andExpect(status().isConflict());
    mvc.perform(post("/admin/role-grants/" + grant + "/approval").with(as(admin)).with(csrf()))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get("/api/me").with(as(analyst))).andExpect(jsonPath("$.permissions", Matchers.not(Matchers.hasItem("CASE_READ"))));
    mvc.perform(get("/admin/users").with(as(secondAdmin)))
        .andExpect(content().string(Matchers.containsString("/admin/role-grants/" + grant + "/approval")));
    mvc.perform(get("/admin/users").with(as(admin)))
        .andExpect(content().string(Matchers.not(Matchers.containsString("/admin/role-grants/" + grant + "/approval"))));

    mvc.perform(post("/api/role-grants/" + grant + "/rejection").with(as(secondAdmin))).andExpect(status().isNoContent());
    mvc.perform(post("/api/role-grants/" + grant + "/approval").with(as(secondAdmin))).andExpect(status().isNotFound());
    mvc.perform(get("/api/me").with(as(analyst))).andExpect(jsonPath("$.permissions", Matchers.not(Matchers.hasItem("CASE_READ"))));
  }

  @Test
  void rolesThatOpenNoContentAndRemovalsTakeEffectAtOnce() throws Exception {
    String monitor = office.username(Role.MONITOR);
    grant(admin, monitor, "ANALYST").andExpect(status().isNoContent());
    mvc.perform(get("/api/me").with(as(monitor)))
        .andExpect(jsonPath("$.permissions", Matchers.hasItem("MONITORING_STATISTICS")))
        .andExpect(jsonPath("$.permissions", Matchers.not(Matchers.hasItem("MONITORING_READ"))));
    mvc.perform(get("/api/role-grants?size=100").with(as(secondAdmin)))
        .andExpect(content().string(Matchers.not(Matchers.containsString("\"username\":\"" + monitor + "\""))));
  }

  @Test
  void aRequestPastTheFirstPageOfThoseWaitingIsReachedAndDecidedWhileTheUsersListKeepsItsOwnPage() throws Exception {
    String last = null;
    for (int i = 0; i < 101; i++) {
      last = "waiting-" + i + "-" + admin;
      fixtures.addUser(last, office, Role.ANALYST);
      grant(admin, last, "ANALYST\",\"SUPERVISOR").andExpect(status().isNoContent());
    }
    String grant = waitingGrant(last);
    long waiting = jdbc.sql("SELECT COUNT(*) FROM role_grant WHERE outcome IS NULL").query(Long.class).single();
    long lastPage = (waiting - 1) / 100;

    String first = mvc.perform(get("/admin/users").with(as(secondAdmin))).andReturn().getResponse().getContentAsString();
    org.assertj.core.api.Assertions.assertThat(first).doesNotContain("/admin/role-grants/" + grant + "/approval")
        .contains("href=\"/admin/users?grantsPage=1\"").contains("href=\"/admin/users?page=1\"");
    String found = mvc.perform(get("/admin/users").param("grantsPage", String.valueOf(lastPage)).with(as(secondAdmin)))
        .andReturn().getResponse().getContentAsString();
    org.assertj.core.api.Assertions.assertThat(found).contains("/admin/role-grants/" + grant + "/approval")
        .contains("href=\"/admin/users?grantsPage=" + lastPage + "&amp;page=1\"");

    mvc.perform(post("/admin/role-grants/" + grant + "/approval").with(as(secondAdmin)).with(csrf()))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get("/api/me").with(as(last))).andExpect(jsonPath("$.permissions", Matchers.hasItem("CASE_READ")));

    // The other hundred are refused, so that other tests find their own request on the first page.
    for (UUID other : jdbc.sql("SELECT g.id FROM role_grant g JOIN app_user u ON u.id = g.user_id"
        + " WHERE g.outcome IS NULL AND u.username LIKE ?").param("waiting-%-" + admin).query(UUID.class).list()) {
      mvc.perform(post("/api/role-grants/" + other + "/rejection").with(as(secondAdmin))).andExpect(status().isNoContent());
    }
  }

  private ResultActions grant(String by, String username, String roles) throws Exception {
    UUID id = idOf(username);
    long version = jdbc.sql("SELECT version FROM app_user WHERE id = ?").param(id).query(Long.class).single();
    return mvc.perform(put("/api/users/" + id).with(as(by)).contentType(MediaType.APPLICATION_JSON)
        .content("{\"displayName\":\"Renamed\",\"enabled\":true,\"version\":" + version + ",\"memberships\":[{\"officeId\":\""
            + office.office().id() + "\",\"roles\":[\"" + roles + "\"]}]}"));
  }

  private String waitingGrant(String username) {
    return jdbc.sql("SELECT id FROM role_grant WHERE user_id = ? AND outcome IS NULL").param(idOf(username))
        .query(UUID.class).single().toString();
  }

  private UUID idOf(String username) {
    return jdbc.sql("SELECT id FROM app_user WHERE username = ?").param(username).query(UUID.class).single();
  }

  private RequestPostProcessor as(String username) {
    return user(fixtures.user(username));
  }
}
