package org.sanctuary.procedure;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.sanctuary.access.OfficeId;
import org.sanctuary.procedure.appeal.AppealRules;
import org.sanctuary.procedure.clocks.JurisdictionProfile;
import org.sanctuary.procedure.closure.AbandonmentClosure;
import org.sanctuary.procedure.decision.Assessment;
import org.sanctuary.procedure.decision.DecisionContext;
import org.sanctuary.procedure.decision.DecisionDraft;
import org.sanctuary.procedure.decision.DecisionRules;
import org.sanctuary.procedure.derivative.DerivativeEligibility;
import org.sanctuary.procedure.interview.Applicant;
import org.sanctuary.procedure.interview.Guardianship;
import org.sanctuary.procedure.interview.InterviewPlan;
import org.sanctuary.procedure.interview.InterviewRules;
import org.sanctuary.procedure.interview.Participant;
import org.sanctuary.procedure.removal.NonRefoulementLock;
import org.sanctuary.procedure.removal.RemovalRequest;
import org.sanctuary.registry.PersonId;

/**
 * An asylum case: one principal applicant (and dependants), at one office, from the day intent was
 * expressed through registration, information, interview, assessment, a reasoned decision, and an
 * independent appeal, to recognition or a final negative decision (procedure.md §3).
 *
 * <p>Each command is a verb method that checks, in order, the caller's role, the transition, and
 * the guards of §4, and only then changes the case and appends a past-tense event to its history:
 * a refused command changes nothing. The dates commands carry are the days things happened; clocks
 * run from them.
 */
public final class Case {

  /** A dependant's derivative status, once decided (procedure.md §3: DERIVATIVE_GRANTED / _REFUSED). */
  public record DerivativeDecision(PersonId member, boolean granted) {}

  /**
   * A dependant's own claim, lodged as a separate case linked to this one. A sensitive claim (for
   * example gender-based) gets a decision of its own, notified to the claimant alone.
   */
  public record IndependentClaim(PersonId member, CaseId claim, boolean sensitive) {}

  /**
   * An interview of the case as booked: when, with whom, who interpreted, represented and attended
   * as guardian, and a supervisor's reason for an exception to a same-sex request (procedure.md §1, §2).
   */
  public record Interview(
      UUID id, String interviewer, @Nullable LocalDateTime appointment, @Nullable Participant interpreter,
      @Nullable Participant legalRepresentative, @Nullable Participant guardian, @Nullable String genderExceptionReason,
      LocalDate bookedOn, Status status) {

    /** Where the interview stands. */
    public enum Status {
      BOOKED,
      HELD,
      MISSED,
      /** Booked again before it took place. */
      REPLACED
    }

    Interview with(Status next) {
      return new Interview(id, interviewer, appointment, interpreter, legalRepresentative, guardian, genderExceptionReason,
          bookedOn, next);
    }
  }

  /**
   * An appeal inside the case: against the refusal or against the ending of a status, when it was
   * lodged and whether late, the independent officer assigned, and the outcome with its reasons.
   */
  public record Appeal(
      UUID id, Against against, LocalDate lodgedOn, boolean late, @Nullable String assignee,
      @Nullable AppealOutcome outcome, @Nullable String reasons, @Nullable LocalDate decidedOn) {

    /** What the appeal is against. */
    public enum Against {
      REFUSAL,
      STATUS_ENDING
    }

    Appeal assigned(String officer) {
      return new Appeal(id, against, lodgedOn, late, officer, outcome, reasons, decidedOn);
    }

    Appeal decided(AppealOutcome decision, String why, LocalDate on) {
      return new Appeal(id, against, lodgedOn, late, assignee, decision, why, on);
    }
  }

  /** The outcome of an appeal (PS §7). */
  public enum AppealOutcome {
    ALLOWED,
    REMITTED,
    DISMISSED
  }

  private final CaseId id;
  private OfficeId office;
  /** Held by a diplomatic mission: intake, custody and referral only (MissionIntake). */
  private boolean atMission;
  private final String fileNumber;
  private final PersonId principal;
  private final Set<PersonId> dependants;
  private final Channel channel;
  private final Modality modality;
  private final JurisdictionProfile profile;
  private final @Nullable CaseId linkedTo;
  private ClaimState state;
  private @Nullable ClaimState heldFrom;
  private @Nullable String informationLanguage;
  private @Nullable UUID scheduledInterview;
  private boolean interviewHeld;
  private boolean interviewRecordFinalised;
  private @Nullable LocalDate missedAppointment;
  private int contactAttempts;
  private @Nullable Assessment assessment;
  private @Nullable DecisionDraft draft;
  private @Nullable LocalDate notifiedOn;
  private @Nullable LocalDate appealClockFrom;
  private @Nullable LocalDate abandonmentClockFrom;
  private @Nullable StatusEnding ending;
  private final Set<String> firstInstanceActors = new HashSet<>();
  private final List<DerivativeDecision> derivatives = new ArrayList<>();
  private final List<IndependentClaim> independentClaims = new ArrayList<>();
  private final List<Interview> interviews = new ArrayList<>();
  private final List<Appeal> appeals = new ArrayList<>();
  private final List<CaseEvent> history = new ArrayList<>();

