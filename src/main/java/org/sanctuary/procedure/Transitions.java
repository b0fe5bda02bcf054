package org.sanctuary.procedure;

import static org.sanctuary.procedure.ClaimState.APPEAL_LODGED;
import static org.sanctuary.procedure.ClaimState.APPEAL_REMITTED;
import static org.sanctuary.procedure.ClaimState.APPEAL_UNDER_CONSIDERATION;
import static org.sanctuary.procedure.ClaimState.ASSESSMENT_IN_PROGRESS;
import static org.sanctuary.procedure.ClaimState.CLOSED_ABANDONED;
import static org.sanctuary.procedure.ClaimState.CLOSED_WITHDRAWN;
import static org.sanctuary.procedure.ClaimState.DECISION_DRAFTED;
import static org.sanctuary.procedure.ClaimState.FINAL_NEGATIVE;
import static org.sanctuary.procedure.ClaimState.INFO_PROVIDED;
import static org.sanctuary.procedure.ClaimState.INTENT_EXPRESSED;
import static org.sanctuary.procedure.ClaimState.INTERVIEWED;
import static org.sanctuary.procedure.ClaimState.INTERVIEW_SCHEDULED;
import static org.sanctuary.procedure.ClaimState.ON_HOLD;
import static org.sanctuary.procedure.ClaimState.RECOGNISED;
import static org.sanctuary.procedure.ClaimState.REGISTERED;
import static org.sanctuary.procedure.ClaimState.REJECTED_NOTIFIED;
import static org.sanctuary.procedure.ClaimState.REOPENED;
import static org.sanctuary.procedure.ClaimState.STATUS_ENDED;
import static org.sanctuary.procedure.ClaimState.STATUS_ENDING_NOTIFIED;
import static org.sanctuary.procedure.ClaimState.STATUS_ENDING_PROPOSED;

import java.util.EnumSet;
import java.util.Set;

/**
 * The allowed transitions of procedure.md §3, in one place: for a state and a command, the states the
 * claim may go to. An empty set means the command is not allowed from that state (ILLEGAL_TRANSITION).
 * Where a command has several outcomes (signing a decision recognises or rejects), the command's
 * content picks one of them.
 */
public final class Transitions {

  private Transitions() {}

  /** Pending states a supervisor may pause, close as abandoned, or that an applicant may withdraw from. */
  static final Set<ClaimState> ACTIVE =
      EnumSet.of(
          INTENT_EXPRESSED,
          REGISTERED,
          INFO_PROVIDED,
          INTERVIEW_SCHEDULED,
          INTERVIEWED,
          ASSESSMENT_IN_PROGRESS,
          DECISION_DRAFTED,
          APPEAL_REMITTED,
          REOPENED);

  public static Set<ClaimState> targets(ClaimState from, Command command) {
    return switch (command) {
      // Opening a case is not a move from a state: Case.recordIntent starts in INTENT_EXPRESSED.
      case RECORD_INTENT -> none();
      case REGISTER -> from == INTENT_EXPRESSED ? EnumSet.of(REGISTERED) : none();
      // Delivered again (in the right language, say) as long as no interview is booked on it.
      case PROVIDE_INFORMATION ->
          from == REGISTERED || from == INFO_PROVIDED || from == REOPENED ? EnumSet.of(INFO_PROVIDED) : none();
      // A further interview may be booked after one was held: to hear the applicant again, for
      // example when a draft came back or the appeal remitted the claim.
      case SCHEDULE_INTERVIEW ->
          from == INFO_PROVIDED || from == INTERVIEW_SCHEDULED || from == REOPENED || from == INTERVIEWED
                  || from == ASSESSMENT_IN_PROGRESS || from == APPEAL_REMITTED
              ? EnumSet.of(INTERVIEW_SCHEDULED)
              : none();
      case RECORD_INTERVIEW -> from == INTERVIEW_SCHEDULED ? EnumSet.of(INTERVIEWED) : none();
      case FINALISE_INTERVIEW_RECORD ->
          from == INTERVIEWED || from == ASSESSMENT_IN_PROGRESS || from == DECISION_DRAFTED ? EnumSet.of(from) : none();
      case RECORD_NO_SHOW -> from == INTERVIEW_SCHEDULED ? EnumSet.of(INFO_PROVIDED) : none();
      case RECORD_CONTACT_ATTEMPT -> ACTIVE.contains(from) ? EnumSet.of(from) : none();
      case LODGE_INDEPENDENT_CLAIM -> EnumSet.of(from);
      case WRITE_ASSESSMENT ->
          from == INTERVIEWED
                  || from == ASSESSMENT_IN_PROGRESS
                  || from == APPEAL_REMITTED
                  || from == REOPENED
              ? EnumSet.of(ASSESSMENT_IN_PROGRESS)
              : none();
      case DRAFT_DECISION -> from == ASSESSMENT_IN_PROGRESS ? EnumSet.of(DECISION_DRAFTED) : none();
      case RETURN_DRAFT -> from == DECISION_DRAFTED ? EnumSet.of(ASSESSMENT_IN_PROGRESS) : none();
      case SIGN_DECISION ->
          from == DECISION_DRAFTED ? EnumSet.of(RECOGNISED, REJECTED_NOTIFIED) : none();
      case DECIDE_DERIVATIVE -> from == RECOGNISED ? EnumSet.of(RECOGNISED) : none();
      // Ending a status (procedure.md §3): proposed with reasons, decided and notified, appealable
      // with the same clocks and independence; it ends in STATUS_ENDED or back in RECOGNISED.
      case PROPOSE_STATUS_ENDING -> from == RECOGNISED ? EnumSet.of(STATUS_ENDING_PROPOSED) : none();
      case DROP_STATUS_ENDING -> from == STATUS_ENDING_PROPOSED ? EnumSet.of(RECOGNISED) : none();
      case DECIDE_STATUS_ENDING -> from == STATUS_ENDING_PROPOSED ? EnumSet.of(STATUS_ENDING_NOTIFIED) : none();
      case LODGE_APPEAL -> from == REJECTED_NOTIFIED || from == STATUS_ENDING_NOTIFIED ? EnumSet.of(APPEAL_LODGED) : none();
      case ASSIGN_APPEAL -> from == APPEAL_LODGED ? EnumSet.of(APPEAL_UNDER_CONSIDERATION) : none();
      // An appeal against a refusal: recognised, remitted or final-negative; against an ending of
      // status: the status kept, the ending proposed again by someone else, or ended.
      case DECIDE_APPEAL ->
          from == APPEAL_UNDER_CONSIDERATION
              ? EnumSet.of(RECOGNISED, APPEAL_REMITTED, FINAL_NEGATIVE, STATUS_ENDING_PROPOSED, STATUS_ENDED)
              : none();
      // The claim keeps its state: the determination office takes it where the mission left it.
      case REFER -> from == INTENT_EXPRESSED || from == REGISTERED ? EnumSet.of(from) : none();
      case LAPSE ->
          from == REJECTED_NOTIFIED ? EnumSet.of(FINAL_NEGATIVE) : from == STATUS_ENDING_NOTIFIED ? EnumSet.of(STATUS_ENDED) : none();
      case WITHDRAW ->
          ACTIVE.contains(from) || from == REJECTED_NOTIFIED || from == APPEAL_LODGED
              ? EnumSet.of(CLOSED_WITHDRAWN)
              : none();
      case CLOSE_ABANDONED -> ACTIVE.contains(from) ? EnumSet.of(CLOSED_ABANDONED) : none();
      case REOPEN ->
          from == CLOSED_ABANDONED || from == CLOSED_WITHDRAWN || from == FINAL_NEGATIVE || from == STATUS_ENDED
              ? EnumSet.of(REOPENED)
              : none();
      case HOLD ->
          ACTIVE.contains(from) || from == APPEAL_LODGED || from == APPEAL_UNDER_CONSIDERATION || from == STATUS_ENDING_PROPOSED
              ? EnumSet.of(ON_HOLD)
              : none();
      // Resuming returns to the state the claim was paused in; the claim remembers it.
      case RESUME -> from == ON_HOLD ? holdable() : none();
    };
  }

