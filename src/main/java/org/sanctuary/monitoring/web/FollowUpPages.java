package org.sanctuary.monitoring.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.sanctuary.access.AccessPolicy;
import org.sanctuary.access.Office;
import org.sanctuary.access.OfficeId;
import org.sanctuary.access.Offices;
import org.sanctuary.access.Permission;
import org.sanctuary.monitoring.places.Gazetteer;
import org.sanctuary.monitoring.interventions.Intervention;
import org.sanctuary.monitoring.interventions.Interventions;
import org.sanctuary.procedure.Refusal;
import org.sanctuary.procedure.disclosure.RecipientType;
import org.sanctuary.monitoring.concern.PersonOfConcern;
import org.sanctuary.monitoring.concern.PersonsOfConcern;
import org.sanctuary.monitoring.places.Place;
import org.sanctuary.registry.PersonId;
import org.sanctuary.shared.FieldProblem;
import org.sanctuary.shared.PageRequest;
import org.sanctuary.shared.TypedText;
import org.sanctuary.shared.ValidationFailed;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages for what a team follows up: interventions, persons of concern, and the places of its gazetteer. */
@Controller
class FollowUpPages {

  private static final int PAGE_SIZE = 25;

  private final Interventions interventions;
  private final PersonsOfConcern concern;
  private final org.sanctuary.monitoring.events.Events events;
  private final Gazetteer places;
  private final Offices offices;
  private final AccessPolicy access;

  FollowUpPages(Interventions interventions, PersonsOfConcern concern, Gazetteer places, Offices offices, AccessPolicy access,
      org.sanctuary.monitoring.events.Events events) {
    this.events = events;
    this.interventions = interventions;
    this.concern = concern;
    this.places = places;
    this.offices = offices;
    this.access = access;
  }

