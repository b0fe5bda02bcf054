package org.sanctuary.procedure.closure;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.sanctuary.procedure.ReasonCode;
import org.sanctuary.procedure.Verdict;
import org.sanctuary.procedure.clocks.JurisdictionProfile;

/**
 * CLOSURE_TOO_EARLY — PS §9.1: a file closes as abandoned only after a missed appointment, the
 * abandonment period after it, and at least one recorded attempt to reach the applicant made after it.
 */
public final class AbandonmentClosure {

  private AbandonmentClosure() {}

  public static Verdict check(
      @Nullable LocalDate missedAppointment, int contactAttempts, LocalDate today, JurisdictionProfile profile) {
    if (missedAppointment == null) {
      return Verdict.refuse(ReasonCode.CLOSURE_TOO_EARLY, "No missed appointment is recorded.");
    }
    if (today.isBefore(profile.earliestAbandonment(missedAppointment))) {
      return Verdict.refuse(
          ReasonCode.CLOSURE_TOO_EARLY,
          "The file may close as abandoned from " + profile.earliestAbandonment(missedAppointment) + ".");
    }
    if (contactAttempts < 1) {
      return Verdict.refuse(ReasonCode.CLOSURE_TOO_EARLY,
          "No attempt to contact the applicant is recorded since the missed appointment.");
    }
    return Verdict.ALLOWED;
  }
}
