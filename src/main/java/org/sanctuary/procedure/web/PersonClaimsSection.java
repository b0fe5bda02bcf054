package org.sanctuary.procedure.web;

import org.sanctuary.access.AccessPolicy;
import org.sanctuary.access.Permission;
import org.sanctuary.procedure.Casework;
import org.sanctuary.procedure.RemovalRequests;
import org.sanctuary.registry.PersonId;
import org.sanctuary.registry.PersonPageSection;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * A person's claims (office, state, deadline) and every removal or handover request about them with
 * the lock's answer, on the person's page, for readers of cases; nothing for others.
 */
@Component
class PersonClaimsSection implements PersonPageSection {

  private final Casework casework;
  private final RemovalRequests removals;
  private final AccessPolicy access;
  private final org.sanctuary.access.Offices offices;

  PersonClaimsSection(Casework casework, RemovalRequests removals, AccessPolicy access, org.sanctuary.access.Offices offices) {
    this.offices = offices;
    this.casework = casework;
    this.removals = removals;
    this.access = access;
  }

  @Override
  public String template() {
    return "cases/person";
  }

  @Override
  public String fragment() {
    return "claims";
  }

  @Override
  public void contribute(PersonId person, Model model) {
    boolean mayRead = !access.actor().officesWith(Permission.CASE_READ).isEmpty();
    model.addAttribute("claimsShown", mayRead);
    if (mayRead) {
      model.addAttribute("personCases", casework.casesOf(person));
      model.addAttribute("removalRequests", removals.about(person));
      java.util.Map<org.sanctuary.access.OfficeId, String> names = new java.util.HashMap<>();
      offices.byId().forEach((id, office) -> names.put(id, office.name()));
      model.addAttribute("officeNames", names);
    }
  }
}
