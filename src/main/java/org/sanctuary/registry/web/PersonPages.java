package org.sanctuary.registry.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.sanctuary.access.AccessPolicy;
import org.sanctuary.access.Office;
import org.sanctuary.access.OfficeId;
import org.sanctuary.access.Offices;
import org.sanctuary.access.Permission;
import org.sanctuary.registry.ConsentDraft;
import org.sanctuary.registry.ConsentPurpose;
import org.sanctuary.registry.GenderPreference;
import org.sanctuary.registry.NameScript;
import org.sanctuary.registry.Person;
import org.sanctuary.registry.PersonDirectory;
import org.sanctuary.registry.PersonId;
import org.sanctuary.registry.PersonQuery;
import org.sanctuary.registry.Sex;
import org.sanctuary.registry.SpecificNeed;
import org.sanctuary.registry.WhereaboutsDraft;
import org.sanctuary.registry.WhereaboutsStatus;
import org.sanctuary.shared.PageRequest;
import org.sanctuary.shared.ValidationFailed;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** Person pages: list with filters, detail, register and revise forms, whereabouts and consent. */
@Controller
class PersonPages {

  private final java.util.List<org.sanctuary.registry.PersonPageSection> sections;

  private static final int PAGE_SIZE = 25;

  private final PersonDirectory directory;
  private final Offices offices;
  private final AccessPolicy access;
  private final org.sanctuary.registry.Places places;

  PersonPages(
      PersonDirectory directory, Offices offices, AccessPolicy access,
      java.util.List<org.sanctuary.registry.PersonPageSection> sections, org.sanctuary.registry.Places places) {
    this.sections = sections;
    this.places = places;
    this.directory = directory;
    this.offices = offices;
    this.access = access;
  }

  @ModelAttribute
  void vocabularies(Model model) {
    model.addAttribute("scripts", NameScript.values());
    model.addAttribute("sexes", Sex.values());
    model.addAttribute("needs", SpecificNeed.values());
    model.addAttribute("preferences", GenderPreference.values());
    model.addAttribute("statuses", WhereaboutsStatus.values());
    model.addAttribute("purposes", ConsentPurpose.values());
  }

  @GetMapping("/persons")
  @PreAuthorize("hasAuthority('PERSON_READ')")
  String list(
      @RequestParam(required = false) @Nullable String name,
      @RequestParam(required = false) @Nullable Sex sex,
      @RequestParam(required = false) @Nullable String nationality,
      @RequestParam(required = false) @Nullable SpecificNeed need,
      @RequestParam(defaultValue = "false") boolean priority,
      @RequestParam(defaultValue = "false") boolean toComplete,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(required = false) @Nullable String q,
      @RequestParam(required = false) @Nullable String born,
      Model model) {
    if (q != null && !q.isBlank()) {
      // One box for any script or spelling: the persons who may be that name, best first, with why.
      try {
        model.addAttribute("matches", directory.matches(q, born));
      } catch (ValidationFailed e) {
        model.addAttribute("matchErrors", e.messagesByField());
      }
    }
    var result =
        directory.search(
            new PersonQuery(name, null, sex, nationality, need, priority, toComplete),
            new PageRequest(Math.max(0, page), PAGE_SIZE));
    model.addAttribute("result", result);
    model.addAttribute("offices", offices.byId());
    model.addAttribute(
        "base",
        UriComponentsBuilder.fromPath("/persons")
            .queryParamIfPresent("name", java.util.Optional.ofNullable(blankToNull(name)))
            .queryParamIfPresent("sex", java.util.Optional.ofNullable(sex))
            .queryParamIfPresent("nationality", java.util.Optional.ofNullable(blankToNull(nationality)))
            .queryParamIfPresent("need", java.util.Optional.ofNullable(need))
            .queryParamIfPresent("priority", priority ? java.util.Optional.of(true) : java.util.Optional.empty())
            .queryParamIfPresent("toComplete", toComplete ? java.util.Optional.of(true) : java.util.Optional.empty())
            .build()
            .encode()
            .toUriString());
    model.addAttribute(
        "filtered",
        (name != null && !name.isBlank())
            || sex != null
            || need != null
            || priority
            || toComplete
            || (nationality != null && !nationality.isBlank()));
    return "persons/list";
  }