  private Case(
      CaseId id, OfficeId office, String fileNumber, PersonId principal, Set<PersonId> dependants, Channel channel,
      Modality modality, JurisdictionProfile profile, @Nullable CaseId linkedTo) {
    this.id = id;
    this.linkedTo = linkedTo;
    this.office = office;
    this.fileNumber = fileNumber;
    this.principal = principal;
    this.dependants = Set.copyOf(dependants);
    this.channel = channel;
    this.modality = modality;
    this.profile = profile;
    this.state = ClaimState.INTENT_EXPRESSED;
  }

  /** A person said they seek protection: from this day they are an applicant, whatever the channel. */
  public static Case recordIntent(
      CaseId id, OfficeId office, String fileNumber, PersonId principal, Set<PersonId> dependants, Channel channel,
      Modality modality, JurisdictionProfile profile, ActDate on, CaseActor by) {
    return recordIntent(id, office, fileNumber, principal, dependants, channel, modality, profile, on, by, false);
  }

  /** As above, at an office that may be a diplomatic mission: there, the claim is received and referred. */
  public static Case recordIntent(
      CaseId id, OfficeId office, String fileNumber, PersonId principal, Set<PersonId> dependants, Channel channel,
      Modality modality, JurisdictionProfile profile, ActDate on, CaseActor by, boolean atMission) {
    CommandPermission.check(Command.RECORD_INTENT, by.roles()).orThrow();
    Case opened = new Case(id, office, fileNumber, principal, dependants, channel, modality, profile, null);
    opened.atMission = atMission;
    opened.history.add(new CaseEvent(Happened.INTENT_RECORDED, on, by.username(), ClaimState.INTENT_EXPRESSED, channel.name()));
    return opened;
  }

  /**
   * A dependant of {@code family} lodges a claim of their own: a new case with them as principal,
   * linked to the family's case, opened on the day they lodged it. The family's case records the
   * lodging through {@link #lodgeIndependentClaim}.
   */
  public static Case openIndependentClaim(
      CaseId id, String fileNumber, Case family, PersonId member, ActDate on, CaseActor by) {
    CommandPermission.check(Command.LODGE_INDEPENDENT_CLAIM, by.roles()).orThrow();
    Case opened =
        new Case(id, family.office, fileNumber, member, Set.of(), family.channel, Modality.REGULAR, family.profile, family.id);
    opened.atMission = family.atMission;
    opened.history.add(
        new CaseEvent(Happened.INDEPENDENT_CLAIM_OPENED, on, by.username(), ClaimState.INTENT_EXPRESSED, family.fileNumber));
    return opened;
  }

  /**
   * Records on this (the family's) case that a dependant lodged a claim of their own; the case
   * stays where it is. A dependant lodges one independent claim.
   */
  public void lodgeIndependentClaim(CaseActor actor, IndependentClaim claim, String fileNumber, ActDate on) {
    ClaimState next = begin(actor, Command.LODGE_INDEPENDENT_CLAIM, on);
    if (!dependants.contains(claim.member())) {
      throw Transitions.missingPrerequisite("dependant " + claim.member(), "noDependant", claim.member().toString());
    }
    if (independentClaims.stream().anyMatch(c -> c.member().equals(claim.member()))) {
      throw Transitions.alreadyDone("dependant " + claim.member() + " lodged a claim of their own", "dependantHasOwnClaim",
          claim.member().toString());
    }
    independentClaims.add(claim);
    move(next, Happened.INDEPENDENT_CLAIM_LODGED, on, actor, fileNumber + (claim.sensitive() ? " (sensitive)" : ""));
  }

  /** Dependants who may still lodge a claim of their own. */
  public Set<PersonId> dependantsWithoutClaimOfTheirOwn() {
    Set<PersonId> remaining = new HashSet<>(dependants);
    independentClaims.forEach(c -> remaining.remove(c.member()));
    return remaining;
  }

  /** Dependants whose own claim is sensitive: this case's decision may not cover them. */
  Set<PersonId> sensitiveClaimants() {
    Set<PersonId> sensitive = new HashSet<>();
    independentClaims.stream().filter(IndependentClaim::sensitive).forEach(c -> sensitive.add(c.member()));
    return sensitive;
  }

  public void register(CaseActor actor, ActDate on) {
    ClaimState next = begin(actor, Command.REGISTER, on);
    move(next, Happened.REGISTERED, on, actor, "");
  }

  /** The information pack was delivered, in the given language. */
  public void provideInformation(CaseActor actor, String language, ActDate on) {
    ClaimState next = begin(actor, Command.PROVIDE_INFORMATION, on);
    informationLanguage = language;
    move(next, Happened.INFORMATION_PROVIDED, on, actor, language);
  }

  public void scheduleInterview(CaseActor actor, UUID interview, Applicant applicant, InterviewPlan plan, ActDate on) {
    scheduleInterview(actor, interview, applicant, plan, null, on);
  }

