package org.sanctuary.procedure;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.sanctuary.access.Role;
import org.sanctuary.access.UserAccounts;
import org.sanctuary.alerts.Alerts;
import org.sanctuary.shared.FieldProblem;
import org.sanctuary.shared.ValidationFailed;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The independent appeal (procedure.md §2, §4): lodged within the time limit or the grace, assigned
 * to an appeal officer who took no part at first instance, and decided with reasons.
 */
@Service
public class Appeals {

  private final CaseRunner runner;
  private final UserAccounts users;
  private final Alerts alerts;

  @Autowired
  Appeals(CaseRunner runner, UserAccounts users, Alerts alerts) {
    this.runner = runner;
    this.users = users;
    this.alerts = alerts;
  }

  /** The same capability with another today (see {@link CaseRunner#asOf}). */
  public Appeals asOf(LocalDate today) {
    return new Appeals(runner.asOf(today), users, alerts);
  }

  public record LodgeAppeal(@Nullable Long version, @Nullable LocalDate on, @Nullable String lateReason) implements CaseStep {}

  /** The appeal officer who is to decide. */
  public record AssignAppeal(@Nullable Long version, @Nullable String assignee, @Nullable LocalDate on, @Nullable String lateReason)
      implements CaseStep {
    @Override
    public List<FieldProblem> problems() {
      return new Problems().when(assignee == null || assignee.isBlank(), "assignee", "must be an appeal officer of this office").list();
    }
  }

  /** The appeal's outcome, with its reasons. */
  public record DecideAppeal(
      @Nullable Long version, Case.@Nullable AppealOutcome outcome, @Nullable String reasons, @Nullable LocalDate on,
      @Nullable String lateReason) implements CaseStep {
    @Override
    public List<FieldProblem> problems() {
      return new Problems()
          .required("outcome", outcome, "is required: ALLOWED, REMITTED or DISMISSED")
          .when(reasons == null || reasons.isBlank(), "reasons", "an appeal decision gives its reasons")
          .list();
    }
  }

  /** Lodges an appeal; a late one within the grace is accepted and the supervisors are alerted to decide on flexibility. */
  @Transactional
  public UUID lodge(CaseId id, LodgeAppeal step) {
    ActDate day = runner.checked(step);
    UUID appeal = UUID.randomUUID();
    CaseView lodged = runner.run(id, step, "APPEAL_LODGED", (claim, actor) -> claim.lodgeAppeal(actor, appeal, day));
    if (lodged.appealLate()) {
      alerts.raise(lodged.office(), Alerts.Kind.LATE_APPEAL, CaseRunner.SUBJECT, id.value(),
          lodged.fileNumber() + ": appeal lodged after the deadline, within the grace — decide on flexibility.",
          List.of(lodged.fileNumber()));
    }
    return appeal;
  }

  @Transactional
  public CaseView assign(CaseId id, UUID appeal, AssignAppeal step) {
    ActDate day = runner.checked(step);
    String assignee = step.assignee().strip();
    if (!users.holds(assignee, Role.APPEAL_OFFICER, runner.load(id).claim().office())) {
      throw ValidationFailed.of("assignee", "must be an appeal officer of this office");
    }
    return runner.run(id, step, "APPEAL_ASSIGNED", (claim, actor) -> claim.assignAppeal(actor, appeal, assignee, day));
  }

  @Transactional
  public CaseView decide(CaseId id, UUID appeal, DecideAppeal step) {
    ActDate day = runner.checked(step);
    String reasons = step.reasons().strip();
    return runner.run(id, step, "APPEAL_DECIDED", (claim, actor) -> claim.decideAppeal(actor, appeal, step.outcome(), reasons, day));
  }
}
