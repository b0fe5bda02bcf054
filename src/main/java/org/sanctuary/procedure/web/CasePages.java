package org.sanctuary.procedure.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.sanctuary.access.AccessPolicy;
import org.sanctuary.access.Office;
import org.sanctuary.access.OfficeId;
import org.sanctuary.access.Offices;
import org.sanctuary.access.Permission;
import org.sanctuary.access.Role;
import org.sanctuary.access.UserAccounts;
import org.sanctuary.procedure.Case;
import org.sanctuary.procedure.CaseId;
import org.sanctuary.procedure.CaseView;
import org.sanctuary.procedure.Appeals;
import org.sanctuary.procedure.Casework;
import org.sanctuary.procedure.Decisions;
import org.sanctuary.procedure.Intake;
import org.sanctuary.procedure.Interviews;
import org.sanctuary.procedure.StatusEndings;
import org.sanctuary.procedure.Channel;
import org.sanctuary.procedure.ClaimState;
import org.sanctuary.procedure.Command;
import org.sanctuary.procedure.Modality;
import org.sanctuary.procedure.Refusal;
import org.sanctuary.procedure.decision.ConventionGround;
import org.sanctuary.procedure.decision.DecisionDraft;
import org.sanctuary.procedure.decision.Exclusion;
import org.sanctuary.procedure.decision.Finding;
import org.sanctuary.procedure.disclosure.RecipientType;
import org.sanctuary.registry.PersonDirectory;
import org.sanctuary.registry.PersonId;
import org.sanctuary.registry.PersonSummary;
import org.sanctuary.registry.RegistrationGroups;
import org.sanctuary.registry.Sex;
import org.sanctuary.shared.PageRequest;
import org.sanctuary.shared.LanguageCodes;
import org.sanctuary.shared.TypedText;
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

/**
 * Case pages: work queues, opening a case, the case file with a form for exactly the actions the
 * reader may take now, and the printable decision letter. Every action goes to {@link Casework},
 * the same service the API calls; a refusal comes back on the case page with its rule in words.
 */
@Controller
class CasePages {

  private static final int PAGE_SIZE = 25;

  private final Casework casework;
  private final Intake intake;
  private final Interviews interviews;
  private final Decisions decisions;
  private final Appeals appeals;
  private final StatusEndings endings;
  private final StepForms forms;
  private final PersonDirectory persons;
  private final RegistrationGroups groups;
  private final Offices offices;
  private final UserAccounts users;
  private final AccessPolicy access;
  private final org.sanctuary.procedure.DecisionLetters letters;

  CasePages(
      Casework casework, Intake intake, Interviews interviews, Decisions decisions, Appeals appeals, StatusEndings endings,
      StepForms forms, PersonDirectory persons, RegistrationGroups groups, Offices offices, UserAccounts users,
      AccessPolicy access, org.sanctuary.procedure.DecisionLetters letters) {
    this.letters = letters;
    this.casework = casework;
    this.intake = intake;
    this.interviews = interviews;
    this.decisions = decisions;
    this.appeals = appeals;
    this.endings = endings;
    this.forms = forms;
    this.persons = persons;
    this.groups = groups;
    this.offices = offices;
    this.users = users;
    this.access = access;
  }

  @ModelAttribute
  void vocabularies(Model model) {
    model.addAttribute("states", ClaimState.values());
    model.addAttribute("channels", Channel.values());
    model.addAttribute("modalities", Modality.values());
    model.addAttribute("findingChoices", Finding.values());
    model.addAttribute("groundChoices", ConventionGround.values());
    model.addAttribute("exclusionChoices", Exclusion.values());
    model.addAttribute("outcomeChoices", DecisionDraft.Outcome.values());
    model.addAttribute("appealOutcomes", Case.AppealOutcome.values());
    model.addAttribute("recipients", RecipientType.values());
    model.addAttribute("sexes", Sex.values());
    model.addAttribute("elements", TypedForm.ELEMENTS);
    model.addAttribute("noErrors", Map.of());
  }

