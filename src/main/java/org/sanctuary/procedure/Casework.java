package org.sanctuary.procedure;

import org.sanctuary.alerts.Alerts;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.sanctuary.access.AccessPolicy;
import org.sanctuary.access.Actor;
import org.sanctuary.access.Office;
import org.sanctuary.access.OfficeId;
import org.sanctuary.access.OfficeType;
import org.sanctuary.access.OfficerProfile;
import org.sanctuary.access.OfficerProfiles;
import org.sanctuary.access.Offices;
import org.sanctuary.access.Permission;
import org.sanctuary.access.Role;
import org.sanctuary.access.UserAccounts;
import org.sanctuary.audit.AuditRecord;
import org.sanctuary.audit.AuditTrail;
import org.sanctuary.procedure.decision.Assessment;
import org.sanctuary.procedure.decision.DecisionDraft;
import org.sanctuary.procedure.disclosure.ProhibitedRecipients;
import org.sanctuary.procedure.disclosure.RecipientType;
import org.sanctuary.procedure.interview.Applicant;
import org.sanctuary.procedure.interview.InterviewPlan;
import org.sanctuary.procedure.interview.Interviewer;
import org.sanctuary.procedure.interview.Participant;
import org.sanctuary.registry.Person;
import org.sanctuary.registry.PersonDirectory;
import org.sanctuary.registry.PersonId;
import org.sanctuary.registry.Sex;
import org.sanctuary.registry.SpecificNeed;
import org.sanctuary.shared.FieldProblem;
import org.sanctuary.shared.LanguageCodes;
import org.sanctuary.shared.NotFound;
import org.sanctuary.shared.PageRequest;
import org.sanctuary.shared.ResultPage;
import org.sanctuary.shared.StaleVersion;
import org.sanctuary.shared.ValidationFailed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The application service of the procedure, for the API and the pages alike: it loads a case within
 * the caller's offices, hands the command to the case with the caller's roles in that office, saves
 * it against the version it read, and audits the outcome. A refusal is audited in its own
 * transaction and changes nothing.
 */
@Service
public class Casework {

  static final String SUBJECT = "CASE";

  private final Cases cases;
  private final AccessPolicy access;
  private final Offices offices;
  private final PersonDirectory persons;
  private final AuditTrail audit;
  private final Alerts alerts;
  private final OfficerProfiles officerProfiles;
  private final JurisdictionProfiles profiles;
  private final UserAccounts users;
  private final String hostCountry;
  private final Clock clock;

  @org.springframework.beans.factory.annotation.Autowired
  Casework(
      Cases cases, AccessPolicy access, Offices offices, PersonDirectory persons, AuditTrail audit, Alerts alerts,
      OfficerProfiles officerProfiles, JurisdictionProfiles profiles, UserAccounts users, ProcedureProperties properties,
      Clock clock) {
    this(cases, access, offices, persons, audit, alerts, officerProfiles, profiles, users, properties.hostCountry(), clock);
  }

  private Casework(
      Cases cases, AccessPolicy access, Offices offices, PersonDirectory persons, AuditTrail audit, Alerts alerts,
      OfficerProfiles officerProfiles, JurisdictionProfiles profiles, UserAccounts users, String hostCountry,
      Clock clock) {
    this.hostCountry = hostCountry;
    this.officerProfiles = officerProfiles;
    this.profiles = profiles;
    this.users = users;
    this.cases = cases;
    this.access = access;
    this.offices = offices;
    this.persons = persons;
    this.audit = audit;
    this.alerts = alerts;
    this.clock = clock;
  }

