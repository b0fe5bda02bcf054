package org.sanctuary.procedure.clocks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sanctuary.procedure.ReasonCode;
import org.sanctuary.procedure.Verdict;

/**
 * The periods an operator may choose within the law (procedure.md §5), with their floors in code:
 * a profile is only a choice above the floor, never a way below it.
 *
 * @param appealDays days from notification to the appeal deadline (PS §7.2: at least 30)
 * @param graceDays days after the deadline in which a late appeal is still accepted (PS §7.2: 6 weeks)
 * @param abandonmentDays days after a missed appointment before a file may close (PS §9.1: 6 weeks)
 * @param interviewTargetDays registration to interview (PS §3.5.3: at most 6 months)
 * @param decisionTargetDays interview to decision (PS Unit 4: 1 month, 2 if complex)
 * @param priorityDivisor priority cases get targets divided by this (procedure.md §5)
 */
public record JurisdictionProfile(
    String name,
    int appealDays,
    int graceDays,
    int abandonmentDays,
    int interviewTargetDays,
    int decisionTargetDays,
    int priorityDivisor) {

  /** PS §7.2: the appeal period is never shorter than 30 days. */
  public static final int APPEAL_FLOOR_DAYS = 30;

  /** PS §7.2: a late appeal is accepted for 6 weeks after the deadline. */
  public static final int GRACE_FLOOR_DAYS = 42;

  /** PS §9.1: a no-show file is never closed sooner than 6 weeks after the missed appointment. */
  public static final int ABANDONMENT_FLOOR_DAYS = 42;

  /** The UNHCR mandate profile, the default. */
  public static JurisdictionProfile unhcrMandate() {
    return new JurisdictionProfile("unhcr-mandate", 30, 42, 42, 182, 30, 2);
  }

  /** BELOW_LEGAL_MINIMUM — PS §7.2: which periods, if any, fall below their floor. */
  public Verdict checkFloors() {
    List<String> below = new ArrayList<>();
    if (appealDays < APPEAL_FLOOR_DAYS) {
      below.add("appealDays (at least " + APPEAL_FLOOR_DAYS + ")");
    }
    if (graceDays < GRACE_FLOOR_DAYS) {
      below.add("graceDays (at least " + GRACE_FLOOR_DAYS + ")");
    }
    if (abandonmentDays < ABANDONMENT_FLOOR_DAYS) {
      below.add("abandonmentDays (at least " + ABANDONMENT_FLOOR_DAYS + ")");
    }
    if (interviewTargetDays < 1 || decisionTargetDays < 1 || priorityDivisor < 1) {
      below.add("targets and the priority divisor must be at least 1");
    }
    return below.isEmpty()
        ? Verdict.ALLOWED
        : Verdict.refuse(
            ReasonCode.BELOW_LEGAL_MINIMUM, "Periods below the legal floor: " + String.join(", ", below), below);
  }

  public LocalDate appealDeadline(LocalDate notifiedOn) {
    return notifiedOn.plusDays(appealDays);
  }

  /** The last day a late appeal is accepted; after it, with no appeal, the rejection becomes final. */
  public LocalDate endOfGrace(LocalDate notifiedOn) {
    return appealDeadline(notifiedOn).plusDays(graceDays);
  }

  public LocalDate earliestAbandonment(LocalDate missedAppointment) {
    return missedAppointment.plusDays(abandonmentDays);
  }

  public LocalDate interviewTarget(LocalDate registeredOn, boolean priority) {
    return registeredOn.plusDays(priority ? interviewTargetDays / priorityDivisor : interviewTargetDays);
  }

  public LocalDate decisionTarget(LocalDate interviewedOn, boolean priority) {
    return interviewedOn.plusDays(priority ? decisionTargetDays / priorityDivisor : decisionTargetDays);
  }
}