  /**
   * The work queue. By default the cases in which the reader's roles have the next step ("mine");
   * or every case of their offices; by state; overdue only. Priority cases first.
   */
  @GetMapping("/cases")
  @PreAuthorize("hasAuthority('CASE_READ')")
  String queue(
      @RequestParam(defaultValue = "mine") String show,
      @RequestParam(required = false) @Nullable ClaimState state,
      @RequestParam(defaultValue = "false") boolean overdue,
      @RequestParam(defaultValue = "false") boolean inHand,
      @RequestParam(defaultValue = "false") boolean priority,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    boolean mine = !"all".equals(show) && state == null;
    Set<ClaimState> states = state != null ? Set.of(state) : mine ? casework.awaitingCaller() : Set.of();
    var result = casework.queue(states, inHand ? access.actor().username() : null, priority, overdue,
        new PageRequest(Math.max(0, page), PAGE_SIZE));
    model.addAttribute("result", result);
    model.addAttribute("mine", mine);
    model.addAttribute("awaiting", mine ? states : Set.of());
    model.addAttribute("names", names(result.items().stream().map(c -> c.principal()).toList()));
    model.addAttribute("offices", offices.byId());
    model.addAttribute(
        "base",
        UriComponentsBuilder.fromPath("/cases")
            .queryParam("show", mine ? "mine" : "all")
            .queryParamIfPresent("state", Optional.ofNullable(state))
            .queryParamIfPresent("overdue", overdue ? Optional.of(true) : Optional.empty())
            .queryParamIfPresent("inHand", inHand ? Optional.of(true) : Optional.empty())
            .queryParamIfPresent("priority", priority ? Optional.of(true) : Optional.empty())
            .build()
            .toUriString());
    return "cases/queue";
  }

  @GetMapping("/cases/new")
  @PreAuthorize("hasAuthority('CASE_OPEN')")
  String newCase(@RequestParam(required = false) @Nullable UUID personId, Model model) {
    if (personId == null) {
      return newcomerForm(model, TypedForm.empty(), Map.of(), null);
    }
    return intentForm(model, new PersonId(personId), TypedForm.empty(), Map.of());
  }

  /**
   * Intent recorded from the person's page (the office the person's), or for a newcomer nobody has
   * registered yet, with the name they gave and their language: the same record the API takes.
   */
  @PostMapping("/cases")
  @PreAuthorize("hasAuthority('CASE_OPEN')")
  String recordIntent(
      @RequestParam(required = false) @Nullable UUID principalId, HttpServletRequest request, Model model,
      RedirectAttributes redirect, HttpServletResponse response) {
    if (principalId == null) {
      return recordNewcomerIntent(request, model, redirect, response);
    }
    PersonId principal = new PersonId(principalId);
    try {
      Intake.RecordIntent typed = forms.bind(Intake.RecordIntent.class, request);
      OfficeId office = persons.read(principal).office();
      CaseId id = intake.recordIntent(new Intake.RecordIntent(office.value(), typed.principalId(), typed.dependantIds(),
          typed.channel(), typed.modality(), typed.on(), typed.lateReason()));
      redirect.addFlashAttribute("done", "INTENT_RECORDED");
      return "redirect:/cases/" + id;
    } catch (ValidationFailed e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return intentForm(model, principal, TypedForm.of(request), e.messagesByField());
    } catch (Refusal refused) {
      response.setStatus(status(refused));
      model.addAttribute("refusal", refused);
      return intentForm(model, principal, TypedForm.of(request), Map.of());
    }
  }

  private String recordNewcomerIntent(
      HttpServletRequest request, Model model, RedirectAttributes redirect, HttpServletResponse response) {
    try {
      Intake.RecordIntent typed = forms.bind(Intake.RecordIntent.class, request);
      CaseId id = intake.recordIntent(new Intake.RecordIntent(typed.officeId(), null, List.of(), typed.channel(),
          typed.modality(), typed.on(), typed.lateReason(),
          typed.newcomer() == null ? new PersonDirectory.Newcomer(null, null, null) : typed.newcomer(),
          typed.notADuplicateBecause()));
      redirect.addFlashAttribute("done", "INTENT_RECORDED");
      return "redirect:/cases/" + id;
    } catch (ValidationFailed e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return newcomerForm(model, TypedForm.of(request), e.messagesByField(), null);
    } catch (org.sanctuary.registry.PossiblyKnown known) {
      // Shown before anything is saved: open the claim on the record that holds their history, or say why not.
      response.setStatus(HttpStatus.CONFLICT.value());
      return newcomerForm(model, TypedForm.of(request), Map.of(), known);
    } catch (Refusal refused) {
      response.setStatus(status(refused));
      model.addAttribute("refusal", refused);
      return newcomerForm(model, TypedForm.of(request), Map.of(), null);
    }
  }

