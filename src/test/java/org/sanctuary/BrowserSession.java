package org.sanctuary;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A browser's session, as MockMvc tests need it now that sessions live in the database: the SESSION
 * cookie the application set at sign-in, sent with each request and replaced when the application
 * renews the session (as after a password change), as a browser does.
 */
public final class BrowserSession implements RequestPostProcessor {

  private final MockMvc mvc;
  private Cookie cookie;

  private BrowserSession(MockMvc mvc, Cookie cookie) {
    this.mvc = mvc;
    this.cookie = cookie;
  }

  /** Signs in through the sign-in form, which must lead home. */
  public static BrowserSession signIn(MockMvc mvc, String username, String password) throws Exception {
    MvcResult result = mvc.perform(post("/login").with(csrf()).param("username", username).param("password", password))
        .andReturn();
    Cookie set = result.getResponse().getCookie("SESSION");
    if (set == null || !"/".equals(result.getResponse().getRedirectedUrl())) {
      throw new AssertionError("signing in as " + username + " did not lead home with a session (" + result.getResponse().getStatus()
          + " to " + result.getResponse().getRedirectedUrl() + ")");
    }
    return new BrowserSession(mvc, set);
  }

  /** Performs the request in this session, and keeps the cookie if the application renewed it. */
  public ResultActions perform(MockHttpServletRequestBuilder request) throws Exception {
    ResultActions actions = mvc.perform(request.with(this));
    Cookie renewed = actions.andReturn().getResponse().getCookie("SESSION");
    if (renewed != null && renewed.getMaxAge() != 0) {
      cookie = renewed;
    }
    return actions;
  }

  @Override
  public MockHttpServletRequest postProcessRequest(MockHttpServletRequest request) {
    request.setCookies(cookie);
    return request;
  }
}
