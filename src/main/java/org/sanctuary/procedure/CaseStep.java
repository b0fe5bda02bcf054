package org.sanctuary.procedure;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sanctuary.shared.FieldProblem;

/**
 * What one command on an existing case takes, as the caller sent it, whether over the API (JSON) or
 * from the command's form on the case page: the version the caller read, the day the act was done
 * (default today) with the reason for a late record, and the command's own fields. Each record
 * checks its own form ({@link #problems()}); the capability that runs it checks what needs the case.
 */
public sealed interface CaseStep
    permits Intake.Register, Intake.ProvideInformation, Intake.LodgeIndependentClaim, Intake.Refer,
        Interviews.ScheduleInterview, Interviews.RecordInterview, Interviews.FinaliseInterviewRecord,
        Interviews.RecordNoShow, Interviews.RecordContactAttempt,
        Decisions.WriteAssessment, Decisions.DraftDecision, Decisions.ReturnDraft, Decisions.SignDecision,
        Decisions.DecideDerivative,
        Appeals.LodgeAppeal, Appeals.AssignAppeal, Appeals.DecideAppeal,
        StatusEndings.ProposeStatusEnding, StatusEndings.DropStatusEnding, StatusEndings.DecideStatusEnding,
        Casework.Withdraw, Casework.CloseAbandoned, Casework.Reopen, Casework.Hold, Casework.Resume {

  /** The version of the case the caller read: the command is refused if it changed meanwhile. */
  @Nullable Long version();

  /** The day the act was done; none means today. */
  @Nullable LocalDate on();

  /** Why a day before today is recorded only now. */
  @Nullable String lateReason();

  /** The name the day of the act has in this record: {@code notifiedOn} for a notification. */
  default String dayField() {
    return "on";
  }

  /** What is wrong with the input itself, field by field; empty when its form is right. */
  default List<FieldProblem> problems() {
    return List.of();
  }

  /** When the caller says the act was done. */
  default Casework.When when() {
    return new Casework.When(on(), lateReason());
  }
}