  /**
   * Books an interview, at a day and time when known, checked against every interview guard with
   * what the case knows: the information's language, and the representatives and interpreters
   * named at earlier interviews. The participants are kept with the interview and the case.
   */
  public void scheduleInterview(
      CaseActor actor, UUID interview, Applicant applicant, InterviewPlan plan, @Nullable LocalDateTime appointment, ActDate on) {
    ClaimState next = begin(actor, Command.SCHEDULE_INTERVIEW, on);
    Applicant informed =
        new Applicant(applicant.understoodLanguage(), applicant.interviewerPreference(),
            applicant.interpreterPreference(), applicant.needs(), informationLanguage, representatives(), interpreters());
    InterviewRules.check(informed, plan).orThrow();
    firstInstanceActors.add(plan.interviewer().username());
    interviews.replaceAll(i -> i.status() == Interview.Status.BOOKED ? i.with(Interview.Status.REPLACED) : i);
    interviews.add(new Interview(interview, plan.interviewer().username(), appointment, plan.interpreter(),
        plan.legalRepresentative(), plan.guardian(), plan.genderExceptionReason(), on.actedOn(), Interview.Status.BOOKED));
    scheduledInterview = interview;
    if (plan.genderExceptionReason() != null) {
      history.add(new CaseEvent(Happened.GENDER_EXCEPTION_RECORDED, on, actor.username(), state, plan.genderExceptionReason()));
    }
    move(next, Happened.INTERVIEW_SCHEDULED, on, actor, plan.interviewer().username());
  }

  /** Everyone named as the applicant's legal representative at any interview of the case. */
  private List<Participant> representatives() {
    return interviews.stream().map(Interview::legalRepresentative).filter(java.util.Objects::nonNull).toList();
  }

  /** Everyone who was booked to interpret at any interview of the case. */
  private List<Participant> interpreters() {
    return interviews.stream().map(Interview::interpreter).filter(java.util.Objects::nonNull).toList();
  }

  /** The interviews of the case, oldest first. */
  public List<Interview> interviews() {
    return List.copyOf(interviews);
  }

  /** The legal representative named most recently, if any. */
  public @Nullable Participant legalRepresentative() {
    List<Participant> named = representatives();
    return named.isEmpty() ? null : named.get(named.size() - 1);
  }

  /** The guardian named most recently, if any. */
  public @Nullable Participant guardian() {
    List<Participant> named = interviews.stream().map(Interview::guardian).filter(java.util.Objects::nonNull).toList();
    return named.isEmpty() ? null : named.get(named.size() - 1);
  }

  private void markInterview(UUID interview, Interview.Status status) {
    interviews.replaceAll(i -> i.id().equals(interview) ? i.with(status) : i);
  }

  /**
   * The interview took place: its record was read back and confirmed, or the applicant's refusal to
   * confirm was recorded with reasons; either finalises it.
   */
  public void recordInterview(
      CaseActor actor, UUID interview, boolean readBackConfirmed, @Nullable String refusalReasons, ActDate on) {
    ClaimState next = begin(actor, Command.RECORD_INTERVIEW, on);
    requireScheduled(interview);
    interviews.stream().filter(i -> i.id().equals(interview)).findFirst()
        .ifPresent(booked -> ActOrder.notBeforeTheAppointment(on, booked.appointment()).orThrow());
    interviewHeld = true;
    interviewRecordFinalised = readBackConfirmed || (refusalReasons != null && !refusalReasons.isBlank());
    markInterview(interview, Interview.Status.HELD);
    firstInstanceActors.add(actor.username());
    move(next, Happened.INTERVIEW_RECORDED, on, actor, interviewRecordFinalised ? "finalised" : "not finalised");
  }

  /**
   * Finalises an interview record that was left open: read back and confirmed, or the applicant's
   * refusal to confirm recorded with reasons. Without it no decision can be signed
   * (INTERVIEW_RECORD_NOT_FINALISED), so the step is offered for as long as the record is open.
   */
  public void finaliseInterviewRecord(
      CaseActor actor, boolean readBackConfirmed, @Nullable String refusalReasons, ActDate on) {
    ClaimState next = begin(actor, Command.FINALISE_INTERVIEW_RECORD, on);
    if (!interviewHeld) {
      throw Transitions.missingPrerequisite("interview record", "noInterviewRecord");
    }
    if (interviewRecordFinalised) {
      throw Transitions.alreadyDone("the interview record is finalised", "interviewRecordFinalised");
    }
    boolean refused = refusalReasons != null && !refusalReasons.isBlank();
    if (!readBackConfirmed && !refused) {
      throw Transitions.missingPrerequisite("read-back confirmation, nor the applicant's reasons for refusing it", "noReadBack");
    }
    interviewRecordFinalised = true;
    move(next, Happened.INTERVIEW_RECORD_FINALISED, on, actor,
        readBackConfirmed ? "read back and confirmed" : "confirmation refused: " + refusalReasons.strip());
  }

  public void recordNoShow(CaseActor actor, UUID interview, ActDate on) {
    ClaimState next = begin(actor, Command.RECORD_NO_SHOW, on);
    requireScheduled(interview);
    markInterview(interview, Interview.Status.MISSED);
    missedAppointment = on.actedOn();
    abandonmentClockFrom = on.clockStart();
    contactAttempts = 0; // PS §9.1: only attempts after the missed appointment count towards abandonment
    move(next, Happened.APPOINTMENT_MISSED, on, actor, "");
  }

