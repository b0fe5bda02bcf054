package org.sanctuary.registry.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.sanctuary.access.OfficeId;
import org.sanctuary.registry.PersonId;
import org.sanctuary.registry.PersonLinkage;
import org.sanctuary.shared.PageRequest;
import org.sanctuary.shared.ResultPage;
import org.sanctuary.shared.ValidationFailed;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Linkage of an office's persons over JSON: runs, the pairs they propose, the reviewer's decisions,
 * links and their withdrawal, and every record of one person. Records are never merged.
 */
@RestController
@Tag(name = "Linkage")
class LinkageApi {

  private static final Set<String> STATUSES = Set.of("PROPOSED", "TO_REVIEW", "CONFIRMED", "REJECTED", "DEFERRED");

  record DecisionRequest(PersonLinkage.@Nullable Decision decision, @Nullable String reason) {}

  record WithdrawalRequest(@Nullable String reason) {}

  private final PersonLinkage linkage;

  LinkageApi(PersonLinkage linkage) {
    this.linkage = linkage;
  }

  @PostMapping("/api/offices/{officeId}/linkage-runs")
  @PreAuthorize("hasAuthority('PERSON_REGISTER')")
  @Operation(summary = "Start linking every person of the office in the background (202; follow Location for progress):"
      + " it proposes pairs that may be one person (p ≥ 0.95) and pairs for review (0.5 ≤ p < 0.95), with each field's"
      + " contribution; pairs already decided or waiting are left be; 409 LINKAGE_RUNNING while a run is going (audited)")
  ResponseEntity<PersonLinkage.Run> start(@PathVariable UUID officeId) {
    PersonLinkage.Run run = linkage.start(new OfficeId(officeId));
    return ResponseEntity.accepted().location(URI.create("/api/linkage-runs/" + run.id())).body(run);
  }

  @GetMapping("/api/linkage-runs/{id}")
  @PreAuthorize("hasAuthority('PERSON_REGISTER')")
  @Operation(summary = "One linkage run: RUNNING with its stage and progress, then FINISHED with its counts (or FAILED,"
      + " INTERRUPTED)")
  PersonLinkage.Run run(@PathVariable UUID id) {
    return linkage.run(id);
  }

  @GetMapping("/api/offices/{officeId}/linkage-runs")
  @PreAuthorize("hasAuthority('PERSON_REGISTER')")
  @Operation(summary = "The office's linkage runs, newest first: parameters, timing and counts")
  List<PersonLinkage.Run> runs(@PathVariable UUID officeId) {
    return linkage.runs(new OfficeId(officeId));
  }

  @GetMapping("/api/offices/{officeId}/link-candidates")
  @PreAuthorize("hasAuthority('PERSON_REGISTER')")
  @Operation(summary = "Pairs in a state (default TO_REVIEW), best first, both persons side by side with the"
      + " contribution of each field (audited)")
  ResultPage<PersonLinkage.Candidate> candidates(
      @PathVariable UUID officeId, @RequestParam(defaultValue = "TO_REVIEW") String status,
      @RequestParam(required = false) @Nullable String after, @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
    if (!STATUSES.contains(status)) {
      throw ValidationFailed.of("status", "is one of {0}", String.join(", ", new java.util.TreeSet<>(STATUSES)));
    }
    return linkage.queue(new OfficeId(officeId), status, new PageRequest(page, size, after));
  }

  @PostMapping("/api/link-candidates/{id}/decision")
  @PreAuthorize("hasAuthority('PERSON_REGISTER')")
  @Operation(summary = "Decide a pair: SAME (a \"same as\" link) or NOT_SAME, with the reason, or DEFER; no record changes"
      + " (audited)")
  ResponseEntity<PersonLinkage.@Nullable Link> decide(@PathVariable UUID id, @RequestBody DecisionRequest request) {
    PersonLinkage.Link link = linkage.decide(id, request.decision(), request.reason());
    return link == null ? ResponseEntity.noContent().build()
        : ResponseEntity.created(URI.create("/api/person-links/" + link.id())).body(link);
  }

  @PostMapping("/api/person-links/{id}/withdrawal")
  @PreAuthorize("hasAuthority('PERSON_REGISTER')")
  @Operation(summary = "Withdraw a link, with the reason; it stays on file as withdrawn (audited)")
  ResponseEntity<Void> withdraw(@PathVariable UUID id, @RequestBody WithdrawalRequest request) {
    linkage.withdraw(id, request.reason());
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/api/persons/{id}/cluster")
  @PreAuthorize("hasAuthority('PERSON_READ')")
  @Operation(summary = "Every record of one person across lists: those joined by \"same as\" links not withdrawn, in the"
      + " offices you may read, how many others exist, and the links (audited)")
  PersonLinkage.Cluster cluster(@PathVariable UUID id) {
    return linkage.cluster(new PersonId(id));
  }
}
