package org.sanctuary.procedure;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sanctuary.access.AccessPolicy;
import org.sanctuary.access.Permission;
import org.sanctuary.access.Role;
import org.sanctuary.audit.AuditRecord;
import org.sanctuary.audit.AuditTrail;
import org.sanctuary.registry.PersonDirectory;
import org.sanctuary.registry.PersonId;
import org.sanctuary.registry.SpecificNeed;
import org.sanctuary.shared.FieldProblem;
import org.sanctuary.shared.NotFound;
import org.sanctuary.shared.PageRequest;
import org.sanctuary.shared.ResultPage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case file as a whole, for the API and the pages alike: reading it (audited), the work queues,
 * a person's claims, and what happens to the file outside the steps of the determination: the
 * applicant's withdrawal, closure as abandoned, hold and resumption, reopening. The steps themselves
 * belong to {@link Intake}, {@link Interviews}, {@link Decisions}, {@link Appeals} and
 * {@link StatusEndings}, which all run through one {@link CaseRunner}.
 */
@Service
public class Casework {

  static final String SUBJECT = CaseRunner.SUBJECT;

  private final CaseRunner runner;
  private final Cases cases;
  private final AccessPolicy access;
  private final PersonDirectory persons;
  private final AuditTrail audit;

  @Autowired
  Casework(CaseRunner runner, Cases cases, AccessPolicy access, PersonDirectory persons, AuditTrail audit) {
    this.runner = runner;
    this.cases = cases;
    this.access = access;
    this.persons = persons;
    this.audit = audit;
  }

  /** The same service with another today (see {@link CaseRunner#asOf}). */
  public Casework asOf(LocalDate today) {
    return new Casework(runner.asOf(today), cases, access, persons, audit);
  }

  /**
   * When the caller says an act was done: a day, by default today, never in the future; a day before
   * today is a late record of something done on paper and says why ({@link ActDate}).
   */
  public record When(@Nullable LocalDate on, @Nullable String lateReason) {
    public static final When TODAY = new When(null, null);
  }

  /** The applicant withdraws; a child alone only with their guardian present (NO_GUARDIAN). */
  public record Withdraw(@Nullable Long version, @Nullable Boolean guardianPresent, @Nullable LocalDate on, @Nullable String lateReason)
      implements CaseStep {}

  /** Closure as abandoned, on the day it is recorded: six weeks after a missed appointment and a contact attempt. */
  public record CloseAbandoned(@Nullable Long version) implements CaseStep {
    @Override
    public @Nullable LocalDate on() {
      return null;
    }

    @Override
    public @Nullable String lateReason() {
      return null;
    }
  }

  /** A closed or final case opened again, with why. */
  public record Reopen(@Nullable Long version, @Nullable String reason, @Nullable LocalDate on, @Nullable String lateReason)
      implements CaseStep {
    @Override
    public List<FieldProblem> problems() {
      return new Problems().text("reason", reason, "is required, 1 to 1000 characters").list();
    }
  }

  /** The case put on hold, with why. */
  public record Hold(@Nullable Long version, @Nullable String reason, @Nullable LocalDate on, @Nullable String lateReason)
      implements CaseStep {
    @Override
    public List<FieldProblem> problems() {
      return new Problems().text("reason", reason, "is required, 1 to 1000 characters").list();
    }
  }

  public record Resume(@Nullable Long version, @Nullable LocalDate on, @Nullable String lateReason) implements CaseStep {}

  @Transactional
  public CaseView read(CaseId id) {
    Cases.Stored stored = cases.find(id, access.scope(Permission.CASE_READ)).orElseThrow(() -> new NotFound("case"));
    audit.record(AuditRecord.success("CASE_READ", SUBJECT, id, stored.claim().office().value()));
    return runner.view(stored, runner.actor(stored.claim().office()));
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
                overdueOnly ? runner.today() : null),
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

  /**
   * How many cases of the caller's offices are in a state where the caller has the next step (the
   * queue "mine"), counted up to one past {@link ResultPage#COUNT_LIMIT}. A number only: no case is read.
   */
  @Transactional(readOnly = true)
  public long awaitingCallerCount() {
    return cases.count(access.scope(Permission.CASE_READ), awaitingCaller());
  }

  /** The states in which the caller, with their roles in any of their offices, has the next step to take. */
  public Set<ClaimState> awaitingCaller() {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    access.actor().roles().values().forEach(roles::addAll);
    return Command.awaiting(roles);
  }

  /** The applicant withdraws; a child alone only with their guardian present (NO_GUARDIAN). */
  @Transactional
  public CaseView withdraw(CaseId id, Withdraw step) {
    ActDate day = runner.checked(step);
    boolean childAlone = persons.read(runner.load(id).claim().principal()).needs().stream()
        .anyMatch(n -> n.need() == SpecificNeed.UNACCOMPANIED_CHILD || n.need() == SpecificNeed.SEPARATED_CHILD);
    boolean guardianPresent = Boolean.TRUE.equals(step.guardianPresent());
    return runner.run(id, step, "CLAIM_WITHDRAWN", (claim, actor) -> claim.withdraw(actor, childAlone, guardianPresent, day));
  }

  @Transactional
  public CaseView closeAbandoned(CaseId id, CloseAbandoned step) {
    runner.checked(step);
    LocalDate today = runner.today();
    return runner.run(id, step, "CLOSED_ABANDONED", (claim, actor) -> claim.closeAbandoned(actor, today));
  }

  @Transactional
  public CaseView reopen(CaseId id, Reopen step) {
    ActDate day = runner.checked(step);
    String reason = step.reason().strip();
    return runner.run(id, step, "REOPENED", (claim, actor) -> claim.reopen(actor, reason, day));
  }

  @Transactional
  public CaseView hold(CaseId id, Hold step) {
    ActDate day = runner.checked(step);
    String reason = step.reason().strip();
    return runner.run(id, step, "PUT_ON_HOLD", (claim, actor) -> claim.hold(actor, reason, day));
  }

  @Transactional
  public CaseView resume(CaseId id, Resume step) {
    ActDate day = runner.checked(step);
    return runner.run(id, step, "RESUMED", (claim, actor) -> claim.resume(actor, day));
  }
}