  /**
   * Any attempt to reach the applicant, kept in the history. Only one made on or after the last
   * missed appointment counts before the file may close as abandoned (PS §9.1).
   */
  public void recordContactAttempt(CaseActor actor, ActDate on, String how) {
    ClaimState next = begin(actor, Command.RECORD_CONTACT_ATTEMPT, on);
    if (missedAppointment != null && !on.actedOn().isBefore(missedAppointment)) {
      contactAttempts++;
    }
    move(next, Happened.CONTACT_ATTEMPTED, on, actor, how);
  }

  public void writeAssessment(CaseActor actor, Assessment written, ActDate on) {
    ClaimState next = begin(actor, Command.WRITE_ASSESSMENT, on);
    if (state == ClaimState.APPEAL_REMITTED) {
      AppealRules.independence(actor.username(), firstInstanceActors).orThrow();
    }
    assessment = written;
    firstInstanceActors.add(actor.username());
    move(next, Happened.ASSESSMENT_WRITTEN, on, actor, "");
  }

  public void draftDecision(CaseActor actor, DecisionDraft drafted, ActDate on) {
    ClaimState next = begin(actor, Command.DRAFT_DECISION, on);
    draft = drafted;
    firstInstanceActors.add(actor.username());
    move(next, Happened.DECISION_DRAFTED, on, actor, drafted.outcome().name());
  }

  public void returnDraft(CaseActor actor, String reason, ActDate on) {
    ClaimState next = begin(actor, Command.RETURN_DRAFT, on);
    firstInstanceActors.add(actor.username());
    move(next, Happened.DRAFT_RETURNED, on, actor, reason);
  }

  /**
   * Signs and notifies the drafted decision after every decision guard of §4 passed; a recognition
   * ends in RECOGNISED, a rejection in REJECTED_NOTIFIED with the appeal clock running from the
   * notification day.
   */
  public void signDecision(CaseActor actor, boolean fromDprkWithIrregularExit, ActDate notified) {
    DecisionDraft drafted = require(draft, "a drafted decision", "noDraft");
    ClaimState target =
        drafted.outcome() == DecisionDraft.Outcome.RECOGNITION ? ClaimState.RECOGNISED : ClaimState.REJECTED_NOTIFIED;
    ClaimState next = begin(actor, Command.SIGN_DECISION, target, notified);
    DecisionContext context =
        new DecisionContext(
            modality, interviewHeld, interviewRecordFinalised, fromDprkWithIrregularExit,
            sensitiveClaimants(), actor.roles().contains(org.sanctuary.access.Role.SUPERVISOR));
    DecisionRules.check(drafted, require(assessment, "an assessment", "noAssessment"), context).orThrow();
    notifiedOn = notified.actedOn();
    appealClockFrom = notified.clockStart();
    firstInstanceActors.add(actor.username());
    move(next, Happened.DECISION_SIGNED, notified, actor, drafted.outcome().name());
  }

  /**
   * Every rule a supervisor's signature would break now, at once, changing nothing: against the
   * draft awaiting signature, before that (and after a draft came back) against the assessment. Empty when nothing stands in the way
   * (or nothing is assessed yet).
   */
  public List<Verdict> unmetBeforeSigning(boolean fromDprkWithIrregularExit) {
    if (assessment == null) {
      return List.of();
    }
    DecisionContext context =
        new DecisionContext(modality, interviewHeld, interviewRecordFinalised, fromDprkWithIrregularExit, sensitiveClaimants(), true);
    return state == ClaimState.DECISION_DRAFTED && draft != null
        ? DecisionRules.unmet(draft, assessment, context)
        : DecisionRules.unmetByTheAssessment(assessment, context);
  }

  /**
   * Decides a dependant's derivative status after the principal's recognition: granted only when
   * DerivativeEligibility allows (no exclusion flag, not a national of the host country).
   */
  public void decideDerivative(
      CaseActor actor, PersonId member, boolean grant, boolean exclusionFlag, List<String> nationalities,
      String hostCountry, ActDate on) {
    ClaimState next = begin(actor, Command.DECIDE_DERIVATIVE, on);
    if (!dependants.contains(member) || derivatives.stream().anyMatch(d -> d.member().equals(member))) {
      throw Transitions.missingPrerequisite("pending derivative decision for " + member, "noPendingDerivative", member.toString());
    }
    if (grant) {
      DerivativeEligibility.check(exclusionFlag, nationalities, hostCountry).orThrow();
    }
    derivatives.add(new DerivativeDecision(member, grant));
    move(next, grant ? Happened.DERIVATIVE_GRANTED : Happened.DERIVATIVE_REFUSED, on, actor, member.toString());
  }

  public List<DerivativeDecision> derivatives() {
    return List.copyOf(derivatives);
  }

