package org.sanctuary.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses, before anything reads them, query and form parameters that hold a NUL character: 400
 * naming the parameter, as a problem document for the API and as a plain 400 for pages. JSON bodies
 * are checked by {@link BoundedRequestBodies}.
 */
@Component
class NulCharacters extends OncePerRequestFilter {

  private final JsonMapper json;

  NulCharacters(JsonMapper json) {
    this.json = json;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
      for (String value : parameter.getValue()) {
        if (value.indexOf('\u0000') >= 0 || parameter.getKey().indexOf('\u0000') >= 0) {
          refuse(request, response, parameter.getKey().replace('\u0000', '?'));
          return;
        }
      }
    }
    chain.doFilter(request, response);
  }

  private void refuse(HttpServletRequest request, HttpServletResponse response, String field) throws IOException {
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      Map<String, Object> problem = new java.util.LinkedHashMap<>();
      problem.put("type", "about:blank");
      problem.put("title", "Invalid input");
      problem.put("status", 400);
      problem.put("detail", field + ": " + BoundedRequestBodies.NUL);
      problem.put("code", "VALIDATION_FAILED");
      problem.put("errors", java.util.List.of(Map.of("field", field, "message", BoundedRequestBodies.NUL)));
      json.writeValue(response.getOutputStream(), problem);
    } else {
      response.setContentType(MediaType.TEXT_PLAIN_VALUE + ";charset=UTF-8");
      response.getWriter().write(field + " " + BoundedRequestBodies.NUL + ".");
    }
  }
}
