package org.sanctuary.procedure;

import java.util.EnumSet;
import java.util.Set;

/** Where a claim stands (procedure.md §3). */
public enum ClaimState {
  /** A person said they seek protection, through any channel, an embassy included: an applicant from now on. */
  INTENT_EXPRESSED,
  /** The applicant and any dependants are registered. */
  REGISTERED,
  /** The information pack was delivered in a language the applicant understands. */
  INFO_PROVIDED,
  /** An interview is booked with an interviewer and, where needed, an interpreter and a guardian. */
  INTERVIEW_SCHEDULED,
  /** The interview took place and its record was finalised. */
  INTERVIEWED,
  /** An eligibility officer is writing the structured assessment. */
  ASSESSMENT_IN_PROGRESS,
  /** A decision is drafted and awaits sign-off. */
  DECISION_DRAFTED,
  /** Recognised as a refugee, at first instance or on appeal. */
  RECOGNISED,
  /** A negative decision was signed and notified; the appeal window runs. */
  REJECTED_NOTIFIED,
  /** An appeal was lodged and awaits an independent appeal officer. */
  APPEAL_LODGED,
  /** An independent appeal officer is considering the appeal. */
  APPEAL_UNDER_CONSIDERATION,
  /** The appeal sent the claim back for a new first-instance assessment by someone else. */
  APPEAL_REMITTED,
  /** Negative and final: appeal dismissed, or the window plus grace lapsed without appeal. */
  FINAL_NEGATIVE,
  /** Paused by a supervisor; resuming returns to the state it left. */
  ON_HOLD,
  /** Closed after a missed appointment and unanswered contact attempts. */
  CLOSED_ABANDONED,
  /** Withdrawn by the applicant. */
  CLOSED_WITHDRAWN,
  /** Reopened after closure or a final negative decision, e.g. on new elements. */
  REOPENED,
  /**
   * An eligibility officer proposes to end a recognised refugee's status: cancellation, cessation
   * (Art 1C) or revocation, with the provision and reasons. The person stays a refugee meanwhile.
   */
  STATUS_ENDING_PROPOSED,
  /** A supervisor decided to end the status and it was notified; the appeal window runs. */
  STATUS_ENDING_NOTIFIED,
  /** The status ended: appeal dismissed, or the window plus grace lapsed without appeal. */
  STATUS_ENDED;

  private static final Set<ClaimState> CLOSED =
      EnumSet.of(RECOGNISED, FINAL_NEGATIVE, CLOSED_ABANDONED, CLOSED_WITHDRAWN, STATUS_ENDED);

  /** True while the claim is pending: the applicant is protected from refoulement as such. */
  public boolean isPending() {
    return !CLOSED.contains(this);
  }
}
