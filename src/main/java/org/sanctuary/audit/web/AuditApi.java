package org.sanctuary.audit.web;

import org.jspecify.annotations.Nullable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sanctuary.audit.AuditEntry;
import org.sanctuary.audit.AuditTrail;
import org.sanctuary.audit.SignedCheckpoint;
import org.sanctuary.audit.Verification;
import org.sanctuary.shared.PageRequest;
import org.sanctuary.shared.ResultPage;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail for auditors: verify the chain, page through entries. */
@RestController
@Tag(name = "Audit")
class AuditApi {

  private final AuditTrail audit;

  AuditApi(AuditTrail audit) {
    this.audit = audit;
  }

  @GetMapping("/api/audit/verify")
  @PreAuthorize("hasAuthority('AUDIT_READ')")
  @Operation(
      summary = "Verify the trail",
      description = "Walks the hash chain, checks the signed checkpoints and the MAC of every entry still waiting"
          + " for its place: {\"valid\":true,\"entries\":N,\"unsealed\":N,\"checkpoints\":N,\"missingNumbers\":N}, or"
          + " valid false with the problem and the first broken entry or place (ADR 0007).")
  Verification verify() {
    return audit.verify();
  }

  @GetMapping("/api/audit/checkpoint")
  @PreAuthorize("hasAuthority('AUDIT_READ')")
  @Operation(
      summary = "The latest signed checkpoint, for an outside witness",
      description = "The chain's size and hash, signed with Ed25519 (public key in hex) over the UTF-8 text"
          + " \"sanctuary audit checkpoint\\n{size}\\n{hash}\\n{signedAt}\". Keep them outside Sanctuary: a later"
          + " checkpoint that does not extend a kept one shows the chain was cut back or rewritten."
          + " 404 while nothing has been chained.")
  ResponseEntity<SignedCheckpoint> checkpoint() {
    return ResponseEntity.of(audit.latestCheckpoint());
  }

  @GetMapping("/api/audit/entries")
  @PreAuthorize("hasAuthority('AUDIT_READ')")
  @Operation(summary = "Latest audit entries, newest first")
  ResultPage<AuditEntry> entries(
      @RequestParam(required = false) @Nullable String after, @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
    return audit.latest(new PageRequest(page, size, after));
  }
}
