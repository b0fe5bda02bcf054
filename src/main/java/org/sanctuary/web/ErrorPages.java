package org.sanctuary.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the server answers when no controller did: a method the path does not take (405), a body of
 * the wrong type (415), a request the server could not even read (400), a path that does not exist.
 * Under {@code /api} an RFC 9457 problem document with a stable code, like every other API answer;
 * elsewhere the plain refusal page. Never an exception's text.
 */
@Controller
class ErrorPages implements ErrorController {

  private final JsonMapper json;
  private final PageModel layout;

  ErrorPages(JsonMapper json, PageModel layout) {
    this.json = json;
    this.layout = layout;
  }

  @RequestMapping("/error")
  @PreAuthorize("permitAll()")
  ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    HttpStatus status = HttpStatus.resolve(code instanceof Integer value ? value : 500);
    if (status == null || !status.isError()) {
      status = HttpStatus.INTERNAL_SERVER_ERROR;
    }
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    if (uri instanceof String path && path.startsWith(request.getContextPath() + "/api/")) {
      ApiProblems.write(ApiProblems.problem(status, code(status), status.getReasonPhrase(), detail(status)), response, json);
      return null;
    }
    Map<String, Object> model = new java.util.HashMap<>(layout.layout());
    model.put("messageKey", messageKey(status));
    return new ModelAndView("error/refused", model, status);
  }

  static String code(HttpStatus status) {
    return switch (status) {
      case BAD_REQUEST -> "MALFORMED_REQUEST";
      case UNAUTHORIZED -> "UNAUTHENTICATED";
      case FORBIDDEN -> "NOT_PERMITTED";
      case NOT_FOUND -> "NOT_FOUND";
      case METHOD_NOT_ALLOWED -> "METHOD_NOT_ALLOWED";
      case NOT_ACCEPTABLE -> "NOT_ACCEPTABLE";
      case CONTENT_TOO_LARGE -> "TOO_LARGE";
      case UNSUPPORTED_MEDIA_TYPE -> "UNSUPPORTED_MEDIA_TYPE";
      default -> status.is4xxClientError() ? "REFUSED" : "INTERNAL_ERROR";
    };
  }

  private static String detail(HttpStatus status) {
    return switch (status) {
      case BAD_REQUEST -> "The request could not be read.";
      case NOT_FOUND -> "There is nothing at this address.";
      case METHOD_NOT_ALLOWED -> "This address does not take this method; the API description lists the ones it takes.";
      case UNSUPPORTED_MEDIA_TYPE -> "Send the body as the API description says (usually application/json).";
      case NOT_ACCEPTABLE -> "This address cannot answer in the type asked for.";
      default -> status.is4xxClientError() ? "The request was refused." : "Something went wrong on the server; nothing was changed.";
    };
  }

  private static String messageKey(HttpStatus status) {
    return switch (status) {
      case NOT_FOUND -> "error.notFound";
      case FORBIDDEN -> "error.notPermitted";
      default -> status.is4xxClientError() ? "error.badRequest" : "error.server";
    };
  }
}
