package org.sanctuary.procedure;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * ACT_BEFORE_PRECEDING_ACT — procedure.md §3: the file tells the procedure in the order it
 * happened. A dated act is never before the act it follows (intent ≤ registration ≤ information ≤
 * scheduling ≤ interview record ≤ assessment ≤ draft ≤ notification; a no-show after the scheduling,
 * an appeal after the notification), so that no date typed can move a clock the applicant relies on.
 */
public final class ActOrder {

  private ActOrder() {}

  /**
   * @param command the act being recorded
   * @param when when it was done
   * @param preceding the act it follows and the day that act was done; none for the first act
   */
  public static Verdict check(Command command, ActDate when, @Nullable CaseEvent preceding) {
    if (preceding != null && when.actedOn().isBefore(preceding.on())) {
      return Verdict.refuse(
          ReasonCode.ACT_BEFORE_PRECEDING_ACT,
          command + " is dated " + when.actedOn() + ", before the act it follows (" + preceding.what() + " on "
              + preceding.on() + ").");
    }
    return Verdict.ALLOWED;
  }

  /** An interview is recorded on or after the day it was booked for, never before. */
  public static Verdict notBeforeTheAppointment(ActDate when, java.time.@Nullable LocalDateTime appointment) {
    if (appointment != null && when.actedOn().isBefore(appointment.toLocalDate())) {
      return Verdict.refuse(
          ReasonCode.ACT_BEFORE_PRECEDING_ACT,
          "The interview is recorded as held on " + when.actedOn() + ", before the day it was booked for ("
              + appointment.toLocalDate() + ").");
    }
    return Verdict.ALLOWED;
  }
}
