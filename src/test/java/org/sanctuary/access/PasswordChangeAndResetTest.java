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
import org.springframework.mock.web.MockHttpSession;
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
    MockHttpSession here = signIn(registrar, Fixtures.PASSWORD);
    MockHttpSession elsewhere = signIn(registrar, Fixtures.PASSWORD);
    String token = token(registrar, Fixtures.PASSWORD);

    mvc.perform(post("/account/password").session(here).with(csrf()).param("currentPassword", Fixtures.PASSWORD)
            .param("newPassword", NEW_PASSWORD).param("repeatPassword", NEW_PASSWORD))
        .andExpect(redirectedUrl("/"));

    mvc.perform(get("/").session(here)).andExpect(status().isOk());
    mvc.perform(get("/").session(elsewhere)).andExpect(redirectedUrl("/login"));
    mvc.perform(get("/api/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
    issue(registrar, Fixtures.PASSWORD).andExpect(status().isUnauthorized());
    issue(registrar, NEW_PASSWORD).andExpect(status().isCreated());
  }

  @Test
  void aWrongCurrentPasswordOrAWeakNewOneChangesNothingAndSaysWhyBesideTheField() throws Exception {
    MockHttpSession session = signIn(registrar, Fixtures.PASSWORD);
    mvc.perform(post("/account/password").session(session).with(csrf()).param("currentPassword", "not-my-password")
            .param("newPassword", NEW_PASSWORD).param("repeatPassword", NEW_PASSWORD))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("is not your current password")));
    mvc.perform(post("/account/password").session(session).with(csrf()).param("currentPassword", Fixtures.PASSWORD)
            .param("newPassword", "password1234").param("repeatPassword", "password1234"))
        .andExpect(content().string(containsString("too easy to guess")));
    String token = token(registrar, Fixtures.PASSWORD);
    mvc.perform(post("/api/me/password").header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
            .content("{\"currentPassword\":\"" + Fixtures.PASSWORD + "\",\"newPassword\":\"aaaaaaaaaaaaaaaa\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("newPassword"));

    mvc.perform(get("/").session(session)).andExpect(status().isOk());
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
    MockHttpSession before = signIn(registrar, Fixtures.PASSWORD);
    String tokenBefore = token(registrar, Fixtures.PASSWORD);

    String body = mvc.perform(post("/api/users/" + idOf(registrar) + "/password-reset")
            .with(user(fixtures.user(office.username(Role.ADMIN)))))
        .andExpect(status().isCreated())
        .andReturn().getResponse().getContentAsString();
    String oneTime = body.replaceAll(".*\"oneTimePassword\":\"([^\"]+)\".*", "$1");

    mvc.perform(get("/").session(before)).andExpect(redirectedUrl("/login"));
    mvc.perform(get("/api/me").header("Authorization", "Bearer " + tokenBefore)).andExpect(status().isUnauthorized());
    issue(registrar, Fixtures.PASSWORD).andExpect(status().isUnauthorized());
    issue(registrar, oneTime).andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("PASSWORD_CHANGE_REQUIRED"));

    MockHttpSession after = signIn(registrar, oneTime);
    mvc.perform(get("/persons").session(after)).andExpect(redirectedUrl("/account/password"));
    mvc.perform(get("/account/password").session(after)).andExpect(status().isOk())
        .andExpect(content().string(containsString("choose a new one")));
    mvc.perform(post("/account/password").session(after).with(csrf()).param("currentPassword", oneTime)
            .param("newPassword", NEW_PASSWORD).param("repeatPassword", NEW_PASSWORD))
        .andExpect(redirectedUrl("/"));
    mvc.perform(get("/persons").session(after)).andExpect(status().isOk());
    issue(registrar, oneTime).andExpect(status().isUnauthorized());
    issue(registrar, NEW_PASSWORD).andExpect(status().isCreated());
  }

  @Test
  void anAdministratorDoesNotResetTheirOwnPassword() throws Exception {
    String admin = office.username(Role.ADMIN);
    mvc.perform(post("/api/users/" + idOf(admin) + "/password-reset").with(user(fixtures.user(admin))))
        .andExpect(status().isBadRequest());
  }

  private MockHttpSession signIn(String username, String password) throws Exception {
    return (MockHttpSession) mvc.perform(post("/login").with(csrf()).param("username", username).param("password", password))
        .andExpect(redirectedUrl("/")).andReturn().getRequest().getSession();
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