  @GetMapping("/monitoring/interventions")
  @PreAuthorize("hasAuthority('MONITORING_READ')")
  String interventions(@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "0") int page, Model model) {
    return interventionPage(model, overdue, page, new LinkedHashMap<>(), Map.of(), null);
  }

  @PostMapping("/monitoring/interventions")
  @PreAuthorize("hasAuthority('MONITORING_RECORD')")
  String record(@RequestParam Map<String, String> form, @RequestParam(required = false) @Nullable List<UUID> personIds,
      @RequestParam(required = false) @Nullable List<UUID> eventIds, Model model, RedirectAttributes redirect,
      HttpServletResponse response) {
    try {
      interventions.record(new Interventions.Draft(TypedText.blank(form.get("officeId")) ? null : OfficeId.of(form.get("officeId")),
          TypedText.id("addresseeId", form.get("addresseeId")),
          TypedText.day("sentOn", form.get("sentOn")), form.get("asked"),
          TypedText.choice("priority", form.get("priority"), Intervention.Priority::valueOf),
          TypedText.day("nextFollowUp", form.get("nextFollowUp")), personIds == null ? List.of() : personIds,
          eventIds == null ? List.of() : eventIds));
      redirect.addFlashAttribute("saved", true);
      return "redirect:/monitoring/interventions";
    } catch (ValidationFailed e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return interventionPage(model, false, 0, new LinkedHashMap<>(form), e.messagesByField(), null);
    } catch (Refusal refused) {
      response.setStatus(HttpStatus.CONFLICT.value());
      model.addAttribute("refusal", refused);
      return interventionPage(model, false, 0, new LinkedHashMap<>(form), Map.of(), null);
    }
  }

  @PostMapping("/monitoring/addressees")
  @PreAuthorize("hasAuthority('MONITORING_RECORD')")
  String addAddressee(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
    try {
      interventions.addAddressee(TypedText.blank(form.get("officeId")) ? null : OfficeId.of(form.get("officeId")), form.get("name"),
          TypedText.choice("kind", form.get("kind"), RecipientType::valueOf));
      redirect.addFlashAttribute("addresseeSaved", true);
      return "redirect:/monitoring/interventions#addressees";
    } catch (ValidationFailed e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("addresseeForm", new LinkedHashMap<>(form));
      model.addAttribute("addresseeErrors", e.messagesByField());
      return interventionPage(model, false, 0, new LinkedHashMap<>(), Map.of(), null);
    }
  }

  @PostMapping("/monitoring/interventions/{id}/sensitivity")
  @PreAuthorize("hasAuthority('MONITORING_REVIEW')")
  String markSensitive(@PathVariable UUID id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
    interventions.markTextSensitive(id, TypedText.version(form.get("version")));
    redirect.addFlashAttribute("saved", true);
    return "redirect:/monitoring/interventions";
  }

  @PostMapping("/monitoring/interventions/{id}/follow-ups")
  @PreAuthorize("hasAuthority('MONITORING_RECORD')")
  String followUp(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect,
      HttpServletResponse response) {
    try {
      interventions.followUp(id, TypedText.version(form.get("version")),
          TypedText.choice("response", form.get("response"), Intervention.Response::valueOf), form.get("note"),
          TypedText.choice("status", form.get("status"), Intervention.Status::valueOf), TypedText.day("nextFollowUp", form.get("nextFollowUp")));
      redirect.addFlashAttribute("saved", true);
      return "redirect:/monitoring/interventions";
    } catch (ValidationFailed e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("followUpTyped", form);
      return interventionPage(model, false, 0, new LinkedHashMap<>(), e.messagesByField(), id);
    } catch (org.sanctuary.shared.StaleVersion stale) {
      // Someone recorded a follow-up meanwhile: the list shows it now, the entry stays as typed.
      response.setStatus(HttpStatus.CONFLICT.value());
      model.addAttribute("followUpTyped", form);
      return interventionPage(model, false, 0, new LinkedHashMap<>(), Map.of("version", STALE), id);
    }
  }

  /** What a form refused as stale says beside itself. */
  static final String STALE = "someone saved this after you opened it: what is on file now is shown, your entry is kept; save again to apply it";

  private String interventionPage(Model model, boolean overdue, int page, Map<String, String> form, Map<String, String> errors,
      @Nullable UUID failed) {
    model.addAttribute("result", interventions.list(overdue, new PageRequest(Math.max(0, page), PAGE_SIZE)));
    model.addAttribute("overdue", overdue);
    model.addAttribute("base", "/monitoring/interventions" + (overdue ? "?overdue=true" : ""));
    model.addAttribute("form", form);
    model.addAttribute("errors", failed == null ? errors : Map.of());
    model.addAttribute("followUpErrors", failed == null ? Map.of() : errors);
    model.addAttribute("failed", failed);
    if (!model.containsAttribute("followUpTyped")) {
      model.addAttribute("followUpTyped", Map.of());
    }
    model.addAttribute("teams", teams());
    model.addAttribute("addressees", interventions.addressees());
    model.addAttribute("kinds", RecipientType.values());
    if (!model.containsAttribute("addresseeForm")) {
      model.addAttribute("addresseeForm", Map.of());
      model.addAttribute("addresseeErrors", Map.of());
    }
    model.addAttribute("priorities", Intervention.Priority.values());
    model.addAttribute("responses", Intervention.Response.values());
    model.addAttribute("statuses", Intervention.Status.values());
    model.addAttribute("concernChoices", concern.list(false, new PageRequest(0, 100)).items());
    model.addAttribute("eventChoices", events.list(null, new PageRequest(0, 100)).items());
    return "monitoring/interventions";
  }

  @GetMapping("/monitoring/persons-of-concern")
  @PreAuthorize("hasAuthority('MONITORING_READ')")
  String personsOfConcern(@RequestParam(defaultValue = "false") boolean unknown, @RequestParam(defaultValue = "0") int page,
      @RequestParam(required = false) @Nullable UUID follow, Model model) {
    return concernPage(model, unknown, page, follow, Map.of());
  }

  @PostMapping("/monitoring/persons-of-concern")
  @PreAuthorize("hasAuthority('MONITORING_RECORD')")
  String follow(@RequestParam UUID personId, @RequestParam(required = false) @Nullable String teamId, Model model,
      RedirectAttributes redirect, HttpServletResponse response) {
    try {
      concern.follow(new PersonId(personId), TypedText.blank(teamId) ? null : OfficeId.of(teamId));
      redirect.addFlashAttribute("saved", true);
      return "redirect:/monitoring/persons-of-concern";
    } catch (ValidationFailed e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return concernPage(model, false, 0, personId, e.messagesByField());
    }
  }

  @PostMapping("/monitoring/persons-of-concern/{personId}/fate")
  @PreAuthorize("hasAuthority('MONITORING_RECORD')")
  String fate(@PathVariable UUID personId, @RequestParam(required = false) @Nullable String fate,
      @RequestParam(required = false) @Nullable String note, Model model, RedirectAttributes redirect, HttpServletResponse response) {
    try {
      concern.recordFate(new PersonId(personId), TypedText.choice("fate", fate, PersonOfConcern.Fate::valueOf), note);
      redirect.addFlashAttribute("saved", true);
      return "redirect:/monitoring/persons-of-concern";
    } catch (ValidationFailed e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("fateFor", personId);
      return concernPage(model, false, 0, null, e.messagesByField());
    }
  }

  private String concernPage(Model model, boolean unknown, int page, @Nullable UUID follow, Map<String, String> errors) {
    model.addAttribute("result", concern.list(unknown, new PageRequest(Math.max(0, page), PAGE_SIZE)));
    model.addAttribute("unknown", unknown);
    model.addAttribute("base", "/monitoring/persons-of-concern" + (unknown ? "?unknown=true" : ""));
    model.addAttribute("follow", follow);
    model.addAttribute("errors", errors);
    model.addAttribute("teams", teams());
    model.addAttribute("fates", PersonOfConcern.Fate.values());
    if (!model.containsAttribute("fateFor")) {
      model.addAttribute("fateFor", null);
    }
    return "monitoring/persons-of-concern";
  }

  @GetMapping("/monitoring/places")
  @PreAuthorize("hasAuthority('MONITORING_READ')")
  String places(Model model) {
    return placePage(model, new LinkedHashMap<>(), Map.of());
  }

  @PostMapping("/monitoring/places")
  @PreAuthorize("hasAuthority('MONITORING_RECORD')")
  String addPlace(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
    List<FieldProblem> problems = new ArrayList<>();
    Place.Level level = null;
    try {
      level = Place.Level.valueOf(form.getOrDefault("level", ""));
    } catch (IllegalArgumentException e) {
      problems.add(new FieldProblem("level", "choose a level"));
    }
    List<Place.Name> names = new ArrayList<>();
    for (String script : List.of("LATIN", "HANZI", "HANGUL", "LATIN_OLD")) {
      String name = form.get("name" + script);
      if (!TypedText.blank(name)) {
        names.add(new Place.Name(script, name.strip(), names.isEmpty()));
      }
    }
    if (names.isEmpty()) {
      problems.add(new FieldProblem("nameLATIN", "give the place's name in at least one script"));
    }
    UUID parent = null;
    try {
      parent = TypedText.id("parentId", form.get("parentId"));
    } catch (ValidationFailed e) {
      problems.addAll(e.problems());
    }
    Double latitude = number("latitude", form.get("latitude"), -90, 90, problems);
    Double longitude = number("longitude", form.get("longitude"), -180, 180, problems);
    if (!problems.isEmpty()) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return placePage(model, new LinkedHashMap<>(form), (new ValidationFailed(problems)).messagesByField());
    }
    access.requireAnywhere(Permission.MONITORING_RECORD);
    places.add(parent, level, names, latitude, longitude);
    redirect.addFlashAttribute("saved", true);
    return "redirect:/monitoring/places";
  }

  private String placePage(Model model, Map<String, String> form, Map<String, String> errors) {
    model.addAttribute("places", places.choices());
    model.addAttribute("levels", Place.Level.values());
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "monitoring/places";
  }

  private List<Office> teams() {
    return offices.all().stream().filter(o -> access.actor().may(Permission.MONITORING_RECORD, o.id())).toList();
  }

  private static @Nullable Double number(String field, @Nullable String text, double min, double max, List<FieldProblem> problems) {
    if (TypedText.blank(text)) {
      return null;
    }
    try {
      double value = Double.parseDouble(text.strip());
      if (value < min || value > max) {
        problems.add(FieldProblem.of(field, "lies between {0} and {1}", min, max));
      }
      return value;
    } catch (NumberFormatException e) {
      problems.add(new FieldProblem(field, "is not a number"));
      return null;
    }
  }





}
