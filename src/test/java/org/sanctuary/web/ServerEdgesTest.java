package org.sanctuary.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctuary.Fixtures;
import org.sanctuary.access.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The answers a real server gives where no controller answers, and behind a TLS proxy: every API
 * refusal is a problem document with a code (405, 415, unreadable requests, unknown paths), the
 * description of the API is for signed-in users, and a request the proxy received over HTTPS gets a
 * Secure session cookie and HSTS.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ServerEdgesTest {

  @LocalServerPort int port;
  @Autowired Fixtures fixtures;

  private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private String token;

  @BeforeEach
  void aToken() throws Exception {
    String registrar = fixtures.anOfficeWithEveryRole().username(Role.REGISTRAR);
    token = send(request("/api/tokens").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + registrar + "\",\"password\":\"" + Fixtures.PASSWORD + "\"}")))
        .body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
  }

  @Test
  void aMethodTheAddressDoesNotTakeIsAProblemDocument() throws Exception {
    HttpResponse<String> response = send(authorized("/api/persons").DELETE());
    assertProblem(response, 405, "METHOD_NOT_ALLOWED");
  }

  @Test
  void aBodyOfTheWrongTypeIsAProblemDocument() throws Exception {
    HttpResponse<String> response = send(authorized("/api/persons").header("Content-Type", "text/plain")
        .POST(HttpRequest.BodyPublishers.ofString("Kim")));
    assertProblem(response, 415, "UNSUPPORTED_MEDIA_TYPE");
  }

  @Test
  void anUnreadableRequestAndAnUnknownPathAreProblemDocuments() throws Exception {
    String raw = raw("GET /api/persons?name=%ZZ HTTP/1.1");
    assertThat(raw).startsWith("HTTP/1.1 400").contains("application/problem+json").contains("\"code\":\"")
        .doesNotContain("Exception");
    assertProblem(send(authorized("/api/no-such-thing")), 404, "NOT_FOUND");
  }

  @Test
  void theApiDescriptionIsForSignedInUsers() throws Exception {
    assertThat(send(request("/v3/api-docs")).statusCode()).isEqualTo(302);
    assertThat(send(request("/swagger-ui.html")).statusCode()).isEqualTo(302);
  }

  @Test
  void behindATlsProxyTheSessionCookieIsSecureAndHstsIsSent() throws Exception {
    HttpResponse<String> proxied = send(request("/login").header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.9"));
    assertThat(proxied.statusCode()).isEqualTo(200);
    assertThat(proxied.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(v -> assertThat(v).contains("max-age"));
    assertThat(proxied.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).contains("SESSION=").contains("Secure"));

    HttpResponse<String> plain = send(request("/login"));
    assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
  }

  private static void assertProblem(HttpResponse<String> response, int status, String code) {
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(response.body()).contains("\"status\":" + status).doesNotContain("Exception").doesNotContain("trace");
    if (code != null) {
      assertThat(response.body()).contains("\"code\":\"" + code + "\"");
    } else {
      assertThat(response.body()).contains("\"code\":\"");
    }
  }

  /** A request as a client that Java's HTTP client would refuse to send writes it, and the whole answer. */
  private String raw(String requestLine) throws Exception {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
      socket.getOutputStream().write((requestLine + "\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token
          + "\r\nConnection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  private HttpRequest.Builder authorized(String path) {
    return request(path).header("Authorization", "Bearer " + token);
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