  /**
   * Opens a case: the principal (and dependants), registered at this office, expressed intent to seek
   * asylum through the channel on the day given. Priority follows the principal's specific needs; a
   * child alone raises an alert until a guardian is appointed.
   */
  @Transactional
  public CaseId recordIntent(
      OfficeId officeId, PersonId principal, Set<PersonId> dependants, @Nullable Channel channel,
      @Nullable Modality modality, When when) {
    Actor actor = access.require(Permission.CASE_WORK, officeId);
    if (channel == null) {
      throw ValidationFailed.of("channel", "is required");
    }
    ActDate day = dated(when);
    Office office = offices.find(officeId).orElseThrow(() -> new NotFound("office"));
    Person applicant = persons.read(principal);
    if (!applicant.office().equals(officeId)) {
      throw ValidationFailed.of("principalId", "must be a person registered by this office");
    }
    for (PersonId dependant : dependants) {
      if (dependant.equals(principal) || !persons.read(dependant).office().equals(officeId)) {
        throw ValidationFailed.of("dependantIds", "must be other persons registered by this office");
      }
    }
    Set<PersonId> applicants = new java.util.HashSet<>(dependants);
    applicants.add(principal);
    try {
      List<Case> theirCases = new ArrayList<>();
      applicants.forEach(p -> theirCases.addAll(cases.protecting(p)));
      OneOpenClaim.check(applicants, theirCases);
    } catch (Refusal refused) {
      audit.recordRefusal(AuditRecord.refused("INTENT_RECORDED", SUBJECT, null, officeId.value(), refused.code().name()));
      Case open = cases.find(refused.relatedCase(), access.scope(Permission.CASE_READ)).map(Cases.Stored::claim).orElse(null);
      if (open == null) {
        // Held by an office the reader cannot read: say that it exists, nothing more.
        throw new Refusal(refused.code(), "A claim for this person is already open at another office; its supervisor can be asked.");
      }
      throw refused;
    }
    CaseId id = new CaseId(UUID.randomUUID());
    CaseActor caseActor = caseActor(actor, officeId);
    Case opened;
    try {
      opened = Case.recordIntent(
          id, officeId, cases.nextFileNumber(officeId, office.code(), day.actedOn().getYear()), principal, dependants, channel,
          modality == null ? Modality.REGULAR : modality, profiles.find(JurisdictionProfiles.DEFAULT).profile(), day,
          caseActor, office.type() == OfficeType.DIPLOMATIC_MISSION);
    } catch (Refusal refused) {
      audit.recordRefusal(AuditRecord.refused("INTENT_RECORDED", SUBJECT, null, officeId.value(), refused.code().name()));
      throw refused;
    }
    open(opened, applicant, day);
    return id;
  }

  /**
   * A dependant lodges a claim of their own (procedure.md §2: any member, at any time): a new case
   * with them as principal, linked to the family's case, which records the lodging. The family's
   * decision may no longer cover a dependant whose claim is sensitive (SEPARATE_DECISION_REQUIRED).
   */
  @Transactional
  public CaseId lodgeIndependentClaim(
      CaseId familyCase, long version, @Nullable PersonId member, boolean sensitive, When when) {
    ActDate day = dated(when);
    if (member == null) {
      throw ValidationFailed.of("memberId", "is required");
    }
    Case family = cases.find(familyCase, access.scope(Permission.CASE_WORK)).orElseThrow(() -> new NotFound("case")).claim();
    if (!family.dependants().contains(member)) {
      throw ValidationFailed.of("memberId", "must be a dependant on this case");
    }
    Office office = offices.find(family.office()).orElseThrow(() -> new NotFound("office"));
    CaseId id = new CaseId(UUID.randomUUID());
    String fileNumber = cases.nextFileNumber(family.office(), office.code(), day.actedOn().getYear());
    Case.IndependentClaim lodged = new Case.IndependentClaim(member, id, sensitive);
    execute(familyCase, version, "INDEPENDENT_CLAIM_LODGED",
        (claim, actor) -> claim.lodgeIndependentClaim(actor, lodged, fileNumber, day));
    Case opened = Case.openIndependentClaim(id, fileNumber, family, member, day, caseActor(access.actor(), family.office()));
    open(opened, persons.read(member), day);
    return id;
  }

  /** Stores a new case: priority follows the applicant's specific needs; a child alone raises an alert. */
  private void open(Case opened, Person applicant, ActDate day) {
    cases.insert(opened, applicant.hasPriority(), day.actedOn(), clock.instant());
    if (applicant.needs().stream().anyMatch(n -> n.need() == SpecificNeed.UNACCOMPANIED_CHILD || n.need() == SpecificNeed.SEPARATED_CHILD)) {
      alerts.raise(opened.office(), Alerts.Kind.CHILD_WITHOUT_GUARDIAN, SUBJECT, opened.id().value(),
          opened.fileNumber() + ": a child alone — appoint a guardian before any interview.");
    }
    audit.record(actedOn(AuditRecord.success("INTENT_RECORDED", SUBJECT, opened.id(), opened.office().value()), opened));
  }

