package org.sanctuary.procedure;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sanctuary.procedure.disclosure.RecipientType;
import org.sanctuary.shared.FieldProblem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ending a recognised refugee's status (procedure.md §3): cancellation, cessation (Art 1C) or
 * revocation, proposed with the provision and reasons, dropped, or decided and notified; appealable
 * with the same clocks and independence as a first-instance decision.
 */
@Service
public class StatusEndings {

  private final CaseRunner runner;

  @Autowired
  private final DecisionLetters letters;

  StatusEndings(CaseRunner runner, DecisionLetters letters) {
    this.runner = runner;
    this.letters = letters;
  }

  /** The same capability with another today (see {@link CaseRunner#asOf}). */
  public StatusEndings asOf(LocalDate today) {
    return new StatusEndings(runner.asOf(today), letters);
  }

  /** The kind of ending, the provision relied on and the reasons (checked by {@link StatusEnding#check}). */
  public record ProposeStatusEnding(
      @Nullable Long version, StatusEnding.@Nullable Kind kind, @Nullable String provision, @Nullable String reasons,
      @Nullable LocalDate on, @Nullable String lateReason) implements CaseStep {}

  /** The proposal is dropped, with why; the person stays recognised. */
  public record DropStatusEnding(@Nullable Long version, @Nullable String reason, @Nullable LocalDate on, @Nullable String lateReason)
      implements CaseStep {
    @Override
    public List<FieldProblem> problems() {
      return new Problems().text("reason", reason, "is required, 1 to 1000 characters").list();
    }
  }

  /** The decision to end the status, with the day and the recipient of its notification. */
  public record DecideStatusEnding(
      @Nullable Long version, @Nullable RecipientType recipient, @Nullable LocalDate notifiedOn, @Nullable String lateReason)
      implements CaseStep {
    @Override
    public @Nullable LocalDate on() {
      return notifiedOn;
    }

    @Override
    public String dayField() {
      return "notifiedOn";
    }

    @Override
    public List<FieldProblem> problems() {
      return new Problems().required("recipient", recipient, "say to whom the decision is notified").list();
    }
  }

  /** Proposes to end a recognised refugee's status: cancellation, cessation or revocation, the provision and reasons. */
  @Transactional
  public CaseView propose(CaseId id, ProposeStatusEnding step) {
    ActDate day = runner.checked(step);
    return runner.run(id, step, "STATUS_ENDING_PROPOSED",
        (claim, actor) -> claim.proposeStatusEnding(actor, step.kind(), step.provision(), step.reasons(), day));
  }

  /** Drops a proposal to end a status; the person stays recognised. */
  @Transactional
  public CaseView drop(CaseId id, DropStatusEnding step) {
    ActDate day = runner.checked(step);
    String reason = step.reason().strip();
    return runner.run(id, step, "STATUS_ENDING_DROPPED", (claim, actor) -> claim.dropStatusEnding(actor, reason, day));
  }

  /**
   * Decides to end the status and records its notification, never to a prohibited recipient; the
   * appeal window runs from the later of the notification and its record.
   */
  @Transactional
  public CaseView decide(CaseId id, DecideStatusEnding step) {
    ActDate day = runner.checked(step);
    runner.notifiable(id, step.recipient(), "STATUS_ENDING_NOTIFIED");
    CaseView notified = runner.run(id, step, "STATUS_ENDING_NOTIFIED", (claim, actor) -> claim.decideStatusEnding(actor, day));
    letters.issue(notified); // the letter as notified, archived with the case in the same transaction
    return notified;
  }
}