  /**
   * Proposes to end a recognised refugee's status, naming the kind, the provision and the reasons
   * (STATUS_ENDING_UNREASONED otherwise). The person stays recognised until it is decided, notified
   * and, if appealed, upheld; the proposer may not decide its appeal.
   */
  public void proposeStatusEnding(
      CaseActor actor, StatusEnding.@Nullable Kind kind, @Nullable String provision, @Nullable String reasons, ActDate on) {
    ClaimState next = begin(actor, Command.PROPOSE_STATUS_ENDING, on);
    StatusEnding.check(kind, provision, reasons).orThrow();
    ending = new StatusEnding(kind, provision.strip(), reasons.strip(), null, null);
    firstInstanceActors.add(actor.username());
    move(next, Happened.STATUS_ENDING_PROPOSED, on, actor, kind + " " + ending.provision());
  }

  /** A supervisor drops the proposal: the person stays recognised. */
  public void dropStatusEnding(CaseActor actor, String reason, ActDate on) {
    ClaimState next = begin(actor, Command.DROP_STATUS_ENDING, on);
    ending = null;
    move(next, Happened.STATUS_ENDING_DROPPED, on, actor, reason);
  }

  /**
   * A supervisor decides to end the status and records its notification: the appeal window runs
   * from the later of the notification and its record, as for a refusal.
   */
  public void decideStatusEnding(CaseActor actor, ActDate notified) {
    ClaimState next = begin(actor, Command.DECIDE_STATUS_ENDING, notified);
    StatusEnding proposed = require(ending, "proposal to end the status", "noEndingProposed");
    ending = proposed.notified(notified.actedOn(), notified.clockStart());
    firstInstanceActors.add(actor.username());
    move(next, Happened.STATUS_ENDING_NOTIFIED, notified, actor, proposed.kind() + " " + proposed.provision());
  }

  /** The proposal or decision to end the status, if any. */
  public @Nullable StatusEnding ending() {
    return ending;
  }

  /** Lodges an appeal; within the grace period it is accepted and marked late (PS §7.2). */
  public void lodgeAppeal(CaseActor actor, UUID appealId, ActDate on) {
    ClaimState next = begin(actor, Command.LODGE_APPEAL, on);
    LocalDate clockFrom = require(state == ClaimState.STATUS_ENDING_NOTIFIED ? ending.clockFrom() : appealClockFrom(), "a notified decision", "noNotifiedDecision");
    AppealRules.inTime(clockFrom, on.actedOn(), profile).orThrow();
    boolean late = AppealRules.timeliness(clockFrom, on.actedOn(), profile) == AppealRules.Timeliness.LATE_WITHIN_GRACE;
    Appeal.Against against = state == ClaimState.STATUS_ENDING_NOTIFIED ? Appeal.Against.STATUS_ENDING : Appeal.Against.REFUSAL;
    appeals.add(new Appeal(appealId, against, on.actedOn(), late, null, null, null, null));
    move(next, Happened.APPEAL_LODGED, on, actor, late ? "late: decide on flexibility" : "in time");
  }

  public void assignAppeal(CaseActor actor, UUID appealId, String assignee, ActDate on) {
    ClaimState next = begin(actor, Command.ASSIGN_APPEAL, on);
    Appeal pending = requireAppeal(appealId);
    AppealRules.independence(assignee, firstInstanceActors).orThrow();
    appeals.set(appeals.size() - 1, pending.assigned(assignee));
    move(next, Happened.APPEAL_ASSIGNED, on, actor, assignee);
  }

  public void decideAppeal(CaseActor actor, UUID appealId, AppealOutcome outcome, String reasons, ActDate on) {
    Appeal pending = requireAppeal(appealId);
    boolean againstEnding = pending.against() == Appeal.Against.STATUS_ENDING;
    ClaimState target =
        switch (outcome) {
          case ALLOWED -> ClaimState.RECOGNISED;
          case REMITTED -> againstEnding ? ClaimState.STATUS_ENDING_PROPOSED : ClaimState.APPEAL_REMITTED;
          case DISMISSED -> againstEnding ? ClaimState.STATUS_ENDED : ClaimState.FINAL_NEGATIVE;
        };
    ClaimState next = begin(actor, Command.DECIDE_APPEAL, target, on);
    // The assignment already refused first-instance actors; the decider must be that assignee.
    if (!actor.username().equals(pending.assignee())) {
      AppealRules.independence(actor.username(), firstInstanceActors).orThrow();
    }
    if (againstEnding && outcome == AppealOutcome.ALLOWED) {
      ending = null;
    } else if (againstEnding && outcome == AppealOutcome.REMITTED) {
      ending = new StatusEnding(ending.kind(), ending.provision(), ending.reasons(), null, null);
    }
    appeals.set(appeals.size() - 1, pending.decided(outcome, reasons, on.actedOn()));
    move(next, Happened.APPEAL_DECIDED, on, actor, outcome + ": " + reasons);
  }

