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

  AuditPages(AuditTrail audit) {
    this.audit = audit;
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
    model.addAttribute("result", audit.latest(new PageRequest(Math.max(0, page), 50)));
    return "audit/index";
  }
}
