package org.sanctuary.procedure.web;

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
import org.sanctuary.procedure.Casework;
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
  private final PersonDirectory persons;
  private final RegistrationGroups groups;
  private final Offices offices;
  private final UserAccounts users;
  private final AccessPolicy access;

  CasePages(
      Casework casework, PersonDirectory persons, RegistrationGroups groups, Offices offices, UserAccounts users,
      AccessPolicy access) {
    this.casework = casework;
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
    model.addAttribute("elements", CaseActionForm.ELEMENTS);
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
  String newCase(@RequestParam UUID personId, Model model) {
    IntentForm form = new IntentForm();
    form.setPersonId(personId.toString());
    return intentForm(model, form, Map.of());
  }

  @PostMapping("/cases")
  @PreAuthorize("hasAuthority('CASE_OPEN')")
  String recordIntent(
      @ModelAttribute("form") IntentForm form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
    try {
      PersonId principal = new PersonId(UUID.fromString(form.getPersonId()));
      OfficeId office = persons.read(principal).office();
      Set<PersonId> dependants = new LinkedHashSet<>();
      form.getDependantIds().forEach(d -> dependants.add(new PersonId(UUID.fromString(d))));
      CaseId id =
          casework.recordIntent(
              office, principal, dependants, TypedText.choice("channel", form.getChannel(), Channel::valueOf),
              TypedText.choice("modality", form.getModality(), Modality::valueOf),
              new Casework.When(TypedText.day("on", form.getOn()), TypedText.orNull(form.getLateReason())));
      redirect.addFlashAttribute("done", "INTENT_RECORDED");
      return "redirect:/cases/" + id;
    } catch (ValidationFailed e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return intentForm(model, form, e.messagesByField());
    } catch (Refusal refused) {
      response.setStatus(status(refused));
      model.addAttribute("refusal", refused);
      return intentForm(model, form, Map.of());
    }
  }

  private String intentForm(Model model, IntentForm form, Map<String, String> errors) {
    PersonId principal = new PersonId(UUID.fromString(form.getPersonId()));
    var person = persons.read(principal);
    Set<PersonId> family = new LinkedHashSet<>();
    groups.ofPerson(principal).forEach(g -> family.addAll(groups.read(g.id()).members()));
    family.remove(principal);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("person", person);
    model.addAttribute("office", offices.find(person.office()).orElse(null));
    model.addAttribute("family", family.isEmpty() ? List.of() : persons.summaries(List.copyOf(family)));
    return "cases/new";
  }

  @GetMapping("/cases/{id}")
  @PreAuthorize("hasAuthority('CASE_READ')")
  String show(@PathVariable UUID id, Model model) {
    CaseView view = casework.read(new CaseId(id));
    return page(model, view, CaseActionForm.from(view), null, Map.of(), null);
  }

  /** One action on the case, named by its command; the forms on the case page post here. */
  @PostMapping("/cases/{id}/actions/{command}")
  @PreAuthorize("hasAuthority('CASE_WORK')")
  String act(
      @PathVariable UUID id, @PathVariable Command command, @ModelAttribute("action") CaseActionForm form, Model model,
      RedirectAttributes redirect, HttpServletResponse response) {
    CaseId caseId = new CaseId(id);
    try {
      CaseId opened = perform(caseId, command, form);
      redirect.addFlashAttribute("done", command.name());
      return "redirect:/cases/" + (opened == null ? caseId : opened);
    } catch (ValidationFailed e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return page(model, casework.read(caseId), form, command, e.messagesByField(), null);
    } catch (Refusal refused) {
      response.setStatus(status(refused));
      return page(model, casework.read(caseId), form, command, Map.of(), refused);
    }
  }

  /** Gives the command to the service with what the form says; returns a case the command opened, if any. */
  private @Nullable CaseId perform(CaseId id, Command command, CaseActionForm f) {
    long v = f.getVersion();
    switch (command) {
      case REGISTER -> casework.register(id, v, f.when());
      case PROVIDE_INFORMATION -> casework.provideInformation(id, v, f.getLanguage(), f.when());
      case SCHEDULE_INTERVIEW -> casework.scheduleInterview(
          id, v, new Casework.ScheduleInterview(TypedText.orNull(f.getInterviewer()), f.appointmentAt(),
              participant("interpreterSex", f.getInterpreterName(), f.getInterpreterLanguage(), f.getInterpreterSex()),
              participant("representativeSex", f.getRepresentativeName(), null, f.getRepresentativeSex()),
              participant("guardianSex", f.getGuardianName(), null, f.getGuardianSex()),
              TypedText.orNull(f.getGenderExceptionReason())),
          f.when());
      case RECORD_INTERVIEW -> casework.recordInterview(
          id, CaseActionForm.identifier("interviewId", f.getInterviewId()), v, f.isReadBackConfirmed(), TypedText.orNull(f.getRefusalReasons()), f.when());
      case FINALISE_INTERVIEW_RECORD -> casework.finaliseInterviewRecord(id, v, f.isReadBackConfirmed(), f.getRefusalReasons(), f.when());
      case RECORD_NO_SHOW -> casework.recordNoShow(id, CaseActionForm.identifier("interviewId", f.getInterviewId()), v, f.when());
      case RECORD_CONTACT_ATTEMPT -> casework.recordContactAttempt(id, v, f.getHow(), f.when());
      case WRITE_ASSESSMENT -> casework.writeAssessment(id, v, f.assessment(), f.when());
      case DRAFT_DECISION -> casework.draftDecision(id, v, f.draft(), f.when());
      case RETURN_DRAFT -> casework.returnDraft(id, v, f.getReason(), f.when());
      case SIGN_DECISION ->
          casework.signDecision(id, v, TypedText.choice("recipient", f.getRecipient(), RecipientType::valueOf), f.when());
      case LODGE_APPEAL -> casework.lodgeAppeal(id, v, f.when());
      case ASSIGN_APPEAL -> casework.assignAppeal(id, CaseActionForm.identifier("appealId", f.getAppealId()), v, TypedText.orNull(f.getAssignee()), f.when());
      case DECIDE_APPEAL -> casework.decideAppeal(
          id, CaseActionForm.identifier("appealId", f.getAppealId()), v, TypedText.choice("appealOutcome", f.getAppealOutcome(), Case.AppealOutcome::valueOf),
          f.getReasons(), f.when());
      case DECIDE_DERIVATIVE -> {
        PersonId member = f.member();
        if (member == null) {
          throw ValidationFailed.of("memberId", "choose the dependant");
        }
        casework.decideDerivative(id, member, v, f.isGrant(), f.isExclusionFlag(), f.when());
      }
      case LODGE_INDEPENDENT_CLAIM -> {
        return casework.lodgeIndependentClaim(id, v, f.member(), f.isSensitive(), f.when());
      }
      case WITHDRAW -> casework.withdraw(id, v, f.isGuardianPresent(), f.when());
      case CLOSE_ABANDONED -> casework.closeAbandoned(id, v);
      case PROPOSE_STATUS_ENDING -> casework.proposeStatusEnding(id, v,
          TypedText.choice("kind", f.getEndingKind(), org.sanctuary.procedure.StatusEnding.Kind::valueOf),
          TypedText.orNull(f.getProvision()), f.getReasons(), f.when());
      case DROP_STATUS_ENDING -> casework.dropStatusEnding(id, v, f.getReason(), f.when());
      case DECIDE_STATUS_ENDING ->
          casework.decideStatusEnding(id, v, TypedText.choice("recipient", f.getRecipient(), RecipientType::valueOf), f.when());
      case REFER -> casework.refer(id, v, f.referralOffice(), f.getReason(), f.when());
      case REOPEN -> casework.reopen(id, v, f.getReason(), f.when());
      case HOLD -> casework.hold(id, v, f.getReason(), f.when());
      case RESUME -> casework.resume(id, v, f.when());
      case RECORD_INTENT, LAPSE -> throw new org.sanctuary.shared.NotFound("action");
    }
    return null;
  }

  private static Casework.@Nullable ParticipantDraft participant(
      String sexField, @Nullable String name, @Nullable String language, @Nullable String sex) {
    if (TypedText.orNull(name) == null) {
      return null;
    }
    return new Casework.ParticipantDraft(name, TypedText.orNull(language), TypedText.choice(sexField, sex, Sex::valueOf));
  }

  private String page(
      Model model, CaseView view, CaseActionForm form, @Nullable Command failed, Map<String, String> errors,
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

  /** A role that may not give the command is refused as the API refuses it: 403; a rule of the procedure: 409. */
  private static int status(Refusal refused) {
    return refused.code().aboutWhoMayAct()
        ? HttpStatus.FORBIDDEN.value()
        : HttpStatus.CONFLICT.value();
  }


  /** The intent form as typed. */
  public static class IntentForm {
    private String personId = "";
    private List<String> dependantIds = new ArrayList<>();
    private @Nullable String channel;
    private @Nullable String modality;
    private @Nullable String on;
    private @Nullable String lateReason;

    public String getPersonId() { return personId; }
    public void setPersonId(String personId) { this.personId = personId; }
    public List<String> getDependantIds() { return dependantIds; }
    public void setDependantIds(List<String> dependantIds) { this.dependantIds = dependantIds; }
    public @Nullable String getChannel() { return channel; }
    public void setChannel(@Nullable String channel) { this.channel = channel; }
    public @Nullable String getModality() { return modality; }
    public void setModality(@Nullable String modality) { this.modality = modality; }
    public @Nullable String getOn() { return on; }
    public void setOn(@Nullable String on) { this.on = on; }
    public @Nullable String getLateReason() { return lateReason; }
    public void setLateReason(@Nullable String lateReason) { this.lateReason = lateReason; }
  }
}
