package org.sanctuary.procedure;

import java.util.EnumSet;
import java.util.Set;

/**
 * DETERMINATION_NOT_AT_MISSION — procedure.md §3: at an embassy or consulate the procedure is
 * intake, safe custody and referral to a competent body or onward transfer. The applicant is an
 * applicant from the moment intent is recorded there, and the lock protects them throughout; every
 * step of the determination itself waits for the office the claim is referred to.
 */
public final class MissionIntake {

  /** What a mission does with a claim. */
  private static final Set<Command> INTAKE =
      EnumSet.of(
          Command.RECORD_INTENT, Command.REGISTER, Command.RECORD_CONTACT_ATTEMPT, Command.LODGE_INDEPENDENT_CLAIM,
          Command.WITHDRAW, Command.HOLD, Command.RESUME, Command.REFER);

  private MissionIntake() {}

  /** Whether the command may be given on a claim held by a mission ({@code atMission}). */
  public static Verdict check(Command command, boolean atMission) {
    if (atMission && !INTAKE.contains(command)) {
      return Verdict.refuse(
          ReasonCode.DETERMINATION_NOT_AT_MISSION,
          command + " is a step of the determination: refer the claim to a determination office first.");
    }
    return Verdict.ALLOWED;
  }
}
