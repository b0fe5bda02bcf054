package org.sanctuary.registry.web;

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
import org.sanctuary.registry.PersonId;
import org.sanctuary.registry.PersonLinkage;
import org.sanctuary.shared.NotFound;
import org.sanctuary.shared.PageRequest;
import org.sanctuary.shared.RuleRefusal;
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
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Linkage pages: start a run and follow its progress, review the pairs it proposes side by side with
 * each field's part in the score, decide them, and see every record of one person with the links that
 * join them. The same service as the API; records are never merged.
 */
@Controller
class LinkagePages {

  static final List<String> STATUSES = List.of("TO_REVIEW", "PROPOSED", "DEFERRED", "CONFIRMED", "REJECTED");
  private static final int PAGE_SIZE = 10;

  private final PersonLinkage linkage;
  private final Offices offices;
  private final AccessPolicy access;

  private final org.sanctuary.registry.Places places;

  LinkagePages(PersonLinkage linkage, Offices offices, AccessPolicy access, org.sanctuary.registry.Places places) {
    this.places = places;
    this.linkage = linkage;
    this.offices = offices;
    this.access = access;
  }

  @GetMapping("/linkage")
  @PreAuthorize("hasAuthority('PERSON_REGISTER')")
  String review(
      @RequestParam(required = false) @Nullable UUID office, @RequestParam(defaultValue = "TO_REVIEW") String status,
      @RequestParam(defaultValue = "0") int page, Model model) {
    return page(model, office, status, page, null, Map.of(), Map.of());
  }

  @PostMapping("/linkage/runs")
  @PreAuthorize("hasAuthority('PERSON_REGISTER')")
  String start(@RequestParam UUID office, RedirectAttributes redirect, Model model,
      jakarta.servlet.http.HttpServletResponse response) {
    try {
      linkage.start(new OfficeId(office));
    } catch (RuleRefusal refused) {
      response.setStatus(HttpStatus.CONFLICT.value());
      model.addAttribute("refusal", refused.getMessage());
      return page(model, office, "TO_REVIEW", 0, null, Map.of(), Map.of());
    }
    redirect.addFlashAttribute("started", true);
    return "redirect:/linkage?office=" + office;
  }

  /** The run's progress, for the page to poll while it works. */
  @GetMapping("/linkage/runs/{id}")
  @PreAuthorize("hasAuthority('PERSON_REGISTER')")
  String progress(@PathVariable UUID id, Model model) {
    model.addAttribute("run", linkage.run(id));
    return "linkage/review :: run";
  }

  @PostMapping("/link-candidates/{id}/decision")
  @PreAuthorize("hasAuthority('PERSON_REGISTER')")
  String decide(
      @PathVariable UUID id, @RequestParam UUID office, @RequestParam(defaultValue = "TO_REVIEW") String status,
      @RequestParam(defaultValue = "0") int page, @RequestParam(required = false) PersonLinkage.@Nullable Decision decision,
      @RequestParam(required = false) @Nullable String reason, RedirectAttributes redirect, Model model,
      jakarta.servlet.http.HttpServletResponse response) {
    try {
      linkage.decide(id, decision, reason);
    } catch (ValidationFailed e) {
      // Shown beside the pair's own form, with what was typed.
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      Map<String, String> typed = new LinkedHashMap<>();
      typed.put("decision", decision == null ? "" : decision.name());
      typed.put("reason", reason == null ? "" : reason);
      return page(model, office, status, page, id, e.messagesByField(), typed);
    } catch (RuleRefusal refused) {
      response.setStatus(HttpStatus.CONFLICT.value());
      model.addAttribute("refusal", refused.getMessage());
      return page(model, office, status, page, null, Map.of(), Map.of());
    }
    redirect.addFlashAttribute("decided", decision == null ? null : decision.name());
    return "redirect:" + base(office, status) + "&page=" + Math.max(0, page);
  }

  @GetMapping("/persons/{id}/cluster")
  @PreAuthorize("hasAuthority('PERSON_READ')")
  String cluster(@PathVariable UUID id, Model model) {
    model.addAttribute("personId", id);
    model.addAttribute("cluster", linkage.cluster(new PersonId(id)));
    if (!model.containsAttribute("withdrawalErrors")) {
      model.addAttribute("withdrawalErrors", Map.of());
    }
    return "linkage/cluster";
  }

  @PostMapping("/person-links/{id}/withdrawal")
  @PreAuthorize("hasAuthority('PERSON_REGISTER')")
  String withdraw(
      @PathVariable UUID id, @RequestParam UUID person, @RequestParam(required = false) @Nullable String reason,
      RedirectAttributes redirect, Model model, jakarta.servlet.http.HttpServletResponse response) {
    try {
      linkage.withdraw(id, reason);
    } catch (ValidationFailed e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("withdrawalErrors", e.messagesByField());
      model.addAttribute("withdrawing", id);
      model.addAttribute("typedReason", reason == null ? "" : reason);
      return cluster(person, model);
    }
    redirect.addFlashAttribute("withdrawn", true);
    return "redirect:/persons/" + person + "/cluster";
  }

  private String page(
      Model model, @Nullable UUID office, String status, int page, @Nullable UUID failed, Map<String, String> errors,
      Map<String, String> typed) {
    var scope = access.actor().officesWith(Permission.PERSON_REGISTER);
    List<Office> linking = offices.all().stream().filter(o -> scope.contains(o.id())).toList();
    if (linking.isEmpty()) {
      throw new NotFound("office");
    }
    Office chosen = office == null ? linking.get(0)
        : linking.stream().filter(o -> o.id().value().equals(office)).findFirst().orElseThrow(() -> new NotFound("office"));
    if (!STATUSES.contains(status)) {
      throw ValidationFailed.of("status", "is one of {0}", String.join(", ", STATUSES));
    }
    OfficeId id = chosen.id();
    model.addAttribute("offices", linking);
    model.addAttribute("office", chosen);
    model.addAttribute("status", status);
    model.addAttribute("statuses", STATUSES);
    List<PersonLinkage.Run> runs = linkage.runs(id);
    model.addAttribute("runs", runs.subList(0, Math.min(5, runs.size())));
    model.addAttribute("run", runs.isEmpty() ? null : runs.get(0));
    var pairs = linkage.queue(id, status, new PageRequest(Math.max(0, page), PAGE_SIZE));
    model.addAttribute("pairs", pairs);
    // The places of origin of the page's records, named for the reviewer (ten pairs, at most twenty places).
    Map<UUID, String> origins = new java.util.HashMap<>();
    pairs.items().stream().flatMap(c -> java.util.stream.Stream.of(c.first(), c.second()))
        .map(org.sanctuary.registry.PersonSummary::originPlace).filter(java.util.Objects::nonNull).distinct()
        .forEach(place -> places.label(place).ifPresent(label -> origins.put(place, label)));
    model.addAttribute("origins", origins);
    model.addAttribute("base", base(chosen.id().value(), status));
    model.addAttribute("failed", failed);
    model.addAttribute("errors", errors);
    model.addAttribute("typed", typed);
    return "linkage/review";
  }

  private static String base(UUID office, String status) {
    return UriComponentsBuilder.fromPath("/linkage").queryParam("office", office).queryParam("status", status)
        .build().toUriString();
  }
}