  /** Whether the command may be given from the state at all. */
  public static boolean allows(ClaimState from, Command command) {
    return !targets(from, command).isEmpty();
  }

  /**
   * The state after the command, when the command's content has chosen among the targets.
   *
   * @throws Refusal ILLEGAL_TRANSITION when the command is not allowed from {@code from}, or the
   *     chosen state is not one of its targets
   */
  public static ClaimState next(ClaimState from, Command command, ClaimState chosen) {
    if (!targets(from, command).contains(chosen)) {
      throw new Refusal(
          ReasonCode.ILLEGAL_TRANSITION,
          command + " is not allowed while the claim is " + from
              + (allows(from, command) ? " (it cannot lead to " + chosen + ")" : ""),
          java.util.List.of(), null,
          allows(from, command)
              ? org.sanctuary.shared.Wording.of("refusal.cannotLeadTo", "command:" + command, "state:" + from, "state:" + chosen)
              : org.sanctuary.shared.Wording.of("refusal.notAllowedWhile", "command:" + command, "state:" + from));
    }
    return chosen;
  }

  /** The state after a command with a single outcome. */
  public static ClaimState next(ClaimState from, Command command) {
    Set<ClaimState> targets = targets(from, command);
    if (targets.size() != 1) {
      throw new Refusal(
          ReasonCode.ILLEGAL_TRANSITION, command + " is not allowed while the claim is " + from, java.util.List.of(), null,
          org.sanctuary.shared.Wording.of("refusal.notAllowedWhile", "command:" + command, "state:" + from));
    }
    return targets.iterator().next();
  }

  /**
   * The refusal for a command whose prerequisite (a draft, a notified decision) does not exist yet:
   * in English for the API, and as the message {@code refusal.<wording>} with its arguments for pages.
   */
  public static Refusal missingPrerequisite(String what, String wording, String... args) {
    return new Refusal(ReasonCode.ILLEGAL_TRANSITION, "The case has no " + what + " yet.", java.util.List.of(), null,
        org.sanctuary.shared.Wording.of("refusal." + wording, args));
  }

  /** The refusal for a command that may be given once and was (a dependant's own claim, lodged), worded likewise. */
  public static Refusal alreadyDone(String what, String wording, String... args) {
    return new Refusal(ReasonCode.ILLEGAL_TRANSITION, "Already done: " + what + ".", java.util.List.of(), null,
        org.sanctuary.shared.Wording.of("refusal." + wording, args));
  }

  private static Set<ClaimState> holdable() {
    Set<ClaimState> states = EnumSet.copyOf(ACTIVE);
    states.add(APPEAL_LODGED);
    states.add(APPEAL_UNDER_CONSIDERATION);
    states.add(STATUS_ENDING_PROPOSED);
    return states;
  }

  private static Set<ClaimState> none() {
    return EnumSet.noneOf(ClaimState.class);
  }
}
