package org.sanctuary.procedure.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.sanctuary.procedure.RemovalRequests;
import org.sanctuary.procedure.RequestAnswer;
import org.sanctuary.procedure.RemovalKind;
import org.sanctuary.procedure.Requester;
import org.sanctuary.registry.PersonId;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Requests to remove, return, hand over or transfer a person. The request is always recorded; the
 * answer is the non-refoulement lock's: 409 PENDING_CLAIM_NON_REFOULEMENT (and an alert to the
 * supervisors), or 201 when no pending claim stands in the way.
 */
@RestController
@Tag(name = "Removal requests")
class RemovalApi {

  record RemovalRequestBody(
      @Nullable Requester requester, @Nullable RemovalKind kind, @Nullable String riskAssessment,
      @Nullable LocalDate requestedOn) {}

  private final RemovalRequests removals;

  RemovalApi(RemovalRequests removals) {
    this.removals = removals;
  }

  @GetMapping("/api/persons/{id}/removal-requests")
  @PreAuthorize("hasAuthority('CASE_READ')")
  @Operation(summary = "Every removal, return, handover or transfer request about the person, with the lock's answer (audited)")
  java.util.List<RemovalRequests.Recorded> about(@PathVariable UUID id) {
    return removals.about(new PersonId(id));
  }

  @PostMapping("/api/persons/{id}/removal-requests")
  @PreAuthorize("hasAuthority('REMOVAL_REQUEST_RECORD')")
  @Operation(summary = "Record a removal, return, handover or transfer request and get the lock's answer")
  ResponseEntity<?> request(@PathVariable UUID id, @RequestBody RemovalRequestBody body) {
    RequestAnswer answer =
        removals.record(new PersonId(id), body.requester(), body.kind(), body.riskAssessment(), body.requestedOn());
    return RefusedRequests.answer(answer, "/api/persons/" + id + "/removal-requests", "NOT_OPPOSED");
  }
}