  @Transactional
  public CaseView read(CaseId id) {
    Actor actor = access.actor();
    Cases.Stored stored = cases.find(id, access.scope(Permission.CASE_READ)).orElseThrow(() -> new NotFound("case"));
    audit.record(AuditRecord.success("CASE_READ", SUBJECT, id, stored.claim().office().value()));
    return view(stored, caseActor(actor, stored.claim().office()));
  }

  /**
   * A work queue of the caller's offices, priority cases first, then the oldest: in some states (none:
   * all), optionally only those a user has in hand, only priority cases, only overdue ones.
   */
  @Transactional
  public ResultPage<CaseSummary> queue(
      Set<ClaimState> states, @Nullable String assignee, boolean priorityOnly, boolean overdueOnly, PageRequest page) {
    ResultPage<CaseSummary> result =
        cases.queue(access.scope(Permission.CASE_READ),
            new Cases.QueueFilter(states, assignee == null || assignee.isBlank() ? null : assignee.strip(), priorityOnly,
                overdueOnly ? LocalDate.now(clock) : null),
            page);
    audit.record(AuditRecord.success("CASES_LISTED", SUBJECT, null, null));
    return result;
  }

  /** The claims a person belongs to, in the offices whose cases the reader may read (audited). */
  @Transactional
  public List<CaseSummary> casesOf(PersonId person) {
    if (persons.summaries(List.of(person)).isEmpty()) {
      throw new NotFound("person");
    }
    List<CaseSummary> found = cases.ofPerson(person, access.scope(Permission.CASE_READ));
    audit.record(AuditRecord.success("PERSON_CASES_LISTED", "PERSON", person, null));
    return found;
  }

  /**
   * Every rule a signature would break now, at once, without changing the case (a DPRK national is
   * taken to have left irregularly, as at signing). Read with the case, audited as a read.
   */
  @Transactional
  public List<Verdict> unmetBeforeSigning(CaseId id) {
    return read(id).unmetBeforeSigning();
  }

  /** The states in which the caller, with their roles in any of their offices, has the next step to take. */
  public Set<ClaimState> awaitingCaller() {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    access.actor().roles().values().forEach(roles::addAll);
    return Command.awaiting(roles);
  }

  @Transactional
  public CaseView register(CaseId id, long version, When when) {
    ActDate day = dated(when);
    return execute(id, version, "REGISTERED", (claim, actor) -> claim.register(actor, day));
  }

  @Transactional
  public CaseView provideInformation(CaseId id, long version, @Nullable String language, When when) {
    ActDate day = dated(when);
    String code = LanguageCodes.required("language", language);
    return execute(id, version, "INFORMATION_PROVIDED", (claim, actor) -> claim.provideInformation(actor, code, day));
  }

  /** A participant of an interview as the caller typed them. */
  public record ParticipantDraft(@Nullable String name, @Nullable String language, @Nullable Sex sex) {}

  /**
   * Books an interview with an eligibility officer of the case's office, checked against every
   * interview guard of §4 with what the registry knows of the applicant (language understood best,
   * requested sex of interviewer and interpreter, specific needs). Only a supervisor may record an
   * exception to a same-sex request.
   */
  @Transactional
  public UUID scheduleInterview(
      CaseId id, long version, @Nullable String interviewer, @Nullable ParticipantDraft interpreter,
      @Nullable ParticipantDraft legalRepresentative, @Nullable ParticipantDraft guardian,
      @Nullable String genderExceptionReason, When when) {
    return scheduleInterview(id, version,
        new ScheduleInterview(interviewer, null, interpreter, legalRepresentative, guardian, genderExceptionReason), when);
  }

  /**
   * What booking an interview takes: the interviewer, the day and time when fixed, the interpreter,
   * the legal representative and the guardian who attend, and a supervisor's reason for an exception
   * to a same-sex request.
   */
  public record ScheduleInterview(
      @Nullable String interviewer, @Nullable LocalDateTime appointment, @Nullable ParticipantDraft interpreter,
      @Nullable ParticipantDraft legalRepresentative, @Nullable ParticipantDraft guardian,
      @Nullable String genderExceptionReason) {}

