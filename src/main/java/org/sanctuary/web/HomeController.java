package org.sanctuary.web;

import org.sanctuary.access.AccessPolicy;
import org.sanctuary.access.Actor;
import org.sanctuary.access.Offices;
import org.sanctuary.access.Permission;
import org.sanctuary.access.RoleGrants;
import org.sanctuary.access.UserAccounts;
import org.sanctuary.audit.AuditTrail;
import org.sanctuary.procedure.Casework;
import org.sanctuary.shared.PageRequest;
import org.sanctuary.registry.PersonDirectory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: real counts of what the user may see, and where to go next. */
@Controller
class HomeController {

  private final AccessPolicy access;
  private final PersonDirectory persons;
  private final Offices offices;
  private final AuditTrail audit;
  private final UserAccounts users;
  private final Casework casework;
  private final org.sanctuary.alerts.Alerts alerts;
  private final RoleGrants grants;

  HomeController(AccessPolicy access, PersonDirectory persons, Offices offices, AuditTrail audit, UserAccounts users,
      Casework casework, org.sanctuary.alerts.Alerts alerts, RoleGrants grants) {
    this.grants = grants;
    this.casework = casework;
    this.alerts = alerts;
    this.access = access;
    this.persons = persons;
    this.offices = offices;
    this.audit = audit;
    this.users = users;
  }

  @GetMapping("/")
  @PreAuthorize("isAuthenticated()")
  String home(Model model) {
    Actor actor = access.actor();
    model.addAttribute("offices", offices.byId());
    if (actor.mayAnywhere(Permission.PERSON_READ)) {
      model.addAttribute("counts", persons.counts());
    }
    // The reader's own: the offices they work in, the roles asked for them and not yet approved, and the cases whose next step is theirs.
    model.addAttribute("officeCount", actor.roles().size());
    model.addAttribute("awaitingApproval", grants.mine());
    if (actor.mayAnywhere(Permission.CASE_READ)) {
      long awaiting = casework.awaitingCallerCount();
      model.addAttribute("myQueue", awaiting > org.sanctuary.shared.ResultPage.COUNT_LIMIT
          ? String.format(java.util.Locale.ROOT, "%,d+", org.sanctuary.shared.ResultPage.COUNT_LIMIT)
          : String.format(java.util.Locale.ROOT, "%,d", awaiting));
    }
    if (actor.mayAnywhere(Permission.ALERT_READ)) {
      model.addAttribute("openAlerts", alerts.openCount());
    }
    if (actor.mayAnywhere(Permission.AUDIT_READ)) {
      model.addAttribute("auditEntries", audit.latest(new PageRequest(0, 1)).total());
    }
    if (actor.mayAnywhere(Permission.USER_MANAGE)) {
      model.addAttribute("userCount", users.page(new PageRequest(0, 1)).total());
    }
    return "home";
  }
}