  @GetMapping("/persons/new")
  @PreAuthorize("hasAuthority('PERSON_REGISTER')")
  String newPerson(Model model) {
    PersonForm form = PersonForm.blank();
    List<Office> registering = registeringOffices();
    if (registering.size() == 1) {
      form.setOfficeId(registering.get(0).id().toString());
    }
    return form(model, form, Map.of());
  }

  @PostMapping("/persons")
  @PreAuthorize("hasAuthority('PERSON_REGISTER')")
  String register(
      @ModelAttribute("form") PersonForm form, Model model, RedirectAttributes redirect,
      jakarta.servlet.http.HttpServletResponse response) {
    if (form.getOfficeId() == null || form.getOfficeId().isBlank()) {
      form.toDraft();
      return form(model, form, Map.of("officeId", "is required"));
    }
    try {
      PersonDirectory.Registration registered =
          directory.registered(OfficeId.of(form.getOfficeId()), form.toDraft(), form.getNotADuplicateBecause());
      PersonId id = registered.id();
      redirect.addFlashAttribute("saved", true);
      redirect.addFlashAttribute("possibleMatchElsewhere", registered.possibleMatchElsewhere());
      return "redirect:/persons/" + id;
    } catch (ValidationFailed e) {
      return form(model, form, form.errors(e));
    } catch (org.sanctuary.registry.PossiblyKnown known) {
      // Shown before anything is saved: open an existing record, or say why this is someone else.
      model.addAttribute("possiblyKnown", known);
      response.setStatus(HttpStatus.CONFLICT.value());
      return form(model, form, Map.of());
    }
  }

  @GetMapping("/persons/{id}")
  @PreAuthorize("hasAuthority('PERSON_READ')")
  String show(@PathVariable UUID id, Model model) {
    PersonId personId = new PersonId(id);
    PersonDirectory.PersonFile file = directory.readFile(personId);
    Person person = file.person();
    model.addAttribute("person", person);
    model.addAttribute("originPlace", file.originPlace());
    model.addAttribute("office", offices.find(person.office()).orElse(null));
    model.addAttribute("groups", file.groups());
    model.addAttribute("mayOpenCase", access.actor().may(Permission.CASE_OPEN, person.office()));
    model.addAttribute("mayRecordRemoval", access.actor().may(Permission.REMOVAL_REQUEST_RECORD, person.office()));
    if (access.actor().may(Permission.PERSON_ACCESS_LOG_READ, person.office())) {
      model.addAttribute("accessLog", directory.accessLog(personId, new PageRequest(0, 20)));
    }
    if (!model.containsAttribute("whereaboutsErrors")) {
      model.addAttribute("whereaboutsErrors", Map.of());
      model.addAttribute("whereabouts", new WhereaboutsDraft(null, null, null, null, null));
    }
    if (!model.containsAttribute("consentErrors")) {
      model.addAttribute("consentErrors", Map.of());
      model.addAttribute("consent", new ConsentDraft(null, null, null));
    }
    sections.forEach(section -> section.contribute(personId, model));
    model.addAttribute("sections", sections);
    return "persons/show";
  }

  /** Who looked at a record, for supervisors and auditors; shows no content of the record itself. */
  @GetMapping("/persons/{id}/access-log")
  @PreAuthorize("hasAuthority('PERSON_ACCESS_LOG_READ')")
  String accessLog(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page, Model model) {
    model.addAttribute("personId", id);
    model.addAttribute("accessLog", directory.accessLog(new PersonId(id), new PageRequest(Math.max(0, page), 50)));
    return "persons/access-log";
  }

