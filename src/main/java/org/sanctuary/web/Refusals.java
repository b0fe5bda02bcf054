package org.sanctuary.web;

import jakarta.servlet.http.HttpServletRequest;
import org.sanctuary.audit.AuditRecord;
import org.sanctuary.audit.AuditTrail;
import org.springframework.stereotype.Component;

/** Records in the audit trail that a request was refused for lack of permission, by either door. */
@Component
class Refusals {

  private static final int MAX_SUBJECT = 200;

  private final AuditTrail audit;

  Refusals(AuditTrail audit) {
    this.audit = audit;
  }

  void notPermitted(HttpServletRequest request) {
    String subject = request.getMethod() + " " + request.getRequestURI();
    audit.recordRefusal(
        AuditRecord.refused(
            "ENDPOINT_REFUSED",
            "ENDPOINT",
            subject.length() > MAX_SUBJECT ? subject.substring(0, MAX_SUBJECT) : subject,
            null,
            "NOT_PERMITTED"));
  }
}