  /** Books an interview (see {@link ScheduleInterview}); the participants stay on the case. */
  @Transactional
  public UUID scheduleInterview(CaseId id, long version, ScheduleInterview booking, When when) {
    String interviewer = booking.interviewer();
    String genderExceptionReason = booking.genderExceptionReason();
    ActDate day = dated(when);
    Cases.Stored stored = cases.find(id, access.scope(Permission.CASE_WORK)).orElseThrow(() -> new NotFound("case"));
    OfficeId office = stored.claim().office();
    List<FieldProblem> problems = new ArrayList<>();
    OfficerProfile officer = null;
    if (interviewer == null || interviewer.isBlank()) {
      problems.add(new FieldProblem("interviewer", "is required"));
    } else if (!users.holds(interviewer, Role.ELIGIBILITY_OFFICER, office)) {
      problems.add(new FieldProblem("interviewer", "must be an eligibility officer of this office"));
    } else {
      officer = officerProfiles.of(interviewer).orElse(null);
      if (officer == null) {
        problems.add(new FieldProblem("interviewer", "has no officer profile (sex, languages, training) yet"));
      }
    }
    boolean exception = genderExceptionReason != null && !genderExceptionReason.isBlank();
    if (exception && !caseActor(access.actor(), office).roles().contains(Role.SUPERVISOR)) {
      problems.add(new FieldProblem("genderExceptionReason", "only a supervisor may record an exception"));
    }
    Participant interpreting = participant("interpreter", booking.interpreter(), problems);
    Participant representing = participant("legalRepresentative", booking.legalRepresentative(), problems);
    Participant guarding = participant("guardian", booking.guardian(), problems);
    if (booking.appointment() != null && booking.appointment().toLocalDate().isBefore(day.actedOn())) {
      problems.add(new FieldProblem("appointment", "cannot be before the day the interview is booked"));
    }
    Person applicant = persons.read(stored.claim().principal());
    String language = applicant.details().bestLanguage();
    if (language == null) {
      problems.add(new FieldProblem("applicant", "the language the applicant understands best is not recorded"));
    }
    if (!problems.isEmpty()) {
      throw new ValidationFailed(problems);
    }
    Set<SpecificNeed> needs = applicant.details().specificNeeds();
    Applicant profile =
        new Applicant(language, applicant.details().interviewerPreference(), applicant.details().interpreterPreference(), needs, null);
    InterviewPlan plan =
        new InterviewPlan(
            new Interviewer(officer.username(), officer.languages(), Sex.valueOf(officer.sex()), officer.traumaTrained()),
            interpreting, representing, guarding, exception ? genderExceptionReason.strip() : null);
    UUID interview = UUID.randomUUID();
    execute(id, version, "INTERVIEW_SCHEDULED",
        (claim, actor) -> claim.scheduleInterview(actor, interview, profile, plan, booking.appointment(), day));
    if (plan.genderExceptionReason() != null) {
      // The reason itself is in the case's history; the trail records that an exception was made, by whom.
      audit.record(AuditRecord.success("GENDER_EXCEPTION_RECORDED", SUBJECT, id, office.value()));
    }
    return interview;
  }

  @Transactional
  public CaseView recordInterview(
      CaseId id, UUID interview, long version, boolean readBackConfirmed, @Nullable String refusalReasons,
      When when) {
    ActDate day = dated(when);
    return execute(id, version, "INTERVIEW_RECORDED",
        (claim, actor) -> claim.recordInterview(actor, interview, readBackConfirmed, refusalReasons, day));
  }

  /** Finalises an interview record left open: confirmed on read-back, or refused with the applicant's reasons. */
  @Transactional
  public CaseView finaliseInterviewRecord(
      CaseId id, long version, boolean readBackConfirmed, @Nullable String refusalReasons, When when) {
    ActDate day = dated(when);
    if (!readBackConfirmed && (refusalReasons == null || refusalReasons.isBlank())) {
      throw ValidationFailed.of("refusalReasons",
          "confirm the read-back, or give the applicant's reasons for refusing to confirm it");
    }
    return execute(id, version, "INTERVIEW_RECORD_FINALISED",
        (claim, actor) -> claim.finaliseInterviewRecord(actor, readBackConfirmed, refusalReasons, day));
  }

  @Transactional
  public CaseView recordNoShow(CaseId id, UUID interview, long version, When when) {
    ActDate day = dated(when);
    return execute(id, version, "APPOINTMENT_MISSED", (claim, actor) -> claim.recordNoShow(actor, interview, day));
  }