  /** Intent of someone not yet registered: what they said, where, through which channel. */
  private String newcomerForm(
      Model model, TypedForm form, Map<String, String> errors, org.sanctuary.registry.@Nullable PossiblyKnown known) {
    var scope = access.actor().officesWith(Permission.CASE_OPEN);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("possiblyKnown", known);
    model.addAttribute("openingOffices", offices.all().stream().filter(o -> scope.contains(o.id())).toList());
    model.addAttribute("languageChoices", LanguageCodes.choices(List.of("ko", "zh", "en")));
    return "cases/newcomer";
  }

  private String intentForm(Model model, PersonId principal, TypedForm form, Map<String, String> errors) {
    var person = persons.read(principal);
    Set<PersonId> family = new LinkedHashSet<>();
    groups.ofPerson(principal).forEach(g -> family.addAll(groups.read(g.id()).members()));
    family.remove(principal);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("person", person);
    model.addAttribute("office", offices.find(person.office()).orElse(null));
    model.addAttribute("family", family.isEmpty() ? List.of() : persons.summaries(List.copyOf(family)));
    // One person, one file: others who may be this person are shown before a claim is opened on this one.
    model.addAttribute("possiblyAlso", persons.possibleDuplicates(principal));
    return "cases/new";
  }

  @GetMapping("/cases/{id}")
  @PreAuthorize("hasAuthority('CASE_READ')")
  String show(@PathVariable UUID id, Model model) {
    CaseView view = casework.read(new CaseId(id));
    return page(model, view, TypedForm.from(view), null, Map.of(), null);
  }

  /**
   * One action on the case, named by its command: each form on the case page sends the fields of its
   * command's record (the API's body), and the ids of the interview, appeal or dependant it is about.
   */
  @PostMapping("/cases/{id}/actions/{command}")
  @PreAuthorize("hasAuthority('CASE_WORK')")
  String act(
      @PathVariable UUID id, @PathVariable Command command, HttpServletRequest request, Model model,
      RedirectAttributes redirect, HttpServletResponse response) {
    CaseId caseId = new CaseId(id);
    try {
      CaseId opened = perform(caseId, command, request);
      redirect.addFlashAttribute("done", command.name());
      return "redirect:/cases/" + (opened == null ? caseId : opened);
    } catch (ValidationFailed e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return page(model, casework.read(caseId), TypedForm.of(request), command, e.messagesByField(), null);
    } catch (Refusal refused) {
      response.setStatus(status(refused));
      return page(model, casework.read(caseId), TypedForm.of(request), command, Map.of(), refused);
    }
  }

