package org.sanctuary.access;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctuary.Fixtures;
import org.sanctuary.SanctuaryTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.sanctuary.BrowserSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Guessing is slowed per address and per account, and a guesser cannot throw anyone out: one
 * address that keeps failing waits, whatever names it tries, while the same password from another
 * address works; an account that someone failed to sign in to keeps its live sessions and tokens.
 */
@SanctuaryTest
class ThrottledSignInTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;

  private String registrar;

  @BeforeEach
  void anOffice() {
    registrar = fixtures.anOfficeWithEveryRole().username(Role.REGISTRAR);
  }

  @Test
  void anAddressThatKeepsFailingWaitsWhateverNamesItTries() throws Exception {
    RequestPostProcessor guesser = from(anAddress());
    for (int i = 0; i < 20; i++) {
      issue("nobody-" + i + "-" + registrar, "guess-" + i, guesser).andExpect(status().isUnauthorized());
    }
    String refused = issue("nobody-" + registrar, "guess", guesser).andReturn().getResponse().getContentAsString();

    issue(registrar, Fixtures.PASSWORD, guesser)
        .andExpect(status().isUnauthorized())
        .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(refused));
    mvc.perform(post("/login").with(csrf()).with(guesser).param("username", registrar).param("password", Fixtures.PASSWORD))
        .andExpect(redirectedUrl("/login?failed"));
    issue(registrar, Fixtures.PASSWORD, from(anAddress())).andExpect(status().isCreated());
  }

  @Test
  void anAddressUnderTheLimitIsNotHeldUp() throws Exception {
    RequestPostProcessor typist = from(anAddress());
    for (int i = 0; i < 19; i++) {
      issue("nobody-" + i + "-" + registrar, "guess-" + i, typist).andExpect(status().isUnauthorized());
    }
    issue(registrar, Fixtures.PASSWORD, typist).andExpect(status().isCreated());
  }

  @Test
  void failedGuessesAtAnAccountEndNeitherItsSessionsNorItsTokens() throws Exception {
    String token = issue(registrar, Fixtures.PASSWORD, from(anAddress())).andReturn().getResponse().getContentAsString()
        .replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
    BrowserSession session = BrowserSession.signIn(mvc, registrar, Fixtures.PASSWORD);

    for (int i = 0; i < 6; i++) {
      issue(registrar, "guess-" + i, from(anAddress())).andExpect(status().isUnauthorized());
    }
    issue(registrar, Fixtures.PASSWORD, from(anAddress())).andExpect(status().isUnauthorized());

    mvc.perform(get("/api/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
    session.perform(get("/")).andExpect(status().isOk());
  }

  private static String anAddress() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
  }

  private static RequestPostProcessor from(String address) {
    return request -> {
      request.setRemoteAddr(address);
      return request;
    };
  }

  private ResultActions issue(String username, String password, RequestPostProcessor from) throws Exception {
    return mvc.perform(post("/api/tokens").with(from).contentType(MediaType.APPLICATION_JSON)
        .content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"));
  }
}
