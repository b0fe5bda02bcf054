package org.sanctuary.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sanctuary.procedure.ReasonCode;
import org.sanctuary.procedure.Refusal;
import org.sanctuary.shared.FieldProblem;
import org.sanctuary.shared.NotFound;
import org.sanctuary.shared.NotPermitted;
import org.sanctuary.shared.StaleVersion;
import org.sanctuary.shared.UnreadableValue;
import org.sanctuary.shared.ValidationFailed;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Every refusal of the API as an RFC 9457 problem document with a stable {@code code}; never an
 * exception text or a stack trace. Refusals for lack of permission are audited here, whichever
 * endpoint they came from.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

  private final Refusals refusals;

  ApiProblems(Refusals refusals) {
    this.refusals = refusals;
  }

  @ExceptionHandler(ValidationFailed.class)
  ProblemDetail validation(ValidationFailed e) {
    return validationProblem(e.problems());
  }

  @ExceptionHandler(UnreadableValue.class)
  ProblemDetail unreadable(UnreadableValue e) {
    return validationProblem(List.of(new FieldProblem("value", e.getMessage())));
  }

  /**
   * A body Jackson could not bind: the field it stopped at is named, with the choices when it takes a
   * word from a vocabulary; a body that is not JSON at all is the body's problem.
   */
  @ExceptionHandler(HttpMessageNotReadableException.class)
  ProblemDetail unreadableBody(HttpMessageNotReadableException e) {
    JacksonException bound = null;
    for (Throwable cause = e.getCause(); cause != null && bound == null; cause = cause.getCause()) {
      bound = cause instanceof JacksonException jackson ? jackson : null;
    }
    if (bound != null) {
      String field = fieldOf(bound.getPath());
      if (!field.isEmpty()) {
        Class<?> target = bound instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        if (target != null && target.isEnum()) {
          String choices = Arrays.stream(target.getEnumConstants()).map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "));
          return validationProblem(List.of(FieldProblem.of(field, "is one of {0}", choices)));
        }
        return validationProblem(List.of(new FieldProblem(field, "has the wrong form")));
      }
    }
    return validationProblem(
        List.of(
            new FieldProblem(
                "body", "is not valid JSON, or a field has a value of the wrong type or vocabulary")));
  }

  /** The path Jackson stopped at as the API names fields: {@code detention.acknowledged}, {@code involvements[1].degree}. */
  private static String fieldOf(List<JacksonException.Reference> path) {
    StringBuilder field = new StringBuilder();
    for (JacksonException.Reference step : path) {
      if (step.getPropertyName() != null) {
        field.append(field.isEmpty() ? "" : ".").append(step.getPropertyName());
      } else if (step.getIndex() >= 0) {
        field.append('[').append(step.getIndex()).append(']');
      }
    }
    return field.toString();
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
    return validationProblem(List.of(new FieldProblem(e.getName(), "has the wrong form")));
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ProblemDetail missingParameter(MissingServletRequestParameterException e) {
    return validationProblem(List.of(new FieldProblem(e.getParameterName(), "is required")));
  }

  /** A rule of the procedure refused the command: 409 with its reason code, 403 for NOT_PERMITTED. */
  @ExceptionHandler(Refusal.class)
  ProblemDetail refused(Refusal refusal, HttpServletRequest request) {
    ReasonCode code = refusal.code();
    if (code == ReasonCode.NOT_PERMITTED) {
      refusals.notPermitted(request);
    }
    ProblemDetail problem =
        problem(HttpStatus.valueOf(code.httpStatus()), code.name(), "Refused by the procedure", refusal.getMessage());
    problem.setProperty("rule", code.rule());
    problem.setProperty("norm", code.source());
    if (!refusal.missing().isEmpty()) {
      problem.setProperty("missing", refusal.missing());
    }
    if (refusal.relatedCase() != null) {
      // The id of the case in the way; reading it is still subject to the reader's offices.
      problem.setProperty("relatedCase", refusal.relatedCase().toString());
      problem.setProperty("relatedCaseHref", "/api/cases/" + refusal.relatedCase());
    }
    return problem;
  }

  @ExceptionHandler(NotFound.class)
  ProblemDetail notFound(NotFound e) {
    return problem(HttpStatus.NOT_FOUND, "NOT_FOUND", "Not found", e.getMessage());
  }

  @ExceptionHandler(org.sanctuary.shared.RuleRefusal.class)
  ProblemDetail ruleRefusal(org.sanctuary.shared.RuleRefusal e) {
    ProblemDetail problem = problem(HttpStatus.CONFLICT, e.code(), "Refused by a rule of the record", e.getMessage());
    if (e.field() != null) {
      problem.setProperty("field", e.field());
    }
    return problem;
  }

  /** Someone registered may be this person: the candidates the caller may read, with why; another office's only as a signal. */
  @ExceptionHandler(org.sanctuary.registry.PossiblyKnown.class)
  ProblemDetail possiblyKnown(org.sanctuary.registry.PossiblyKnown e) {
    ProblemDetail problem = problem(HttpStatus.CONFLICT, "POSSIBLY_KNOWN", "This person may already be registered", e.getMessage());
    problem.setProperty("candidates", e.candidates());
    problem.setProperty("heldElsewhere", e.heldElsewhere());
    return problem;
  }

  @ExceptionHandler(StaleVersion.class)
  ProblemDetail stale(StaleVersion e) {
    return problem(HttpStatus.CONFLICT, "STALE_VERSION", "Changed by someone else", e.getMessage());
  }

  /** Two people created the same thing (a user name, an office code, a correction) at the same moment. */
  @ExceptionHandler(org.springframework.dao.DuplicateKeyException.class)
  ProblemDetail duplicate() {
    return problem(HttpStatus.CONFLICT, "ALREADY_EXISTS", "Already exists",
        "Someone else created the same record at the same moment. Reload and check before trying again.");
  }

  @ExceptionHandler({NotPermitted.class, AccessDeniedException.class})
  ProblemDetail notPermitted(Exception e, HttpServletRequest request) {
    refusals.notPermitted(request);
    return problem(
        HttpStatus.FORBIDDEN, "NOT_PERMITTED", "Not permitted", "Your roles do not allow this.");
  }

  static ProblemDetail validationProblem(List<FieldProblem> problems) {
    ProblemDetail detail =
        problem(
            HttpStatus.BAD_REQUEST,
            "VALIDATION_FAILED",
            "Invalid input",
            problems.size() == 1
                ? problems.get(0).field() + ": " + problems.get(0).message()
                : problems.size() + " fields are invalid");
    detail.setProperty(
        "errors",
        problems.stream().map(p -> Map.of("field", p.field(), "message", p.message())).toList());
    return detail;
  }

  /**
   * Writes a problem document where no controller answers (a filter, the error page), in the same
   * shape as the ones controllers return: the standard members, then the extensions beside them.
   */
  static void write(ProblemDetail problem, jakarta.servlet.http.HttpServletResponse response, tools.jackson.databind.json.JsonMapper json)
      throws java.io.IOException {
    Map<String, Object> body = new java.util.LinkedHashMap<>();
    body.put("type", String.valueOf(problem.getType()));
    body.put("title", problem.getTitle());
    body.put("status", problem.getStatus());
    body.put("detail", problem.getDetail());
    if (problem.getProperties() != null) {
      body.putAll(problem.getProperties());
    }
    response.setStatus(problem.getStatus());
    response.setContentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), body);
  }

  static ProblemDetail problem(HttpStatus status, String code, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    problem.setType(URI.create("about:blank"));
    problem.setProperty("code", code);
    return problem;
  }
}