  @GetMapping("/persons/{id}/edit")
  @PreAuthorize("hasAuthority('PERSON_REGISTER')")
  String edit(@PathVariable UUID id, Model model) {
    Person person = directory.read(new PersonId(id));
    model.addAttribute("personId", id);
    model.addAttribute("reference", person.reference());
    return form(model, PersonForm.of(person), Map.of());
  }

  @PostMapping("/persons/{id}")
  @PreAuthorize("hasAuthority('PERSON_REGISTER')")
  String revise(
      @PathVariable UUID id,
      @ModelAttribute("form") PersonForm form,
      Model model,
      RedirectAttributes redirect,
      jakarta.servlet.http.HttpServletResponse response) {
    try {
      directory.revise(new PersonId(id), form.getVersion() == null ? -1 : form.getVersion(), form.toDraft(),
          form.getNotADuplicateBecause());
      redirect.addFlashAttribute("saved", true);
      return "redirect:/persons/" + id;
    } catch (ValidationFailed e) {
      model.addAttribute("personId", id);
      return form(model, form, form.errors(e));
    } catch (org.sanctuary.registry.PossiblyKnown known) {
      // A name added may be someone already on file: shown before anything is saved, as at registration.
      model.addAttribute("personId", id);
      model.addAttribute("possiblyKnown", known);
      response.setStatus(HttpStatus.CONFLICT.value());
      return form(model, form, Map.of());
    } catch (org.sanctuary.shared.StaleVersion stale) {
      // Someone saved the record meanwhile: nothing typed is lost. What is on file now is shown beside
      // it, and the form now carries the current version, so saving again applies what was typed.
      Person current = directory.read(new PersonId(id));
      model.addAttribute("personId", id);
      model.addAttribute("changedMeanwhile", form.differencesFrom(PersonForm.of(current)).stream()
          .map(c -> c.field().equals("person.originPlace") ? new PersonForm.Change(c.field(), placeName(c.onFile()), placeName(c.typed())) : c)
          .toList());
      form.setVersion(current.version());
      response.setStatus(HttpStatus.CONFLICT.value());
      return form(model, form, Map.of());
    }
  }

  @PostMapping("/persons/{id}/whereabouts")
  @PreAuthorize("hasAuthority('WHEREABOUTS_RECORD')")
  String whereabouts(
      @PathVariable UUID id,
      @ModelAttribute WhereaboutsDraft draft,
      Model model,
      RedirectAttributes redirect) {
    try {
      directory.recordWhereabouts(new PersonId(id), draft);
      redirect.addFlashAttribute("saved", true);
      return "redirect:/persons/" + id + "#whereabouts";
    } catch (ValidationFailed e) {
      model.addAttribute("whereaboutsErrors", e.messagesByField());
      model.addAttribute("whereabouts", draft);
      return show(id, model);
    }
  }

  @PostMapping("/persons/{id}/consents")
  @PreAuthorize("hasAuthority('CONSENT_RECORD')")
  String consent(
      @PathVariable UUID id, @ModelAttribute ConsentDraft draft, Model model, RedirectAttributes redirect) {
    try {
      directory.recordConsent(new PersonId(id), draft);
      redirect.addFlashAttribute("saved", true);
      return "redirect:/persons/" + id + "#consents";
    } catch (ValidationFailed e) {
      model.addAttribute("consentErrors", e.messagesByField());
      model.addAttribute("consent", draft);
      return show(id, model);
    }
  }

  /** A place of origin as its reader sees it; as typed when it is no place of the gazetteer. */
  private String placeName(String id) {
    try {
      return id.isEmpty() ? "" : places.label(UUID.fromString(id)).orElse(id);
    } catch (IllegalArgumentException e) {
      return id;
    }
  }

  private String form(Model model, PersonForm form, Map<String, String> errors) {
    form.padNameRows();
    model.addAttribute("places", places.choices());
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("registeringOffices", registeringOffices());
    return "persons/form";
  }

  private List<Office> registeringOffices() {
    var scope = access.actor().officesWith(Permission.PERSON_REGISTER);
    return offices.all().stream().filter(o -> scope.contains(o.id())).toList();
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