  @Transactional
  public CaseView writeAssessment(CaseId id, long version, Assessment assessment, When when) {
    ActDate day = dated(when);
    return execute(id, version, "ASSESSMENT_WRITTEN", (claim, actor) -> claim.writeAssessment(actor, assessment, day));
  }

  @Transactional
  public CaseView draftDecision(CaseId id, long version, DecisionDraft typed, When when) {
    ActDate day = dated(when);
    DecisionDraft draft = new DecisionDraft(typed.outcome(), typed.reasonCategories(), typed.individualExplanation(),
        typed.legalBasis(), typed.appealInstructions(), LanguageCodes.orNull("notificationLanguage", typed.notificationLanguage()),
        typed.covers());
    return execute(id, version, "DECISION_DRAFTED", (claim, actor) -> claim.draftDecision(actor, draft, day));
  }

  @Transactional
  public CaseView returnDraft(CaseId id, long version, @Nullable String reason, When when) {
    ActDate day = dated(when);
    if (reason == null || reason.isBlank()) {
      throw ValidationFailed.of("reason", "say why the draft goes back");
    }
    return execute(id, version, "DRAFT_RETURNED", (claim, actor) -> claim.returnDraft(actor, reason.strip(), day));
  }

  /**
   * Signs the drafted decision and records its notification. A DPRK national is taken to have left
   * irregularly, so the sur place analysis is always required for them (Handbook ¶61, ¶94–96); the
   * notification never goes to a prohibited recipient.
   */
  @Transactional
  public CaseView signDecision(CaseId id, long version, @Nullable RecipientType recipient, When notified) {
    ActDate day = dated(notified);
    Cases.Stored stored = notifiable(id, recipient, "DECISION_SIGNED");
    List<String> nationalities = persons.read(stored.claim().principal()).details().nationalities();
    boolean fromDprk = nationalities.contains("PRK");
    CaseView signed = execute(id, version, "DECISION_SIGNED", (claim, actor) -> claim.signDecision(actor, fromDprk, day));
    Case claim = cases.find(id, access.scope(Permission.CASE_WORK)).orElseThrow(() -> new NotFound("case")).claim();
    String draftedBy = claim.history().stream().filter(e -> e.what() == Happened.DECISION_DRAFTED).reduce((a, b) -> b)
        .map(CaseEvent::by).orElse(access.actor().username());
    cases.recordDecision(claim, draftedBy, nationalities.isEmpty() ? null : nationalities.get(0));
    return signed;
  }

  /** Proposes to end a recognised refugee's status: cancellation, cessation or revocation, the provision and reasons. */
  @Transactional
  public CaseView proposeStatusEnding(
      CaseId id, long version, StatusEnding.@Nullable Kind kind, @Nullable String provision, @Nullable String reasons, When when) {
    ActDate day = dated(when);
    return execute(id, version, "STATUS_ENDING_PROPOSED", (claim, actor) -> claim.proposeStatusEnding(actor, kind, provision, reasons, day));
  }

  /** Drops a proposal to end a status; the person stays recognised. */
  @Transactional
  public CaseView dropStatusEnding(CaseId id, long version, @Nullable String reason, When when) {
    ActDate day = dated(when);
    return execute(id, version, "STATUS_ENDING_DROPPED", (claim, actor) -> claim.dropStatusEnding(actor, required("reason", reason), day));
  }

  /**
   * Decides to end the status and records its notification, never to a prohibited recipient; the
   * appeal window runs from the later of the notification and its record.
   */
  @Transactional
  public CaseView decideStatusEnding(CaseId id, long version, @Nullable RecipientType recipient, When notified) {
    ActDate day = dated(notified);
    notifiable(id, recipient, "STATUS_ENDING_NOTIFIED");
    return execute(id, version, "STATUS_ENDING_NOTIFIED", (claim, actor) -> claim.decideStatusEnding(actor, day));
  }