  /** Run by the daily job: a rejection becomes final once the appeal window and its grace have passed. */
  public boolean lapseIfDue(LocalDate today) {
    LocalDate clockFrom = clockOfTheOpenWindow();
    if ((state != ClaimState.REJECTED_NOTIFIED && state != ClaimState.STATUS_ENDING_NOTIFIED) || clockFrom == null
        || !today.isAfter(profile.endOfGrace(clockFrom))) {
      return false;
    }
    move(Transitions.next(state, Command.LAPSE), Happened.APPEAL_WINDOW_LAPSED, ActDate.on(today), null, "");
    return true;
  }

  /**
   * The day the appeal clock runs from for the decision last notified: the ending of status once one
   * was notified, otherwise the first-instance decision.
   */
  private @Nullable LocalDate clockOfTheOpenWindow() {
    return ending != null && ending.clockFrom() != null ? ending.clockFrom() : appealClockFrom();
  }

  public void withdraw(CaseActor actor, boolean childAlone, boolean guardianPresent, ActDate on) {
    ClaimState next = begin(actor, Command.WITHDRAW, on);
    if (ending != null) {
      throw Transitions.missingPrerequisite("claim to withdraw: the status is being ended; the appeal against it may be decided or lapse",
          "noClaimToWithdraw");
    }
    Guardianship.required(childAlone, guardianPresent, "to withdraw the claim").orThrow();
    move(next, Happened.CLAIM_WITHDRAWN, on, actor, "");
  }

  public void closeAbandoned(CaseActor actor, LocalDate today) {
    ActDate on = ActDate.on(today);
    ClaimState next = begin(actor, Command.CLOSE_ABANDONED, on);
    AbandonmentClosure.check(abandonmentClockFrom(), contactAttempts, today, profile).orThrow();
    move(next, Happened.CLOSED_AS_ABANDONED, on, actor, "");
  }

  /**
   * A mission refers the claim to a determination office: the case moves there with its whole
   * history and state, and every step of the determination becomes possible.
   */
  public void refer(CaseActor actor, OfficeId to, String toName, String reason, ActDate on) {
    ClaimState next = begin(actor, Command.REFER, on);
    if (!atMission) {
      throw Transitions.missingPrerequisite("mission holding the claim: a determination office decides the claims it holds",
          "notAtAMission");
    }
    office = to;
    atMission = false;
    move(next, Happened.REFERRED, on, actor, toName + ": " + reason);
  }

  public void reopen(CaseActor actor, String reason, ActDate on) {
    ClaimState next = begin(actor, Command.REOPEN, on);
    move(next, Happened.REOPENED, on, actor, reason);
  }

  public void hold(CaseActor actor, String reason, ActDate on) {
    ClaimState next = begin(actor, Command.HOLD, on);
    heldFrom = state;
    move(next, Happened.PUT_ON_HOLD, on, actor, reason);
  }

  public void resume(CaseActor actor, ActDate on) {
    ClaimState resumed = require(heldFrom, "a state to return to", "nothingToResume");
    ClaimState next = begin(actor, Command.RESUME, resumed, on);
    heldFrom = null;
    move(next, Happened.RESUMED, on, actor, "");
  }

  /**
   * The non-refoulement lock's answer for this case: may the person be removed, returned, handed over
   * or transferred today? The caller records the request and the answer whatever it is.
   */
  public Verdict mayBeRemoved(boolean riskAssessmentAttached, LocalDate today) {
    LocalDate graceEnds = clockOfTheOpenWindow() == null ? null : profile.endOfGrace(clockOfTheOpenWindow());
    boolean appealOrReopening = state == ClaimState.APPEAL_LODGED || state == ClaimState.APPEAL_UNDER_CONSIDERATION
        || state == ClaimState.REOPENED;
    return NonRefoulementLock.check(new RemovalRequest(state, graceEnds, appealOrReopening, riskAssessmentAttached, today));
  }

  /**
   * The deadline the case runs against now (procedure.md §5): the appeal window while a rejection is
   * notified, the interview target from registration, the decision target from the interview; none
   * once decided or closed. Priority cases get the shorter targets.
   */
  public @Nullable LocalDate nextDeadline(boolean priority) {
    return switch (state) {
      case REJECTED_NOTIFIED, STATUS_ENDING_NOTIFIED -> clockOfTheOpenWindow() == null ? null : profile.endOfGrace(clockOfTheOpenWindow());
      case REGISTERED, INFO_PROVIDED, INTERVIEW_SCHEDULED ->
          dayOf(Happened.REGISTERED) == null ? null : profile.interviewTarget(dayOf(Happened.REGISTERED), priority);
      case INTERVIEWED, ASSESSMENT_IN_PROGRESS, DECISION_DRAFTED ->
          dayOf(Happened.INTERVIEW_RECORDED) == null ? null : profile.decisionTarget(dayOf(Happened.INTERVIEW_RECORDED), priority);
      default -> null;
    };
  }

  /**
   * Who has the case in hand now: the interviewer booked, from the booking to the draft; the appeal
   * officer while the appeal is considered; nobody otherwise.
   */
  public @Nullable String assignee() {
    return switch (state) {
      case APPEAL_UNDER_CONSIDERATION -> appeals.isEmpty() ? null : appeals.get(appeals.size() - 1).assignee();
      case INTERVIEW_SCHEDULED, INTERVIEWED, ASSESSMENT_IN_PROGRESS, DECISION_DRAFTED -> lastDetailOf(Happened.INTERVIEW_SCHEDULED);
      default -> null;
    };
  }

