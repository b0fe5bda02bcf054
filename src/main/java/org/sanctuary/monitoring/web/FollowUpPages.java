package org.sanctuary.monitoring.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.sanctuary.access.AccessPolicy;
import org.sanctuary.access.Office;
import org.sanctuary.access.Offices;
import org.sanctuary.access.Permission;
import org.sanctuary.forms.web.CommandForms;
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
  private final CommandForms forms;

  FollowUpPages(Interventions interventions, PersonsOfConcern concern, Gazetteer places, Offices offices, AccessPolicy access,
      org.sanctuary.monitoring.events.Events events, CommandForms forms) {
    this.forms = forms;
    this.events = events;
    this.interventions = interventions;
    this.concern = concern;
    this.places = places;
    this.offices = offices;
    this.access = access;
  }

  @GetMapping("/monitoring/interventions")
  @PreAuthorize("hasAuthority('MONITORING_READ')")
  String interventions(@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "0") int page,
      @RequestParam(required = false) @Nullable UUID about, @RequestParam(required = false) @Nullable UUID person, Model model) {
    choose(model, person == null ? List.of() : List.of(person.toString()), about == null ? List.of() : List.of(about.toString()));
    return interventionPage(model, overdue, page, new LinkedHashMap<>(), Map.of(), null);
  }

  /** The persons and events chosen in the new intervention's form: from the page it was opened from, or as sent. */
  private static final String CHOSEN_EVENTS = "chosenEvents";

  private static final String CHOSEN_PERSONS = "chosenPersons";

  /**
   * How many of the newest a form offers to choose from (persons followed and events for an
   * intervention; reports and events on an event's page); an older one is chosen from its own page
   * or its list.
   */
  static final int CHOICES = 100;

  private static List<String> chosenIn(HttpServletRequest request, String field) {
    String[] values = request.getParameterValues(field);
    return values == null ? List.of() : List.of(values);
  }

  private static void choose(Model model, List<String> persons, List<String> events) {
    model.addAttribute(CHOSEN_PERSONS, persons);
    model.addAttribute(CHOSEN_EVENTS, events);
  }

  @PostMapping("/monitoring/interventions")
  @PreAuthorize("hasAuthority('MONITORING_RECORD')")
  String record(HttpServletRequest request, Model model, RedirectAttributes redirect, HttpServletResponse response) {
    Map<String, String> form = CommandForms.typed(request);
    choose(model, chosenIn(request, "personIds"), chosenIn(request, "eventIds"));
    try {
      interventions.record(forms.bind(MonitoringCommands.InterventionRequest.class, request).draft());
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
  String addAddressee(HttpServletRequest request, Model model, RedirectAttributes redirect, HttpServletResponse response) {
    Map<String, String> form = CommandForms.typed(request);
    try {
      MonitoringCommands.AddresseeRequest addressee = forms.bind(MonitoringCommands.AddresseeRequest.class, request);
      interventions.addAddressee(MonitoringCommands.office(addressee.officeId()), addressee.name(), addressee.kind());
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
  String markSensitive(@PathVariable UUID id, HttpServletRequest request, RedirectAttributes redirect) {
    interventions.markTextSensitive(id, forms.bind(MonitoringCommands.SensitivityRequest.class, request).versionRead());
    redirect.addFlashAttribute("saved", true);
    return "redirect:/monitoring/interventions";
  }

  @PostMapping("/monitoring/interventions/{id}/follow-ups")
  @PreAuthorize("hasAuthority('MONITORING_RECORD')")
  String followUp(@PathVariable UUID id, HttpServletRequest request, Model model, RedirectAttributes redirect,
      HttpServletResponse response) {
    Map<String, String> form = CommandForms.typed(request);
    try {
      MonitoringCommands.FollowUpRequest f = forms.bind(MonitoringCommands.FollowUpRequest.class, request);
      interventions.followUp(id, f.versionRead(), f.response(), f.note(), f.status(), f.nextFollowUp());
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
    if (!model.containsAttribute(CHOSEN_PERSONS)) {
      choose(model, List.of(), List.of());
    }
    List<PersonOfConcern> followed = concern.list(false, new PageRequest(0, CHOICES)).items();
    model.addAttribute("concernChoices", followed);
    List<UUID> olderPersons = notOffered(chosen(model, CHOSEN_PERSONS), followed.stream().map(p -> p.person().value()).toList());
    model.addAttribute("olderPersons",
        olderPersons.isEmpty() ? List.of() : concern.followed(olderPersons.stream().map(PersonId::new).toList()));
    List<org.sanctuary.monitoring.events.Events.EventSummary> newest = events.list(null, new PageRequest(0, CHOICES)).items();
    model.addAttribute("eventChoices", newest);
    model.addAttribute("olderEvents", readable(notOffered(chosen(model, CHOSEN_EVENTS),
        newest.stream().map(org.sanctuary.monitoring.events.Events.EventSummary::id).toList()), events::read));
    return "monitoring/interventions";
  }

  @SuppressWarnings("unchecked")
  private static List<String> chosen(Model model, String attribute) {
    Object chosen = model.getAttribute(attribute);
    return chosen == null ? List.of() : (List<String>) chosen;
  }

  /**
   * The ids chosen that a form does not offer among the newest, each once: one opened from its own
   * page or list, or sent with a form that was refused; at most as many as the form offers. Text
   * that is not an id is left out: a refused form says why beside the field.
   */
  static List<UUID> notOffered(List<String> chosen, List<UUID> offered) {
    java.util.Set<UUID> shown = new java.util.HashSet<>(offered);
    List<UUID> older = new ArrayList<>();
    for (String id : chosen.subList(0, Math.min(chosen.size(), CHOICES))) {
      try {
        UUID parsed = UUID.fromString(id.strip());
        if (shown.add(parsed)) {
          older.add(parsed);
        }
      } catch (IllegalArgumentException notAnId) {
        // Left out.
      }
    }
    return older;
  }

  /** What the reader may see among these ids; another team's is left out, as a missing one would be. */
  static <T> List<T> readable(List<UUID> chosen, java.util.function.Function<UUID, T> read) {
    List<T> readable = new ArrayList<>();
    for (UUID id : chosen) {
      try {
        readable.add(read.apply(id));
      } catch (org.sanctuary.shared.NotFound notReadable) {
        // Left out.
      }
    }
    return readable;
  }

  @GetMapping("/monitoring/persons-of-concern")
  @PreAuthorize("hasAuthority('MONITORING_READ')")
  String personsOfConcern(@RequestParam(defaultValue = "false") boolean unknown, @RequestParam(defaultValue = "0") int page,
      @RequestParam(required = false) @Nullable UUID follow, Model model) {
    return concernPage(model, unknown, page, follow, Map.of());
  }

  @PostMapping("/monitoring/persons-of-concern")
  @PreAuthorize("hasAuthority('MONITORING_RECORD')")
  String follow(HttpServletRequest request, Model model, RedirectAttributes redirect, HttpServletResponse response) {
    MonitoringCommands.FollowRequest follow = null;
    try {
      follow = forms.bind(MonitoringCommands.FollowRequest.class, request);
      concern.follow(follow.person(), MonitoringCommands.office(follow.teamId()));
      redirect.addFlashAttribute("saved", true);
      return "redirect:/monitoring/persons-of-concern";
    } catch (ValidationFailed e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return concernPage(model, false, 0, follow == null ? null : follow.personId(), e.messagesByField());
    }
  }

  @PostMapping("/monitoring/persons-of-concern/{personId}/fate")
  @PreAuthorize("hasAuthority('MONITORING_RECORD')")
  String fate(@PathVariable UUID personId, HttpServletRequest request, Model model, RedirectAttributes redirect,
      HttpServletResponse response) {
    try {
      MonitoringCommands.FateRequest fate = forms.bind(MonitoringCommands.FateRequest.class, request);
      concern.recordFate(new PersonId(personId), fate.fate(), fate.note());
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
  String addPlace(HttpServletRequest request, Model model, RedirectAttributes redirect, HttpServletResponse response) {
    PlaceForm place;
    try {
      place = forms.bind(PlaceForm.class, request, PlaceForm::problems);
      if (!place.problems().isEmpty()) {
        throw new ValidationFailed(place.problems());
      }
    } catch (ValidationFailed e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return placePage(model, new LinkedHashMap<>(CommandForms.typed(request)), e.messagesByField());
    }
    access.requireAnywhere(Permission.MONITORING_RECORD);
    places.add(place.parentId(), place.level(), place.names(), place.latitude(), place.longitude());
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

  /** A place as the gazetteer's form gives it: its level, its name in one script or more, where it lies. */
  record PlaceForm(
      Place.@Nullable Level level, @Nullable String nameLATIN, @Nullable String nameHANZI, @Nullable String nameHANGUL,
      @Nullable String nameLATIN_OLD, @Nullable UUID parentId, @Nullable Double latitude, @Nullable Double longitude) {

    /** Its names, in the order of the form's scripts; the first is the primary one. */
    List<Place.Name> names() {
      List<Place.Name> names = new ArrayList<>();
      Map<String, String> byScript = new LinkedHashMap<>();
      byScript.put("LATIN", nameLATIN);
      byScript.put("HANZI", nameHANZI);
      byScript.put("HANGUL", nameHANGUL);
      byScript.put("LATIN_OLD", nameLATIN_OLD);
      byScript.forEach((script, name) -> {
        if (MonitoringCommands.given(name) != null) {
          names.add(new Place.Name(script, name.strip(), names.isEmpty()));
        }
      });
      return names;
    }

    List<FieldProblem> problems() {
      List<FieldProblem> problems = new ArrayList<>();
      if (level == null) {
        problems.add(new FieldProblem("level", "choose a level"));
      }
      if (names().isEmpty()) {
        problems.add(new FieldProblem("nameLATIN", "give the place's name in at least one script"));
      }
      within("latitude", latitude, 90, problems);
      within("longitude", longitude, 180, problems);
      return problems;
    }

    private static void within(String field, @Nullable Double value, double bound, List<FieldProblem> problems) {
      if (value != null && (value < -bound || value > bound)) {
        problems.add(FieldProblem.of(field, "lies between {0} and {1}", -bound, bound));
      }
    }
  }





}