  /**
   * The case a decision is about to be notified on, once the recipient is named and allowed: nothing
   * about an applicant goes to a prohibited recipient (the refusal is audited under the action).
   */
  private Cases.Stored notifiable(CaseId id, @Nullable RecipientType recipient, String action) {
    if (recipient == null) {
      throw ValidationFailed.of("recipient", "say to whom the decision is notified");
    }
    Cases.Stored stored = cases.find(id, access.scope(Permission.CASE_WORK)).orElseThrow(() -> new NotFound("case"));
    Verdict recipientAllowed = ProhibitedRecipients.check(recipient);
    if (!recipientAllowed.allowed()) {
      audit.recordRefusal(AuditRecord.refused(action, SUBJECT, id, stored.claim().office().value(), recipientAllowed.refusal().name()));
      recipientAllowed.orThrow();
    }
    return stored;
  }

  /** Lodges an appeal; a late one within the grace is accepted and the supervisors are alerted to decide on flexibility. */
  @Transactional
  public UUID lodgeAppeal(CaseId id, long version, When when) {
    ActDate day = dated(when);
    UUID appeal = UUID.randomUUID();
    CaseView lodged = execute(id, version, "APPEAL_LODGED", (claim, actor) -> claim.lodgeAppeal(actor, appeal, day));
    if (lodged.appealLate()) {
      alerts.raise(lodged.office(), Alerts.Kind.LATE_APPEAL, SUBJECT, id.value(),
          lodged.fileNumber() + ": appeal lodged after the deadline, within the grace — decide on flexibility.");
    }
    return appeal;
  }

  @Transactional
  public CaseView assignAppeal(CaseId id, UUID appeal, long version, @Nullable String assignee, When when) {
    ActDate day = dated(when);
    Cases.Stored stored = cases.find(id, access.scope(Permission.CASE_WORK)).orElseThrow(() -> new NotFound("case"));
    if (assignee == null || !users.holds(assignee, Role.APPEAL_OFFICER, stored.claim().office())) {
      throw ValidationFailed.of("assignee", "must be an appeal officer of this office");
    }
    return execute(id, version, "APPEAL_ASSIGNED", (claim, actor) -> claim.assignAppeal(actor, appeal, assignee, day));
  }

  @Transactional
  public CaseView decideAppeal(
      CaseId id, UUID appeal, long version, Case.@Nullable AppealOutcome outcome, @Nullable String reasons, When when) {
    ActDate day = dated(when);
    List<FieldProblem> problems = new ArrayList<>();
    if (outcome == null) {
      problems.add(new FieldProblem("outcome", "is required: ALLOWED, REMITTED or DISMISSED"));
    }
    if (reasons == null || reasons.isBlank()) {
      problems.add(new FieldProblem("reasons", "an appeal decision gives its reasons"));
    }
    if (!problems.isEmpty()) {
      throw new ValidationFailed(problems);
    }
    return execute(id, version, "APPEAL_DECIDED", (claim, actor) -> claim.decideAppeal(actor, appeal, outcome, reasons.strip(), day));
  }

  /**
   * Decides derivative status for a dependant of a recognised refugee. The host country is this
   * installation's ({@code sanctuary.procedure.host-country}); its nationals need no derivative status.
   */
  @Transactional
  public CaseView decideDerivative(
      CaseId id, PersonId member, long version, @Nullable Boolean grant, boolean exclusionFlag, When when) {
    ActDate day = dated(when);
    if (grant == null) {
      throw ValidationFailed.of("grant", "say whether derivative status is granted");
    }
    Cases.Stored stored = cases.find(id, access.scope(Permission.CASE_WORK)).orElseThrow(() -> new NotFound("case"));
    if (!stored.claim().dependants().contains(member)) {
      throw new NotFound("dependant of this case");
    }
    List<String> nationalities = persons.read(member).details().nationalities();
    return execute(id, version, grant ? "DERIVATIVE_GRANTED" : "DERIVATIVE_REFUSED",
        (claim, actor) -> claim.decideDerivative(actor, member, grant, exclusionFlag, nationalities, hostCountry, day));
  }

  @Transactional
  public CaseView recordContactAttempt(CaseId id, long version, @Nullable String how, When when) {
    ActDate day = dated(when);
    if (how == null || how.isBlank() || how.length() > 500) {
      throw ValidationFailed.of("how", "say how the applicant was sought, in 1 to 500 characters");
    }
    return execute(id, version, "CONTACT_ATTEMPTED", (claim, actor) -> claim.recordContactAttempt(actor, day, how.strip()));
  }