  private @Nullable String lastDetailOf(Happened what) {
    for (int i = history.size() - 1; i >= 0; i--) {
      if (history.get(i).what() == what) {
        return history.get(i).detail();
      }
    }
    return null;
  }

  /** The day of the last event of that name, if it happened. */
  private @Nullable LocalDate dayOf(Happened what) {
    for (int i = history.size() - 1; i >= 0; i--) {
      if (history.get(i).what() == what) {
        return history.get(i).on();
      }
    }
    return null;
  }

  /** The commands the actor may give now: allowed by role and by state (guards are checked on giving). */
  public Set<Command> commandsFor(CaseActor actor) {
    Set<Command> commands = EnumSet.noneOf(Command.class);
    for (Command command : Command.values()) {
      boolean possibleNow =
          switch (command) {
            case RESUME -> heldFrom != null && state == ClaimState.ON_HOLD;
            case FINALISE_INTERVIEW_RECORD -> Transitions.allows(state, command) && interviewHeld && !interviewRecordFinalised;
            case REFER -> Transitions.allows(state, command) && atMission;
            case LODGE_INDEPENDENT_CLAIM -> !dependantsWithoutClaimOfTheirOwn().isEmpty();
            case DECIDE_DERIVATIVE -> Transitions.allows(state, command) && derivatives.size() < dependants.size();
            default -> Transitions.allows(state, command);
          };
      if (possibleNow && CommandPermission.check(command, actor.roles()).allowed()
          && MissionIntake.check(command, atMission).allowed()) {
        commands.add(command);
      }
    }
    return commands;
  }

  private ClaimState begin(CaseActor actor, Command command, ActDate on) {
    CommandPermission.check(command, actor.roles()).orThrow();
    ClaimState next = Transitions.next(state, command);
    MissionIntake.check(command, atMission).orThrow();
    ActOrder.check(command, on, precedingAct(command)).orThrow();
    return next;
  }

  private ClaimState begin(CaseActor actor, Command command, ClaimState chosen, ActDate on) {
    CommandPermission.check(command, actor.roles()).orThrow();
    ClaimState next = Transitions.next(state, command, chosen);
    MissionIntake.check(command, atMission).orThrow();
    ActOrder.check(command, on, precedingAct(command)).orThrow();
    return next;
  }

  /**
   * The act a command follows: the opening of the case for a contact attempt (a side record, which
   * may be recorded late between other acts), otherwise the latest act on the claim's path.
   */
  private @Nullable CaseEvent precedingAct(Command command) {
    if (history.isEmpty()) {
      return null;
    }
    if (command == Command.RECORD_CONTACT_ATTEMPT) {
      return history.get(0);
    }
    CaseEvent latest = null;
    for (CaseEvent event : history) {
      boolean sideRecord = event.what().sideRecord();
      if (!sideRecord && (latest == null || event.on().isAfter(latest.on()))) {
        latest = event;
      }
    }
    return latest;
  }

  private void move(ClaimState next, Happened what, ActDate on, @Nullable CaseActor actor, String detail) {
    state = next;
    history.add(new CaseEvent(what, on, actor == null ? "system" : actor.username(), next, detail));
  }

  /** The day the appeal clock runs from: the later of notification and its record. */
  private @Nullable LocalDate appealClockFrom() {
    return appealClockFrom != null ? appealClockFrom : notifiedOn;
  }

  /** The day the abandonment period runs from: the later of the missed appointment and its record. */
  private @Nullable LocalDate abandonmentClockFrom() {
    return abandonmentClockFrom != null ? abandonmentClockFrom : missedAppointment;
  }

  /** The appeal pending under that id: the latest, not yet decided. */
  private Appeal requireAppeal(UUID appealId) {
    Appeal latest = appeals.isEmpty() ? null : appeals.get(appeals.size() - 1);
    if (latest == null || !latest.id().equals(appealId) || latest.outcome() != null) {
      throw Transitions.missingPrerequisite("appeal " + appealId, "noAppeal", appealId.toString());
    }
    return latest;
  }

  /** Every appeal of the case, oldest first. */
  public List<Appeal> appeals() {
    return List.copyOf(appeals);
  }

  /** The latest appeal, if any. */
  public @Nullable Appeal latestAppeal() {
    return appeals.isEmpty() ? null : appeals.get(appeals.size() - 1);
  }

  private void requireScheduled(UUID interview) {
    if (!interview.equals(scheduledInterview)) {
      throw Transitions.missingPrerequisite("scheduled interview " + interview, "noScheduledInterview", interview.toString());
    }
  }

  /** The interview booked now, if any. */
  public @Nullable UUID scheduledInterview() {
    return scheduledInterview;
  }

  private static <T> T require(@Nullable T value, String what, String wording) {
    if (value == null) {
      throw Transitions.missingPrerequisite(what, wording);
    }
    return value;
  }

  public CaseId id() {
    return id;
  }

  public OfficeId office() {
    return office;
  }

