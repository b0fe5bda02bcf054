package org.sanctuary.access.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** RFC 9457 problem documents for refusals that happen before a controller is reached. */
@Component
public class ProblemResponses {

  private final JsonMapper json;

  public ProblemResponses(JsonMapper json) {
    this.json = json;
  }

  public void unauthenticated(HttpServletResponse response, String detail) throws IOException {
    write(response, 401, "UNAUTHENTICATED", "Not signed in", detail);
  }

  public void notPermitted(HttpServletResponse response, String detail) throws IOException {
    write(response, 403, "NOT_PERMITTED", "Not permitted", detail);
  }

  private void write(
      HttpServletResponse response, int status, String code, String title, String detail)
      throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "about:blank");
    body.put("title", title);
    body.put("status", status);
    body.put("detail", detail);
    body.put("code", code);
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    if (status == 401) {
      response.setHeader("WWW-Authenticate", "Bearer");
    }
    json.writeValue(response.getOutputStream(), body);
  }
}
