package org.sanctuary.procedure.appeal;

import java.time.LocalDate;
import java.util.Set;
import org.sanctuary.procedure.ReasonCode;
import org.sanctuary.procedure.Verdict;
import org.sanctuary.procedure.clocks.JurisdictionProfile;

/** The guards on appeals: independence of the appeal officer, and time. */
public final class AppealRules {

  private AppealRules() {}

  /** How an accepted appeal stands in time. */
  public enum Timeliness {
    IN_TIME,
    /** Within the grace period: accepted, with a task to decide on flexibility (PS §7.2). */
    LATE_WITHIN_GRACE
  }

  /**
   * CONFLICT_FIRST_INSTANCE_ACTOR — PS §7.1.1: nobody who interviewed, assessed, drafted, signed or
   * reviewed the claim at first instance decides its appeal or its remitted re-assessment.
   */
  public static Verdict independence(String assignee, Set<String> firstInstanceActors) {
    if (firstInstanceActors.contains(assignee)) {
      return Verdict.refuse(
          ReasonCode.CONFLICT_FIRST_INSTANCE_ACTOR,
          assignee + " acted on this claim at first instance and cannot decide its appeal.");
    }
    return Verdict.ALLOWED;
  }

  /** APPEAL_OUT_OF_TIME — PS §7.2. */
  public static Verdict inTime(LocalDate notifiedOn, LocalDate lodgedOn, JurisdictionProfile profile) {
    if (lodgedOn.isAfter(profile.endOfGrace(notifiedOn))) {
      return Verdict.refuse(
          ReasonCode.APPEAL_OUT_OF_TIME,
          "The appeal was lodged on " + lodgedOn + ", after the deadline " + profile.appealDeadline(notifiedOn)
              + " and the grace period ending " + profile.endOfGrace(notifiedOn) + ".");
    }
    return Verdict.ALLOWED;
  }

  /** For an appeal {@link #inTime} accepted: in time, or late within the grace period. */
  public static Timeliness timeliness(LocalDate notifiedOn, LocalDate lodgedOn, JurisdictionProfile profile) {
    return lodgedOn.isAfter(profile.appealDeadline(notifiedOn)) ? Timeliness.LATE_WITHIN_GRACE : Timeliness.IN_TIME;
  }
}