  /** Whether a diplomatic mission holds the claim (intake, custody and referral only). */
  public boolean atMission() {
    return atMission;
  }

  public String fileNumber() {
    return fileNumber;
  }

  public PersonId principal() {
    return principal;
  }

  public Set<PersonId> dependants() {
    return dependants;
  }

  public Modality modality() {
    return modality;
  }

  /**
   * Everything the case holds, as plain values, for storage; {@link #restore} rebuilds the same case.
   */
  public record Snapshot(
      int schemaVersion,
      CaseId id,
      OfficeId office,
      String fileNumber,
      PersonId principal,
      Set<PersonId> dependants,
      Channel channel,
      Modality modality,
      JurisdictionProfile profile,
      @Nullable CaseId linkedTo,
      ClaimState state,
      @Nullable ClaimState heldFrom,
      @Nullable String informationLanguage,
      @Nullable UUID scheduledInterview,
      boolean interviewHeld,
      boolean interviewRecordFinalised,
      @Nullable LocalDate missedAppointment,
      int contactAttempts,
      @Nullable Assessment assessment,
      @Nullable DecisionDraft draft,
      @Nullable LocalDate notifiedOn,
      @Nullable LocalDate appealClockFrom,
      @Nullable LocalDate abandonmentClockFrom,
      Set<String> firstInstanceActors,
      List<DerivativeDecision> derivatives,
      @Nullable List<IndependentClaim> independentClaims,
      List<CaseEvent> history,
      @Nullable List<Interview> interviews,
      @Nullable Boolean atMission,
      @Nullable StatusEnding ending,
      @Nullable List<Appeal> appeals) {

    /**
     * The shape written today. 1: before it was numbered (the draft carried a typed appeal deadline;
     * events had no recording day). 2: deadlines computed, recording days and clock starts kept.
     * 3: appeals are records of their own (they were three fields of the case).
     */
    public static final int VERSION = 3;
  }

  public Snapshot snapshot() {
    return new Snapshot(
        Snapshot.VERSION, id, office, fileNumber, principal, dependants, channel, modality, profile, linkedTo, state, heldFrom,
        informationLanguage, scheduledInterview, interviewHeld, interviewRecordFinalised, missedAppointment, contactAttempts,
        assessment, draft, notifiedOn, appealClockFrom, abandonmentClockFrom, Set.copyOf(firstInstanceActors),
        List.copyOf(derivatives), List.copyOf(independentClaims), List.copyOf(history), List.copyOf(interviews), atMission, ending, List.copyOf(appeals));
  }

  public static Case restore(Snapshot s) {
    Case restored =
        new Case(s.id(), s.office(), s.fileNumber(), s.principal(), s.dependants(), s.channel(), s.modality(), s.profile(),
            s.linkedTo());
    restored.state = s.state();
    restored.heldFrom = s.heldFrom();
    restored.informationLanguage = s.informationLanguage();
    restored.scheduledInterview = s.scheduledInterview();
    restored.interviewHeld = s.interviewHeld();
    restored.interviewRecordFinalised = s.interviewRecordFinalised();
    restored.missedAppointment = s.missedAppointment();
    restored.contactAttempts = s.contactAttempts();
    restored.assessment = s.assessment();
    restored.draft = s.draft();
    restored.notifiedOn = s.notifiedOn();
    restored.appealClockFrom = s.appealClockFrom();
    restored.abandonmentClockFrom = s.abandonmentClockFrom();
    restored.firstInstanceActors.addAll(s.firstInstanceActors());
    restored.derivatives.addAll(s.derivatives());
    if (s.independentClaims() != null) {
      restored.independentClaims.addAll(s.independentClaims());
    }
    restored.history.addAll(s.history());
    if (s.interviews() != null) {
      restored.interviews.addAll(s.interviews());
    }
    restored.atMission = Boolean.TRUE.equals(s.atMission());
    restored.ending = s.ending();
    if (s.appeals() != null) {
      restored.appeals.addAll(s.appeals());
    }
    return restored;
  }

  /** The family's case this case was lodged from, if it is a dependant's independent claim. */
  public @Nullable CaseId linkedTo() {
    return linkedTo;
  }

  public List<IndependentClaim> independentClaims() {
    return List.copyOf(independentClaims);
  }

  public Channel channel() {
    return channel;
  }

  public ClaimState state() {
    return state;
  }

  /** Whether the latest appeal was lodged after the deadline, within the grace. */
  public boolean appealLate() {
    return latestAppeal() != null && latestAppeal().late();
  }

  /** The day by which a notified rejection, or a notified ending of status, may be appealed; none for a recognition. */
  public @Nullable LocalDate appealDeadline() {
    if (ending != null && ending.clockFrom() != null) {
      return profile.appealDeadline(ending.clockFrom());
    }
    return notifiedOn == null || draft == null || draft.outcome() != DecisionDraft.Outcome.REJECTION
        ? null
        : profile.appealDeadline(appealClockFrom());
  }

  public Set<String> firstInstanceActors() {
    return Set.copyOf(firstInstanceActors);
  }

  public List<CaseEvent> history() {
    return List.copyOf(history);
  }
}