  /** The applicant withdraws; a child alone only with their guardian present (NO_GUARDIAN). */
  @Transactional
  public CaseView withdraw(CaseId id, long version, boolean guardianPresent, When when) {
    ActDate day = dated(when);
    Cases.Stored stored = cases.find(id, access.scope(Permission.CASE_WORK)).orElseThrow(() -> new NotFound("case"));
    boolean childAlone = persons.read(stored.claim().principal()).needs().stream()
        .anyMatch(n -> n.need() == SpecificNeed.UNACCOMPANIED_CHILD || n.need() == SpecificNeed.SEPARATED_CHILD);
    return execute(id, version, "CLAIM_WITHDRAWN", (claim, actor) -> claim.withdraw(actor, childAlone, guardianPresent, day));
  }

  @Transactional
  public CaseView closeAbandoned(CaseId id, long version) {
    LocalDate today = LocalDate.now(clock);
    return execute(id, version, "CLOSED_ABANDONED", (claim, actor) -> claim.closeAbandoned(actor, today));
  }

  /**
   * Refers a claim held by a diplomatic mission to a determination office (a mandate office or a
   * national authority). The case moves there with its history; the applicant's and dependants'
   * registry records go with it, so that the office that decides can read them. The lock, which
   * asks every case of a person at any office, protects them before, during and after.
   */
  @Transactional
  public CaseView refer(CaseId id, long version, @Nullable OfficeId to, @Nullable String reason, When when) {
    ActDate day = dated(when);
    List<FieldProblem> problems = new ArrayList<>();
    Office target = to == null ? null : offices.find(to).orElse(null);
    if (target == null || (target.type() != OfficeType.MANDATE_OFFICE && target.type() != OfficeType.NATIONAL_AUTHORITY)) {
      problems.add(new FieldProblem("officeId", "choose a determination office (a mandate office or a national authority)"));
    }
    if (reason == null || reason.isBlank() || reason.length() > 1000) {
      problems.add(new FieldProblem("reason", "say why and how the claim is referred, in 1 to 1000 characters"));
    }
    if (!problems.isEmpty()) {
      throw new ValidationFailed(problems);
    }
    Case before = cases.find(id, access.scope(Permission.CASE_WORK)).orElseThrow(() -> new NotFound("case")).claim();
    OfficeId from = before.office();
    CaseView referred = execute(id, version, "REFERRED",
        (claim, actor) -> claim.refer(actor, target.id(), target.name(), reason.strip(), day));
    Set<PersonId> members = new java.util.LinkedHashSet<>();
    members.add(before.principal());
    members.addAll(before.dependants());
    members.forEach(member -> persons.transfer(member, from, target.id()));
    return referred;
  }

  @Transactional
  public CaseView reopen(CaseId id, long version, @Nullable String reason, When when) {
    ActDate day = dated(when);
    return execute(id, version, "REOPENED", (claim, actor) -> claim.reopen(actor, required("reason", reason), day));
  }

  @Transactional
  public CaseView hold(CaseId id, long version, @Nullable String reason, When when) {
    ActDate day = dated(when);
    return execute(id, version, "PUT_ON_HOLD", (claim, actor) -> claim.hold(actor, required("reason", reason), day));
  }

  @Transactional
  public CaseView resume(CaseId id, long version, When when) {
    ActDate day = dated(when);
    return execute(id, version, "RESUMED", (claim, actor) -> claim.resume(actor, day));
  }

  private static String required(String field, @Nullable String text) {
    if (text == null || text.isBlank() || text.length() > 1000) {
      throw ValidationFailed.of(field, "is required, 1 to 1000 characters");
    }
    return text.strip();
  }

  private static @Nullable Participant participant(String field, @Nullable ParticipantDraft draft, List<FieldProblem> problems) {
    if (draft == null) {
      return null;
    }
    if (draft.name() == null || draft.name().isBlank() || draft.sex() == null) {
      problems.add(new FieldProblem(field, "needs a name and a sex"));
      return null;
    }
    String language = null;
    try {
      language = LanguageCodes.orNull(field, draft.language());
    } catch (ValidationFailed notACode) {
      problems.addAll(notACode.problems());
      return null;
    }
    return new Participant(draft.name().strip(), language, draft.sex());
  }

