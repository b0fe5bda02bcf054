package org.sanctuary.access;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctuary.Fixtures;
import org.sanctuary.SanctuaryTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sanctuary.BrowserSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A user changes their password with the old one, an administrator resets someone else's to a
 * one-time password; either way the user's other sessions and tokens end, and a reset's sign-in can
 * do nothing but choose a new password.
 */
@SanctuaryTest
class PasswordChangeAndResetTest {

  private static final String NEW_PASSWORD = "lanterns over the tumen river";

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired JdbcClient jdbc;

  private Fixtures.Staffed office;
  private String registrar;

  @BeforeEach
  void anOffice() {
    office = fixtures.anOfficeWithEveryRole();
    registrar = office.username(Role.REGISTRAR);
  }

  @Test
  void changingThePasswordEndsEveryOtherSessionAndTokenButKeepsThisSession() throws Exception {
    BrowserSession here = signIn(registrar, Fixtures.PASSWORD);
    BrowserSession elsewhere = signIn(registrar, Fixtures.PASSWORD);
    String token = token(registrar, Fixtures.PASSWORD);

    here.perform(post("/account/password").with(csrf()).param("currentPassword", Fixtures.PASSWORD)
            .param("newPassword", NEW_PASSWORD).param("repeatPassword", NEW_PASSWORD))
        .andExpect(redirectedUrl("/"));

    here.perform(get("/")).andExpect(status().isOk());
    elsewhere.perform(get("/")).andExpect(redirectedUrl("/login"));
    mvc.perform(get("/api/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
    issue(registrar, Fixtures.PASSWORD).andExpect(status().isUnauthorized());
    issue(registrar, NEW_PASSWORD).andExpect(status().isCreated());
  }

  @Test
  void aWrongCurrentPasswordOrAWeakNewOneChangesNothingAndSaysWhyBesideTheField() throws Exception {
    BrowserSession session = signIn(registrar, Fixtures.PASSWORD);
    session.perform(post("/account/password").with(csrf()).param("currentPassword", "not-my-password")
            .param("newPassword", NEW_PASSWORD).param("repeatPassword", NEW_PASSWORD))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("is not your current password")));
    session.perform(post("/account/password").with(csrf()).param("currentPassword", Fixtures.PASSWORD)
            .param("newPassword", "password1234").param("repeatPassword", "password1234"))
        .andExpect(content().string(containsString("too easy to guess")));
    String token = token(registrar, Fixtures.PASSWORD);
    mvc.perform(post("/api/me/password").header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
            .content("{\"currentPassword\":\"" + Fixtures.PASSWORD + "\",\"newPassword\":\"aaaaaaaaaaaaaaaa\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("newPassword"));

    session.perform(get("/")).andExpect(status().isOk());
    issue(registrar, Fixtures.PASSWORD).andExpect(status().isCreated());
  }

  @Test
  void overTheApiTheTokenThatChangesThePasswordGoesOnAndTheOthersEnd() throws Exception {
    String changing = token(registrar, Fixtures.PASSWORD);
    String other = token(registrar, Fixtures.PASSWORD);
    mvc.perform(post("/api/me/password").header("Authorization", "Bearer " + changing).contentType(MediaType.APPLICATION_JSON)
            .content("{\"currentPassword\":\"" + Fixtures.PASSWORD + "\",\"newPassword\":\"" + NEW_PASSWORD + "\"}"))
        .andExpect(status().isNoContent());
    mvc.perform(get("/api/me").header("Authorization", "Bearer " + changing)).andExpect(status().isOk());
    mvc.perform(get("/api/me").header("Authorization", "Bearer " + other)).andExpect(status().isUnauthorized());
  }

  @Test
  void aResetEndsEverythingAndItsOneTimePasswordOnlyChoosesANewOne() throws Exception {
    BrowserSession before = signIn(registrar, Fixtures.PASSWORD);
    String tokenBefore = token(registrar, Fixtures.PASSWORD);

    String body = mvc.perform(post("/api/users/" + idOf(registrar) + "/password-reset")
            .with(user(fixtures.user(office.username(Role.ADMIN)))))
        .andExpect(status().isCreated())
        .andReturn().getResponse().getContentAsString();
    String oneTime = body.replaceAll(".*\"oneTimePassword\":\"([^\"]+)\".*", "$1");

    before.perform(get("/")).andExpect(redirectedUrl("/login"));
    mvc.perform(get("/api/me").header("Authorization", "Bearer " + tokenBefore)).andExpect(status().isUnauthorized());
    issue(registrar, Fixtures.PASSWORD).andExpect(status().isUnauthorized());
    issue(registrar, oneTime).andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("PASSWORD_CHANGE_REQUIRED"));

    BrowserSession after = signIn(registrar, oneTime);
    after.perform(get("/persons")).andExpect(redirectedUrl("/account/password"));
    after.perform(get("/account/password")).andExpect(status().isOk())
        .andExpect(content().string(containsString("choose a new one")));
    after.perform(post("/account/password").with(csrf()).param("currentPassword", oneTime)
            .param("newPassword", NEW_PASSWORD).param("repeatPassword", NEW_PASSWORD))
        .andExpect(redirectedUrl("/"));
    after.perform(get("/persons")).andExpect(status().isOk());
    issue(registrar, oneTime).andExpect(status().isUnauthorized());
    issue(registrar, NEW_PASSWORD).andExpect(status().isCreated());
  }

  @Test
  void anAdministratorDoesNotResetTheirOwnPassword() throws Exception {
    String admin = office.username(Role.ADMIN);
    mvc.perform(post("/api/users/" + idOf(admin) + "/password-reset").with(user(fixtures.user(admin))))
        .andExpect(status().isBadRequest());
  }

  private BrowserSession signIn(String username, String password) throws Exception {
    return BrowserSession.signIn(mvc, username, password);
  }

  private String token(String username, String password) throws Exception {
    return issue(username, password).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()
        .replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
  }

  private ResultActions issue(String username, String password) throws Exception {
    return mvc.perform(post("/api/tokens").contentType(MediaType.APPLICATION_JSON)
        .content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"));
  }

  private UUID idOf(String username) {
    return jdbc.sql("SELECT id FROM app_user WHERE username = ?").param(username).query(UUID.class).single();
  }
}
