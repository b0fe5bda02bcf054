package org.sanctuary.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sanctuary.audit.AuditEntry;
import org.sanctuary.audit.AuditTrail;
import org.sanctuary.audit.Verification;
import org.sanctuary.shared.PageRequest;
import org.sanctuary.shared.ResultPage;
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
      summary = "Verify the hash chain",
      description = "{\"valid\":true,\"entries\":N} or {\"valid\":false,\"firstBrokenEntry\":ID}.")
  Verification verify() {
    return audit.verify();
  }

  @GetMapping("/api/audit/entries")
  @PreAuthorize("hasAuthority('AUDIT_READ')")
  @Operation(summary = "Latest audit entries, newest first")
  ResultPage<AuditEntry> entries(
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
    return audit.latest(new PageRequest(page, size));
  }
}
