package org.sanctuary.procedure;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sanctuary.access.AccessPolicy;
import org.sanctuary.access.Actor;
import org.sanctuary.access.OfficeId;
import org.sanctuary.access.Permission;
import org.sanctuary.access.Role;
import org.sanctuary.audit.AuditRecord;
import org.sanctuary.audit.AuditTrail;
import org.sanctuary.procedure.disclosure.ProhibitedRecipients;
import org.sanctuary.procedure.disclosure.RecipientType;
import org.sanctuary.registry.PersonDirectory;
import org.sanctuary.shared.FieldProblem;
import org.sanctuary.shared.NotFound;
import org.sanctuary.shared.StaleVersion;
import org.sanctuary.shared.ValidationFailed;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * How every command on one case runs, whichever capability gives it: check the input's form, load
 * the case within the caller's offices, hand the command to the case with the caller's roles in its
 * office, save it against the version the caller read, and audit the outcome. A refusal is audited
 * in its own transaction and changes nothing.
 */
@Component
class CaseRunner {

  static final String SUBJECT = "CASE";

  private final Cases cases;
  private final AccessPolicy access;
  private final PersonDirectory persons;
  private final AuditTrail audit;
  private final Clock clock;

  @Autowired
  CaseRunner(Cases cases, AccessPolicy access, PersonDirectory persons, AuditTrail audit, Clock clock) {
    this.cases = cases;
    this.access = access;
    this.persons = persons;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * The same runner with another today: for loading records kept elsewhere, each recorded on its own
   * day (the demonstration data walks its cases this way, so that their clocks are live). The services
   * built on it are not beans: their commands run in the caller's transaction, which the caller opens
   * (without one, each statement commits alone, and two intents at once can draw the same file number).
   */
  CaseRunner asOf(LocalDate today) {
    return new CaseRunner(cases, access, persons, audit,
        Clock.fixed(today.atStartOfDay(clock.getZone()).toInstant(), clock.getZone()));
  }

  /** A command on a loaded case, given by an actor with their roles in its office. */
  @FunctionalInterface
  interface CaseCommand {
    void apply(Case claim, CaseActor actor);
  }

  /**
   * The step's dates once its form is right: the version is required, every problem of the record
   * is reported at once, and nothing is loaded before.
   */
  ActDate checked(CaseStep step) {
    List<FieldProblem> problems = new ArrayList<>();
    if (step.version() == null) {
      problems.add(new FieldProblem("version", "is required: send the version you read"));
    }
    problems.addAll(step.problems());
    if (!problems.isEmpty()) {
      throw new ValidationFailed(problems);
    }
    try {
      return dated(step.when());
    } catch (ValidationFailed wrongDay) {
      // Named as the record names its day, so that a form shows the problem beside the field.
      throw new ValidationFailed(wrongDay.problems().stream()
          .map(p -> p.field().equals("on") ? new FieldProblem(step.dayField(), p.message()) : p).toList());
    }
  }

  /** One step of the procedure on one case: no command decides more than one case. */
  CaseView run(CaseId id, CaseStep step, String action, CaseCommand command) {
    long version = step.version() == null ? -1 : step.version();
    Actor actor = access.actor();
    Cases.Stored stored = load(id);
    Case claim = stored.claim();
    CaseActor caseActor = caseActor(actor, claim.office());
    try {
      command.apply(claim, caseActor);
    } catch (Refusal refused) {
      refused(action, id, claim.office(), refused.code().name());
      throw refused;
    }
    if (stored.version() != version || !cases.update(claim, version, stored.priority(), clock.instant())) {
      refused(action, id, claim.office(), "STALE_VERSION");
      throw new StaleVersion("case", version);
    }
    audit.record(actedOn(AuditRecord.success(action, SUBJECT, id, claim.office().value()), claim));
    return view(new Cases.Stored(claim, version + 1, stored.priority()), caseActor);
  }

  /** A case the caller may work on, in one of their offices. */
  Cases.Stored load(CaseId id) {
    return cases.find(id, access.scope(Permission.CASE_WORK)).orElseThrow(() -> new NotFound("case"));
  }

  /** Records a refusal in the trail, in its own transaction. */
  void refused(String action, @Nullable CaseId id, OfficeId office, String code) {
    audit.recordRefusal(AuditRecord.refused(action, SUBJECT, id, office.value(), code));
  }

  /** Records a success that is not a step of the case itself (a new case, an exception made). */
  void succeeded(AuditRecord record) {
    audit.record(record);
  }

  /**
   * The case a decision is about to be notified on, once the recipient is allowed: nothing about an
   * applicant goes to a prohibited recipient (the refusal is audited under the action).
   */
  Cases.Stored notifiable(CaseId id, RecipientType recipient, String action) {
    Cases.Stored stored = load(id);
    Verdict recipientAllowed = ProhibitedRecipients.check(recipient);
    if (!recipientAllowed.allowed()) {
      refused(action, id, stored.claim().office(), recipientAllowed.refusal().name());
      recipientAllowed.orThrow();
    }
    return stored;
  }

  /** The audit record of the case's latest act, with the day it was done when it is recorded late. */
  static AuditRecord actedOn(AuditRecord record, Case claim) {
    List<CaseEvent> history = claim.history();
    CaseEvent latest = history.get(history.size() - 1);
    return latest.late() ? record.actedOn(latest.on()) : record;
  }

  /** The caller with their roles in an office. */
  CaseActor actor(OfficeId office) {
    return caseActor(access.actor(), office);
  }

  static CaseActor caseActor(Actor actor, OfficeId office) {
    Set<Role> roles = actor.roles().getOrDefault(office, EnumSet.noneOf(Role.class));
    return new CaseActor(actor.username(), roles);
  }

  CaseView view(Cases.Stored stored, CaseActor actor) {
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

  /** The act's dates: done on the day the caller says, recorded today. */
  ActDate dated(Casework.When when) {
    LocalDate today = today();
    return new ActDate(when.on() == null ? today : when.on(), today, when.lateReason());
  }

  LocalDate today() {
    return LocalDate.now(clock);
  }

  Instant now() {
    return clock.instant();
  }
}
