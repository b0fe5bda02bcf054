package org.sanctuary.procedure.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.sanctuary.procedure.DisclosureRequests;
import org.sanctuary.procedure.disclosure.RecipientType;
import org.sanctuary.registry.PersonId;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Requests for information about a person; the country of origin is refused outright. */
@RestController
@Tag(name = "Disclosure requests")
class DisclosureApi {

  record DisclosureBody(@Nullable UUID personId, @Nullable RecipientType requester, @Nullable String purpose, @Nullable String legalBasis) {}

  private final DisclosureRequests disclosures;

  DisclosureApi(DisclosureRequests disclosures) {
    this.disclosures = disclosures;
  }

  @PostMapping("/api/disclosure-requests")
  @PreAuthorize("hasAuthority('DISCLOSURE_REQUEST_RECORD')")
  @Operation(summary = "Record a request for information about a person; PROHIBITED_RECIPIENT refuses the country of origin and alleged persecutors")
  ResponseEntity<?> request(@RequestBody DisclosureBody body) {
    DisclosureRequests.Answer answer =
        disclosures.record(body.personId() == null ? null : new PersonId(body.personId()), body.requester(), body.purpose(), body.legalBasis());
    if (answer.refused()) {
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, answer.detail());
      problem.setTitle("Refused by the procedure");
      problem.setProperty("code", answer.code().name());
      problem.setProperty("rule", answer.code().rule());
      problem.setProperty("norm", answer.code().source());
      problem.setProperty("requestId", answer.requestId());
      return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
    return ResponseEntity.created(URI.create("/api/disclosure-requests/" + answer.requestId()))
        .body(Map.of("requestId", answer.requestId(), "status", "PENDING", "detail", answer.detail()));
  }
}