  /** One step of the procedure on one case: no command decides more than one case. */
  private CaseView execute(CaseId id, long version, String action, CaseCommand command) {
    Actor actor = access.actor();
    Cases.Stored stored = cases.find(id, access.scope(Permission.CASE_WORK)).orElseThrow(() -> new NotFound("case"));
    Case claim = stored.claim();
    CaseActor caseActor = caseActor(actor, claim.office());
    try {
      command.apply(claim, caseActor);
    } catch (Refusal refused) {
      audit.recordRefusal(AuditRecord.refused(action, SUBJECT, id, claim.office().value(), refused.code().name()));
      throw refused;
    }
    if (stored.version() != version || !cases.update(claim, version, stored.priority(), clock.instant())) {
      audit.recordRefusal(AuditRecord.refused(action, SUBJECT, id, claim.office().value(), "STALE_VERSION"));
      throw new StaleVersion("case", version);
    }
    audit.record(actedOn(AuditRecord.success(action, SUBJECT, id, claim.office().value()), claim));
    return view(new Cases.Stored(claim, version + 1, stored.priority()), caseActor);
  }

  /** The audit record of the case's latest act, with the day it was done when it is recorded late. */
  private static AuditRecord actedOn(AuditRecord record, Case claim) {
    List<CaseEvent> history = claim.history();
    CaseEvent latest = history.get(history.size() - 1);
    return latest.late() ? record.actedOn(latest.on()) : record;
  }

  /** A command on a loaded case, given by an actor with their roles in its office. */
  @FunctionalInterface
  interface CaseCommand {
    void apply(Case claim, CaseActor actor);
  }

  private CaseView view(Cases.Stored stored, CaseActor actor) {
    Case claim = stored.claim();
    Case.Snapshot snapshot = claim.snapshot();
    return new CaseView(
        claim.id(), claim.fileNumber(), claim.office(), claim.principal(), claim.dependants(), claim.channel(),
        claim.modality(), claim.linkedTo(), claim.independentClaims(), claim.state(), claim.appealDeadline(), claim.appealLate(),
        claim.interviews(), claim.legalRepresentative(), claim.guardian(),
        claim.ending(),
        claim.appeals(),
        unmetBeforeSigning(claim),
        claim.nextDeadline(stored.priority()), claim.scheduledInterview(),
        claim.latestAppeal() == null || claim.latestAppeal().outcome() != null ? null : claim.latestAppeal().id(),
        claim.latestAppeal() == null ? null : claim.latestAppeal().assignee(),
        snapshot.notifiedOn(), snapshot.assessment(), snapshot.draft(), snapshot.derivatives(), claim.commandsFor(actor),
        stored.version(), claim.history());
  }

  /** While a decision is being prepared: every rule a signature would break now. */
  private List<Verdict> unmetBeforeSigning(Case claim) {
    if (claim.state() != ClaimState.ASSESSMENT_IN_PROGRESS && claim.state() != ClaimState.DECISION_DRAFTED) {
      return List.of();
    }
    boolean fromDprk = persons.summaries(List.of(claim.principal())).stream().anyMatch(p -> p.nationalities().contains("PRK"));
    return claim.unmetBeforeSigning(fromDprk);
  }

  static CaseActor caseActor(Actor actor, OfficeId office) {
    Set<Role> roles = actor.roles().getOrDefault(office, EnumSet.noneOf(Role.class));
    return new CaseActor(actor.username(), roles);
  }

  /**
   * When the caller says an act was done: a day, by default today, never in the future; a day before
   * today is a late record of something done on paper and says why ({@link ActDate}).
   */
  public record When(@Nullable LocalDate on, @Nullable String lateReason) {
    public static final When TODAY = new When(null, null);

    public static When on(LocalDate day) {
      return new When(day, null);
    }
  }

  /** The act's dates: done on the day the caller says, recorded today. */
  private ActDate dated(When when) {
    LocalDate today = LocalDate.now(clock);
    return new ActDate(when.on() == null ? today : when.on(), today, when.lateReason());
  }

  /**
   * The same service with another today: for loading records kept elsewhere, each recorded on its
   * own day (the demonstration data walks its cases this way, so that their clocks are live).
   */
  public Casework asOf(LocalDate today) {
    return new Casework(cases, access, offices, persons, audit, alerts, officerProfiles, profiles, users,
        hostCountry, Clock.fixed(today.atStartOfDay(clock.getZone()).toInstant(), clock.getZone()));
  }
}
