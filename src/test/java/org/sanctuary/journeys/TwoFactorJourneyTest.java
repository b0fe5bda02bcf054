package org.sanctuary.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanctuary.Fixtures;
import org.sanctuary.access.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A monitor, whose role requires a second factor as in production, signs in for the first time and
 * can do nothing before enrolling: scans the key (the test reads it from the page and computes the
 * codes an authenticator app would), confirms with a code, keeps the recovery codes; signs out and
 * in again with the next code; then with a recovery code, which a second time is refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "sanctuary.access.two-factor-roles=ADMIN,SUPERVISOR,MONITOR,PROTECTION_OFFICER")
@ActiveProfiles("test")
class TwoFactorJourneyTest {

  @LocalServerPort int port;
  @Autowired Fixtures fixtures;

  @Test
  void enrolSignInWithACodeThenWithARecoveryCodeThatWorksOnce() throws Exception {
    String monitor = fixtures.anOfficeWithEveryRole().username(Role.MONITOR);
    try (Chromium chromium = Chromium.open(port)) {
      Page page = chromium.page;
      chromium.signIn(monitor);
      assertThat(page).hasURL(chromium.url("/account/two-factor"));
      assertThat(page.getByText("Your roles require a second factor")).isVisible();
      page.navigate(chromium.url("/monitoring"));
      assertThat(page).hasURL(chromium.url("/account/two-factor"));
      chromium.screenshot("two-factor-enrolment");

      String secret = page.locator("#totp-secret").textContent().strip();
      page.getByLabel("Code").fill(code(secret, 0));
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Turn on")).click();
      assertThat(page.getByText("Two-factor sign-in is on.")).isVisible();
      List<String> recovery = page.locator("#recovery-codes code").allTextContents();
      assertThat(recovery).hasSize(10);
      page.navigate(chromium.url("/monitoring"));
      assertThat(page).hasURL(chromium.url("/monitoring"));
      chromium.signOut();

      chromium.signIn(monitor);
      assertThat(page).hasURL(chromium.url("/login/second-factor"));
      page.navigate(chromium.url("/monitoring"));
      assertThat(page).hasURL(chromium.url("/login/second-factor"));
      page.getByLabel("Code").fill(code(secret, 1)); // the next step: the enrolment's code is never accepted twice
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
      assertThat(page).hasURL(chromium.url("/"));
      chromium.signOut();

      chromium.signIn(monitor);
      page.getByLabel("Code").fill(recovery.get(0));
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
      assertThat(page).hasURL(chromium.url("/"));
      chromium.signOut();

      chromium.signIn(monitor);
      page.getByLabel("Code").fill(recovery.get(0));
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
      assertThat(page).hasURL(chromium.url("/login/second-factor"));
      assertThat(page.getByText("is not a valid code")).isVisible();
    }
  }

  /** What an authenticator app shows for the key, {@code ahead} steps of 30 seconds from now. */
  private static String code(String secret, int ahead) throws Exception {
    return new DefaultCodeGenerator().generate(secret, System.currentTimeMillis() / 1000 / 30 + ahead);
  }
}
