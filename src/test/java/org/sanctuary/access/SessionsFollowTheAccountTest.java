package org.sanctuary.access;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctuary.Fixtures;
import org.sanctuary.SanctuaryTest;
import org.sanctuary.access.internal.SignedInUser;
import org.sanctuary.registry.PersonId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sanctuary.BrowserSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A session is worth what the account is worth now: disabling a user, or taking a role away, takes
 * effect on the session's next request, and no session outlives its absolute lifetime.
 */
@SanctuaryTest
class SessionsFollowTheAccountTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired UserAccounts accounts;
  @Autowired AccessPolicy access;
  @Autowired JdbcClient jdbc;

  private Fixtures.Staffed office;
  private Fixtures.Staffed otherOffice;
  private PersonId person;
  private PersonId otherPerson;

  @BeforeEach
  void twoOffices() {
    office = fixtures.anOfficeWithEveryRole();
    otherOffice = fixtures.anOfficeWithEveryRole();
    person = fixtures.aPersonAt(office, "김영희");
    otherPerson = fixtures.aPersonAt(otherOffice, "박순자");
  }

  @Test
  void aDisabledUsersSessionEndsOnItsNextRequest() throws Exception {
    String registrar = office.username(Role.REGISTRAR);
    BrowserSession session = signIn(registrar);
    session.perform(get("/persons/" + person)).andExpect(status().isOk());

    UserSummary user = summary(idOf(registrar));
    change(office, () -> accounts.update(user.id(), user.version(), user.displayName(), false, user.roles()));

    session.perform(get("/persons/" + person)).andExpect(redirectedUrl("/login"));
    mvc.perform(post("/login").with(csrf()).param("username", registrar).param("password", Fixtures.PASSWORD))
        .andExpect(redirectedUrl("/login?failed"));
  }

  @Test
  void aRoleTakenAwayStopsTheSessionsReadsInThatOfficeAtOnce() throws Exception {
    String username = "both-" + office.office().code().toLowerCase();
    UUID id = accounts.createUnchecked(new NewUser(username, "Registrar of two offices", Fixtures.PASSWORD,
        Map.of(office.office().id(), EnumSet.of(Role.REGISTRAR), otherOffice.office().id(), EnumSet.of(Role.REGISTRAR))));
    BrowserSession session = signIn(username);
    session.perform(get("/persons/" + otherPerson)).andExpect(status().isOk());

    UserSummary user = summary(id);
    change(office, () -> accounts.update(id, user.version(), user.displayName(), true,
        Map.of(office.office().id(), Set.of(Role.REGISTRAR))));

    session.perform(get("/persons/" + otherPerson)).andExpect(status().isNotFound());
    session.perform(get("/persons/" + person)).andExpect(status().isOk());
  }

  @Test
  void noSessionOutlivesItsLifetimeHoweverActive() throws Exception {
    String registrar = office.username(Role.REGISTRAR);
    SignedInUser fresh = (SignedInUser) fixtures.user(registrar);
    mvc.perform(get("/persons/" + person).cookie(sessionOf(fresh, Instant.now().minus(Duration.ofHours(11)))))
        .andExpect(status().isOk());
    mvc.perform(get("/persons/" + person).cookie(sessionOf(fresh, Instant.now().minus(Duration.ofHours(13)))))
        .andExpect(redirectedUrl("/login"));
  }

  /** A session stored as sign-in would have stored it, signed in at the moment given: its cookie. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private jakarta.servlet.http.Cookie sessionOf(SignedInUser user, Instant signedInAt) {
    SignedInUser aged = new SignedInUser(user.actor(), null, true, false, user.credentialEpoch(), signedInAt, false, false, false, false);
    org.springframework.session.Session session = sessions.createSession();
    session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
        new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(aged, null, aged.getAuthorities())));
    ((org.springframework.session.SessionRepository) sessions).save(session);
    return new jakarta.servlet.http.Cookie("SESSION",
        java.util.Base64.getEncoder().encodeToString(session.getId().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  @Autowired org.springframework.session.SessionRepository<? extends org.springframework.session.Session> sessions;

  private BrowserSession signIn(String username) throws Exception {
    return BrowserSession.signIn(mvc, username, Fixtures.PASSWORD);
  }

  private void change(Fixtures.Staffed by, Runnable change) {
    access.actingAs(by.username(Role.ADMIN), () -> {
      change.run();
      return null;
    });
  }

  private UserSummary summary(UUID id) {
    return access.actingAs(office.username(Role.ADMIN), () -> accounts.find(id));
  }

  private UUID idOf(String username) {
    return jdbc.sql("SELECT id FROM app_user WHERE username = ?").param(username).query(UUID.class).single();
  }
}