  /**
   * Gives the command to the capability that runs it, with the command's record bound from the form;
   * returns a case the command opened, if any.
   */
  private @Nullable CaseId perform(CaseId id, Command command, HttpServletRequest request) {
    switch (command) {
      case REGISTER -> intake.register(id, forms.bind(Intake.Register.class, request));
      case PROVIDE_INFORMATION -> intake.provideInformation(id, forms.bind(Intake.ProvideInformation.class, request));
      case LODGE_INDEPENDENT_CLAIM -> {
        return intake.lodgeIndependentClaim(id, forms.bind(Intake.LodgeIndependentClaim.class, request));
      }
      case REFER -> intake.refer(id, forms.bind(Intake.Refer.class, request));
      case SCHEDULE_INTERVIEW -> interviews.schedule(id, forms.bind(Interviews.ScheduleInterview.class, request));
      case RECORD_INTERVIEW ->
          interviews.record(id, named("interviewId", request), forms.bind(Interviews.RecordInterview.class, request));
      case FINALISE_INTERVIEW_RECORD -> interviews.finaliseRecord(id, forms.bind(Interviews.FinaliseInterviewRecord.class, request));
      case RECORD_NO_SHOW ->
          interviews.recordNoShow(id, named("interviewId", request), forms.bind(Interviews.RecordNoShow.class, request));
      case RECORD_CONTACT_ATTEMPT -> interviews.recordContactAttempt(id, forms.bind(Interviews.RecordContactAttempt.class, request));
      case WRITE_ASSESSMENT -> decisions.writeAssessment(id, forms.bind(Decisions.WriteAssessment.class, request));
      case DRAFT_DECISION -> decisions.draft(id, forms.bind(Decisions.DraftDecision.class, request));
      case RETURN_DRAFT -> decisions.returnDraft(id, forms.bind(Decisions.ReturnDraft.class, request));
      case SIGN_DECISION -> decisions.sign(id, forms.bind(Decisions.SignDecision.class, request));
      case DECIDE_DERIVATIVE -> decisions.decideDerivative(
          id, new PersonId(named("memberId", request)), forms.bind(Decisions.DecideDerivative.class, request));
      case LODGE_APPEAL -> appeals.lodge(id, forms.bind(Appeals.LodgeAppeal.class, request));
      case ASSIGN_APPEAL -> appeals.assign(id, named("appealId", request), forms.bind(Appeals.AssignAppeal.class, request));
      case DECIDE_APPEAL -> appeals.decide(id, named("appealId", request), forms.bind(Appeals.DecideAppeal.class, request));
      case PROPOSE_STATUS_ENDING -> endings.propose(id, forms.bind(StatusEndings.ProposeStatusEnding.class, request));
      case DROP_STATUS_ENDING -> endings.drop(id, forms.bind(StatusEndings.DropStatusEnding.class, request));
      case DECIDE_STATUS_ENDING -> endings.decide(id, forms.bind(StatusEndings.DecideStatusEnding.class, request));
      case WITHDRAW -> casework.withdraw(id, forms.bind(Casework.Withdraw.class, request));
      case CLOSE_ABANDONED -> casework.closeAbandoned(id, forms.bind(Casework.CloseAbandoned.class, request));
      case REOPEN -> casework.reopen(id, forms.bind(Casework.Reopen.class, request));
      case HOLD -> casework.hold(id, forms.bind(Casework.Hold.class, request));
      case RESUME -> casework.resume(id, forms.bind(Casework.Resume.class, request));
      case RECORD_INTENT, LAPSE -> throw new org.sanctuary.shared.NotFound("action");
    }
    return null;
  }

  /** The interview, appeal or dependant a form acts on, as the case page rendered it. */
  private static UUID named(String field, HttpServletRequest request) {
    try {
      return UUID.fromString(TypedText.orNull(request.getParameter(field)) == null ? "" : request.getParameter(field).strip());
    } catch (IllegalArgumentException e) {
      throw new ValidationFailed(List.of(new org.sanctuary.shared.FieldProblem(field,
          "the case page names no such " + field.replace("Id", "") + "; open the case again",
          org.sanctuary.shared.Wording.of(org.sanctuary.shared.ProblemWording.key("the case page names no such {0}; open the case again"),
              "caseItem:" + field))));
    }
  }

