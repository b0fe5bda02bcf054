package org.sanctuary.registry.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.sanctuary.access.AccessPolicy;
import org.sanctuary.access.Office;
import org.sanctuary.access.OfficeId;
import org.sanctuary.access.Offices;
import org.sanctuary.access.Permission;
import org.sanctuary.registry.FamilyLink;
import org.sanctuary.registry.FamilyRelation;
import org.sanctuary.registry.GroupDraft;
import org.sanctuary.registry.GroupId;
import org.sanctuary.registry.GroupKind;
import org.sanctuary.registry.PersonDirectory;
import org.sanctuary.registry.PersonId;
import org.sanctuary.registry.PersonSummary;
import org.sanctuary.registry.RegistrationGroup;
import org.sanctuary.registry.RegistrationGroups;
import org.sanctuary.shared.NotFound;
import org.sanctuary.shared.PageRequest;
import org.sanctuary.shared.ValidationFailed;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Registration group pages. Members are typed as person references, one per line; family links as
 * lines "BJG-000001 PARENT BJG-000002" (the first is the parent of the second).
 */
@Controller
class GroupPages {

  /** The group form as typed. */
  record GroupForm(
      @Nullable String officeId,
      @Nullable Long version,
      @Nullable String label,
      @Nullable GroupKind kind,
      @Nullable String members,
      @Nullable String links) {}

  private final RegistrationGroups groups;
  private final PersonDirectory persons;
  private final Offices offices;
  private final AccessPolicy access;

  GroupPages(
      RegistrationGroups groups, PersonDirectory persons, Offices offices, AccessPolicy access) {
    this.groups = groups;
    this.persons = persons;
    this.offices = offices;
    this.access = access;
  }

  @GetMapping("/groups")
  @PreAuthorize("hasAuthority('PERSON_READ')")
  String list(
      @RequestParam(defaultValue = "") String label,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    model.addAttribute("result", groups.search(label, new PageRequest(Math.max(0, page), 25)));
    model.addAttribute("offices", offices.byId());
    model.addAttribute("base", label.isBlank() ? "/groups" : "/groups?label=" + java.net.URLEncoder.encode(label, java.nio.charset.StandardCharsets.UTF_8));
    return "groups/list";
  }

  @GetMapping("/groups/{id}")
  @PreAuthorize("hasAuthority('PERSON_READ')")
  String show(@PathVariable UUID id, Model model) {
    RegistrationGroup group = groups.read(new GroupId(id));
    Map<PersonId, PersonSummary> members = new LinkedHashMap<>();
    persons.summaries(group.members()).forEach(s -> members.put(s.id(), s));
    model.addAttribute("group", group);
    model.addAttribute("members", members);
    model.addAttribute("office", offices.find(group.office()).orElse(null));
    return "groups/show";
  }

  @GetMapping("/groups/new")
  @PreAuthorize("hasAuthority('PERSON_REGISTER')")
  String newGroup(Model model) {
    List<Office> registering = registeringOffices();
    String office = registering.size() == 1 ? registering.get(0).id().toString() : null;
    return form(model, new GroupForm(office, null, null, GroupKind.HOUSEHOLD, "", ""), null, Map.of());
  }

  @GetMapping("/groups/{id}/edit")
  @PreAuthorize("hasAuthority('PERSON_REGISTER')")
  String edit(@PathVariable UUID id, Model model) {
    RegistrationGroup group = groups.read(new GroupId(id));
    Map<PersonId, String> refs = new LinkedHashMap<>();
    persons.summaries(group.members()).forEach(s -> refs.put(s.id(), s.reference()));
    StringBuilder links = new StringBuilder();
    group.links().forEach(
        l -> links.append(refs.get(l.from())).append(' ').append(l.relation()).append(' ')
            .append(refs.get(l.to())).append('\n'));
    return form(
        model,
        new GroupForm(
            group.office().toString(),
            group.version(),
            group.label(),
            group.kind(),
            String.join("\n", refs.values()),
            links.toString()),
        id,
        Map.of());
  }

  @PostMapping("/groups")
  @PreAuthorize("hasAuthority('PERSON_REGISTER')")
  String register(GroupForm form, Model model, RedirectAttributes redirect) {
    try {
      if (form.officeId() == null || form.officeId().isBlank()) {
        throw ValidationFailed.of("officeId", "is required");
      }
      GroupId id = groups.register(OfficeId.of(form.officeId()), draft(form));
      redirect.addFlashAttribute("saved", true);
      return "redirect:/groups/" + id;
    } catch (ValidationFailed e) {
      return form(model, form, null, e.messagesByField());
    }
  }

  @PostMapping("/groups/{id}")
  @PreAuthorize("hasAuthority('PERSON_REGISTER')")
  String revise(@PathVariable UUID id, GroupForm form, Model model, RedirectAttributes redirect) {
    groups.requireWritable(new GroupId(id)); // another office's group is not found, before anything typed is judged
    try {
      groups.revise(new GroupId(id), form.version() == null ? -1 : form.version(), draft(form));
      redirect.addFlashAttribute("saved", true);
      return "redirect:/groups/" + id;
    } catch (ValidationFailed e) {
      return form(model, form, id, e.messagesByField());
    }
  }

  /** Resolves typed references; an unknown one is reported on the field it was typed in. */
  private GroupDraft draft(GroupForm form) {
    List<String> problems = new ArrayList<>();
    Map<String, PersonId> byReference = new LinkedHashMap<>();
    for (String ref : lines(form.members())) {
      PersonId id = resolve(ref);
      if (id == null) {
        problems.add(ref);
      } else {
        byReference.put(ref.toUpperCase(Locale.ROOT), id);
      }
    }
    if (!problems.isEmpty()) {
      throw ValidationFailed.of("members", "unknown reference(s): {0}", String.join(", ", problems));
    }
    List<FamilyLink> links = new ArrayList<>();
    for (String line : lines(form.links())) {
      String[] parts = line.split("\\s+");
      FamilyRelation relation = parts.length == 3 ? relation(parts[1]) : null;
      PersonId from = parts.length == 3 ? byReference.get(parts[0].toUpperCase(Locale.ROOT)) : null;
      PersonId to = parts.length == 3 ? byReference.get(parts[2].toUpperCase(Locale.ROOT)) : null;
      if (relation == null || from == null || to == null) {
        throw ValidationFailed.of(
            "links", "\"" + line + "\": write MEMBER-REFERENCE RELATION MEMBER-REFERENCE");
      }
      links.add(new FamilyLink(from, to, relation));
    }
    return new GroupDraft(form.label(), form.kind(), List.copyOf(byReference.values()), links);
  }

  private @Nullable PersonId resolve(String reference) {
    try {
      return persons.findByReference(reference);
    } catch (NotFound e) {
      return null;
    }
  }

  private static @Nullable FamilyRelation relation(String word) {
    try {
      return FamilyRelation.valueOf(word.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static List<String> lines(@Nullable String text) {
    if (text == null) {
      return List.of();
    }
    return text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private String form(Model model, GroupForm form, @Nullable UUID id, Map<String, String> errors) {
    model.addAttribute("form", form);
    model.addAttribute("groupId", id);
    model.addAttribute("errors", errors);
    model.addAttribute("kinds", GroupKind.values());
    model.addAttribute("relations", FamilyRelation.values());
    model.addAttribute("registeringOffices", registeringOffices());
    return "groups/form";
  }

  private List<Office> registeringOffices() {
    var scope = access.actor().officesWith(Permission.PERSON_REGISTER);
    return offices.all().stream().filter(o -> scope.contains(o.id())).toList();
  }
}
