package org.sanctuary.procedure.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.sanctuary.procedure.DisclosureRequests;
import org.sanctuary.procedure.RequestAnswer;
import org.sanctuary.procedure.disclosure.RecipientType;
import org.sanctuary.registry.PersonId;
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
    RequestAnswer answer =
        disclosures.record(body.personId() == null ? null : new PersonId(body.personId()), body.requester(), body.purpose(), body.legalBasis());
    return RefusedRequests.answer(answer, "/api/disclosure-requests", "PENDING");
  }
}
