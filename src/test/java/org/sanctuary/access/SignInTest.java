package org.sanctuary.access;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctuary.Fixtures;
import org.sanctuary.SanctuaryTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Sign-in for people and programs: tokens, revocation, and throttling that never says why. */
@SanctuaryTest
class SignInTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;

  private String registrar;

  @BeforeEach
  void anOffice() {
    registrar = fixtures.anOfficeWithEveryRole().username(Role.REGISTRAR);
  }

  @Test
  void aTokenOpensTheApiUntilItIsRevoked() throws Exception {
    String body =
        issue(registrar, Fixtures.PASSWORD)
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String token = body.replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");

    mvc.perform(get("/api/me").header("Authorization", "Bearer " + token))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.username").value(registrar))
        .andExpect(jsonPath("$.permissions").isArray());
    mvc.perform(delete("/api/tokens/current").header("Authorization", "Bearer " + token))
        .andExpect(status().isNoContent());
    mvc.perform(get("/api/me").header("Authorization", "Bearer " + token))
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
  }

  @Test
  void anUnknownTokenIsUnauthenticated() throws Exception {
    mvc.perform(get("/api/me").header("Authorization", "Bearer sct_forged"))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void aWrongPasswordAndAnUnknownUserGetTheSameAnswer() throws Exception {
    String wrongPassword =
        issue(registrar, "not-the-password").andExpect(status().isUnauthorized()).andReturn().getResponse().getContentAsString();
    String unknownUser =
        issue("nobody-" + registrar, "not-the-password").andExpect(status().isUnauthorized()).andReturn().getResponse().getContentAsString();

    org.assertj.core.api.Assertions.assertThat(wrongPassword).isEqualTo(unknownUser);
  }

  @Test
  void afterFiveFailuresEvenTheRightPasswordIsRefusedWithTheSameAnswer() throws Exception {
    String failure = "";
    for (int i = 0; i < 5; i++) {
      failure = issue(registrar, "guess-" + i).andReturn().getResponse().getContentAsString();
    }

    issue(registrar, Fixtures.PASSWORD)
        .andExpect(status().isUnauthorized())
        .andExpect(content().string(failure));
    mvc.perform(post("/login").with(csrf()).param("username", registrar).param("password", Fixtures.PASSWORD))
        .andExpect(redirectedUrl("/login?failed"));
  }

  @Test
  void fourFailuresThenTheRightPasswordSignsIn() throws Exception {
    for (int i = 0; i < 4; i++) {
      issue(registrar, "guess-" + i).andExpect(status().isUnauthorized());
    }
    issue(registrar, Fixtures.PASSWORD).andExpect(status().isCreated());
    mvc.perform(post("/login").with(csrf()).param("username", registrar).param("password", Fixtures.PASSWORD))
        .andExpect(redirectedUrl("/"));
  }

  @Test
  void aFormWithoutItsCsrfTokenIsRefused() throws Exception {
    mvc.perform(post("/login").param("username", registrar).param("password", Fixtures.PASSWORD))
        .andExpect(status().isForbidden());
  }

  private ResultActions issue(String username, String password) throws Exception {
    return mvc.perform(
        post("/api/tokens")
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"));
  }
}