  private String page(
      Model model, CaseView view, TypedForm form, @Nullable Command failed, Map<String, String> errors,
      @Nullable Refusal refusal) {
    Set<PersonId> people = new LinkedHashSet<>();
    people.add(view.principal());
    people.addAll(view.dependants());
    view.independentClaims().forEach(c -> people.add(c.member()));
    OfficeId office = view.office();
    model.addAttribute("view", view);
    model.addAttribute("action", form);
    model.addAttribute("failed", failed == null ? "" : failed.name());
    model.addAttribute("errors", errors);
    model.addAttribute("refusal", refusal);
    Map<PersonId, PersonSummary> names = names(List.copyOf(people));
    model.addAttribute("names", names);
    // One list of languages, the applicant's first.
    PersonSummary applicant = names.get(view.principal());
    model.addAttribute("languageChoices", LanguageCodes.choices(applicant == null ? List.of() : applicant.languages()));
    model.addAttribute("office", offices.find(office).orElse(null));
    model.addAttribute("actions", ordered(view.actionsYouMayTake()));
    model.addAttribute("interviewers", users.holders(Role.ELIGIBILITY_OFFICER, office));
    model.addAttribute("appealOfficers", users.holders(Role.APPEAL_OFFICER, office));
    model.addAttribute("supervisor", access.actor().roles().getOrDefault(office, Set.of()).contains(Role.SUPERVISOR));
    List<PersonId> pendingDerivatives = new ArrayList<>(view.dependants());
    view.derivatives().forEach(d -> pendingDerivatives.remove(d.member()));
    model.addAttribute("pendingDerivatives", pendingDerivatives);
    List<PersonId> mayClaim = new ArrayList<>(view.dependants());
    view.independentClaims().forEach(c -> mayClaim.remove(c.member()));
    model.addAttribute("mayClaim", mayClaim);
    model.addAttribute("endingKinds", org.sanctuary.procedure.StatusEnding.Kind.values());
    java.util.Set<String> provisions = new java.util.TreeSet<>();
    for (var kind : org.sanctuary.procedure.StatusEnding.Kind.values()) {
      provisions.addAll(org.sanctuary.procedure.StatusEnding.provisions(kind));
    }
    model.addAttribute("endingProvisions", provisions);
    model.addAttribute("determinationOffices", offices.all().stream()
        .filter(o -> o.type() == org.sanctuary.access.OfficeType.MANDATE_OFFICE
            || o.type() == org.sanctuary.access.OfficeType.NATIONAL_AUTHORITY)
        .toList());
    return "cases/show";
  }

  /** The actions in the order the procedure takes them. */
  private static List<Command> ordered(Set<Command> commands) {
    Set<Command> ordered = EnumSet.noneOf(Command.class);
    ordered.addAll(commands);
    return List.copyOf(ordered);
  }

  /** Primary names of the persons the reader may see, by id; the others are shown by reference only. */
  private Map<PersonId, PersonSummary> names(List<PersonId> ids) {
    Map<PersonId, PersonSummary> names = new LinkedHashMap<>();
    if (ids.isEmpty() || access.actor().officesWith(Permission.PERSON_READ).isEmpty()) {
      return names;
    }
    persons.summaries(ids).forEach(p -> names.put(p.id(), p));
    return names;
  }

  /**
   * The decision letter as it is printed and handed over, in the language asked for ({@code ?lang=}).
   * Only once the decision is signed and notified.
   */
  @GetMapping("/cases/{id}/letter")
  @PreAuthorize("hasAuthority('CASE_READ')")
  String letter(@PathVariable UUID id, Model model) {
    CaseView view = casework.read(new CaseId(id));
    if (view.notifiedOn() == null || view.decision() == null) {
      throw new org.sanctuary.shared.NotFound("signed decision");
    }
    Office office = offices.find(view.office()).orElseThrow();
    model.addAttribute("view", view);
    // Once an ending of status is notified, the letter is that decision.
    model.addAttribute("endingLetter", view.ending() != null && view.ending().notifiedOn() != null);
    model.addAttribute("office", office);
    model.addAttribute("names", names(List.of(view.principal())));
    return "cases/letter";
  }

  /** The letter of the notified decision as issued, in its notification language: the PDF that was handed over. */
  @GetMapping("/cases/{id}/letter.pdf")
  @PreAuthorize("hasAuthority('CASE_READ')")
  org.springframework.http.ResponseEntity<byte[]> letterPdf(@PathVariable UUID id) {
    return CaseApi.letterResponse(letters.letter(new CaseId(id)));
  }

  /** A role that may not give the command is refused as the API refuses it: 403; a rule of the procedure: 409. */
  private static int status(Refusal refused) {
    return refused.code().aboutWhoMayAct()
        ? HttpStatus.FORBIDDEN.value()
        : HttpStatus.CONFLICT.value();
  }
}
