package org.sanctuary.procedure.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.sanctuary.procedure.RemovalKind;
import org.sanctuary.procedure.RemovalRequests;
import org.sanctuary.procedure.RequestAnswer;
import org.sanctuary.procedure.Requester;
import org.sanctuary.registry.PersonDirectory;
import org.sanctuary.registry.PersonId;
import org.sanctuary.shared.TypedText;
import org.sanctuary.shared.ValidationFailed;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Recording a request to remove, return, hand over or transfer a person, on a page: the request is
 * kept whatever the answer, and the answer is the non-refoulement lock's, with its rule in words.
 */
@Controller
class RemovalPages {

  private final RemovalRequests removals;
  private final PersonDirectory persons;

  RemovalPages(RemovalRequests removals, PersonDirectory persons) {
    this.removals = removals;
    this.persons = persons;
  }

  @GetMapping("/removal-requests/new")
  @PreAuthorize("hasAuthority('REMOVAL_REQUEST_RECORD')")
  String form(@RequestParam UUID personId, Model model) {
    return render(model, personId, null, null, null, null, Map.of());
  }

  @PostMapping("/removal-requests")
  @PreAuthorize("hasAuthority('REMOVAL_REQUEST_RECORD')")
  String record(
      @RequestParam UUID personId, @RequestParam(required = false) @Nullable String requester,
      @RequestParam(required = false) @Nullable String kind, @RequestParam(required = false) @Nullable String riskAssessment,
      @RequestParam(required = false) @Nullable String requestedOn, Model model, HttpServletResponse response) {
    try {
      RequestAnswer answer =
          removals.record(
              new PersonId(personId), TypedText.choice("requester", requester, Requester::valueOf),
              TypedText.choice("kind", kind, RemovalKind::valueOf), TypedText.orNull(riskAssessment),
              TypedText.day("requestedOn", requestedOn));
      model.addAttribute("answer", answer);
      if (answer.refused()) {
        response.setStatus(HttpStatus.CONFLICT.value());
      }
      return render(model, personId, requester, kind, riskAssessment, requestedOn, Map.of());
    } catch (ValidationFailed e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return render(model, personId, requester, kind, riskAssessment, requestedOn, e.messagesByField());
    }
  }

  private String render(
      Model model, UUID personId, @Nullable String requester, @Nullable String kind, @Nullable String riskAssessment,
      @Nullable String requestedOn, Map<String, String> errors) {
    var person = persons.read(new PersonId(personId));
    model.addAttribute("person", person);
    model.addAttribute("requesters", Requester.values());
    model.addAttribute("kinds", RemovalKind.values());
    model.addAttribute("requester", requester);
    model.addAttribute("kind", kind);
    model.addAttribute("riskAssessment", riskAssessment);
    model.addAttribute("requestedOn", requestedOn);
    model.addAttribute("errors", errors);
    if (!model.containsAttribute("answer")) {
      model.addAttribute("answer", null);
    }
    return "removals/form";
  }
}
