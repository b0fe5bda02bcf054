package org.sanctuary.audit.web;

import org.sanctuary.audit.AuditTrail;
import org.sanctuary.shared.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit trail page for auditors. */
@Controller
class AuditPages {

  private final AuditTrail audit;
  private final java.util.List<org.sanctuary.audit.SubjectPages> subjectPages;

  AuditPages(AuditTrail audit, java.util.List<org.sanctuary.audit.SubjectPages> subjectPages) {
    this.audit = audit;
    this.subjectPages = subjectPages;
  }

  @GetMapping("/audit")
  @PreAuthorize("hasAuthority('AUDIT_READ')")
  String trail(
      @RequestParam(defaultValue = "false") boolean verify,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    if (verify) {
      model.addAttribute("verification", audit.verify());
    }
    var result = audit.latest(new PageRequest(Math.max(0, page), 50));
    model.addAttribute("result", result);
    // A subject is linked only where its owner says the reader may open it.
    java.util.Map<String, String> pages = new java.util.HashMap<>();
    for (org.sanctuary.audit.SubjectPages owner : subjectPages) {
      java.util.List<String> ids = result.items().stream()
          .filter(e -> owner.subjectType().equals(e.subjectType()) && e.subjectId() != null)
          .map(org.sanctuary.audit.AuditEntry::subjectId).distinct().toList();
      owner.pagesOf(ids).forEach((id, address) -> pages.put(owner.subjectType() + " " + id, address));
    }
    model.addAttribute("subjectPages", pages);
    return "audit/index";
  }
}
