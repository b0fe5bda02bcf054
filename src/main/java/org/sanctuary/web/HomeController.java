package org.sanctuary.web;

import org.sanctuary.access.AccessPolicy;
import org.sanctuary.access.Actor;
import org.sanctuary.access.Offices;
import org.sanctuary.access.Permission;
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

  HomeController(AccessPolicy access, PersonDirectory persons, Offices offices) {
    this.access = access;
    this.persons = persons;
    this.offices = offices;
  }

  @GetMapping("/")
  @PreAuthorize("isAuthenticated()")
  String home(Model model) {
    Actor actor = access.actor();
    model.addAttribute("offices", offices.byId());
    if (actor.mayAnywhere(Permission.PERSON_READ)) {
      model.addAttribute("personCount", persons.countVisible());
    }
    model.addAttribute("officeCount", offices.all().size());
    return "home";
  }
}
