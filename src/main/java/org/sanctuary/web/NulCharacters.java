package org.sanctuary.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.sanctuary.shared.FieldProblem;
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
    if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      ApiProblems.write(ApiProblems.validationProblem(List.of(new FieldProblem(field, BoundedRequestBodies.NUL))), response, json);
    } else {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      response.setContentType(MediaType.TEXT_PLAIN_VALUE + ";charset=UTF-8");
      response.getWriter().write(field + " " + BoundedRequestBodies.NUL + ".");
    }
  }
}
