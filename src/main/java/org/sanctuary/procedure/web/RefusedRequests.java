package org.sanctuary.procedure.web;

import java.net.URI;
import java.util.Map;
import org.sanctuary.procedure.ReasonCode;
import org.sanctuary.procedure.RequestAnswer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * How the API answers a request Sanctuary records whatever it decides: a refusal is a 409 problem
 * document with the reason code, its rule and norm, and the id the request was kept under; anything
 * else is 201 with the id and the answer.
 */
final class RefusedRequests {

  private RefusedRequests() {}

  static ResponseEntity<?> answer(RequestAnswer answer, String location, String status) {
    ReasonCode code = answer.refusal();
    if (code != null) {
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, answer.detail());
      problem.setTitle("Refused by the procedure");
      problem.setProperty("code", code.name());
      problem.setProperty("rule", code.rule());
      problem.setProperty("norm", code.source());
      problem.setProperty("requestId", answer.requestId());
      return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
    return ResponseEntity.created(URI.create(location + "/" + answer.requestId()))
        .body(Map.of("requestId", answer.requestId(), "status", status, "detail", answer.detail()));
  }
}
