package org.sanctuary.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctuary.Fixtures;
import org.sanctuary.access.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A signed-in person who mistypes an address, follows a bad id or sends a filter value that does not
 * exist gets a page of the application: with its navigation, a way back, in the reader's language, and
 * never the server's own error page or an exception's text.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ErrorPagesTest {

  @LocalServerPort int port;
  @Autowired Fixtures fixtures;

  private final HttpClient http =
      HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();

  @BeforeEach
  void signedIn() throws Exception {
    String officer = fixtures.anOfficeWithEveryRole().username(Role.ELIGIBILITY_OFFICER);
    String login = get("/login").body();
    String csrf = login.replaceAll("(?s).*name=\"_csrf\"[^>]*value=\"([^\"]+)\".*", "$1");
    HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("username=" + officer + "&password=" + Fixtures.PASSWORD + "&_csrf="
            + URLEncoder.encode(csrf, StandardCharsets.UTF_8)))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("failed");
  }

  @Test
  void aMistypedAddressABadIdAndABadFilterValueArePagesOfTheApplication() throws Exception {
    for (String address : new String[] {"/persns", "/persons/not-an-id", "/persons/" + java.util.UUID.randomUUID(),
        "/cases?state=NO_SUCH_STATE", "/cases/not-an-id"}) {
      HttpResponse<String> page = get(address);
      assertThat(page.statusCode()).as(address).isBetween(400, 404);
      assertThat(page.body()).as(address).doesNotContain("Whitelabel").doesNotContain("Exception")
          .contains("<nav").contains("href=\"/\"");
    }
  }

  @Test
  void theErrorPageSpeaksTheReadersLanguage() throws Exception {
    assertThat(get("/persons/not-an-id?lang=ko").body()).contains("lang=\"ko\"").contains("처음 화면으로");
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
