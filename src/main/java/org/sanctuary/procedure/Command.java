package org.sanctuary.procedure;

import java.util.EnumSet;
import java.util.Set;
import org.sanctuary.access.Permission;
import org.sanctuary.access.Role;

/**
 * The commands that move a claim, each with the roles of procedure.md §1 that may give it. A command
 * is allowed only from the states {@link Transitions} lists for it.
 */
public enum Command {
  /** Opens a case: intent to seek asylum, received through any channel. */
  RECORD_INTENT(Permission.CASE_OPEN.roles().toArray(Role[]::new)),
  REGISTER(Role.REGISTRAR),
  PROVIDE_INFORMATION(Role.REGISTRAR),
  SCHEDULE_INTERVIEW(Role.RECEPTION, Role.ELIGIBILITY_OFFICER, Role.SUPERVISOR),
  RECORD_INTERVIEW(Role.ELIGIBILITY_OFFICER),
  /**
   * Finalises an interview record left open (read back and confirmed later, or the applicant's
   * refusal to confirm recorded with reasons); the claim stays where it is.
   */
  FINALISE_INTERVIEW_RECORD(Role.ELIGIBILITY_OFFICER),
  RECORD_NO_SHOW(Role.RECEPTION, Role.ELIGIBILITY_OFFICER),
  /** A recorded attempt to reach the applicant; the claim stays where it is (PS §9.1). */
  RECORD_CONTACT_ATTEMPT(Role.RECEPTION, Role.REGISTRAR, Role.PROTECTION_OFFICER),
  /**
   * A dependant lodges a claim of their own: a separate case, linked to this one, which stays where
   * it is (procedure.md §2: any member, at any time).
   */
  LODGE_INDEPENDENT_CLAIM(Role.RECEPTION, Role.REGISTRAR, Role.PROTECTION_OFFICER),
  WRITE_ASSESSMENT(Role.ELIGIBILITY_OFFICER),
  DRAFT_DECISION(Role.ELIGIBILITY_OFFICER),
  RETURN_DRAFT(Role.SUPERVISOR),
  SIGN_DECISION(Role.SUPERVISOR),
  /** Grants or refuses derivative status to a dependant of a recognised refugee (family unity). */
  DECIDE_DERIVATIVE(Role.ELIGIBILITY_OFFICER, Role.SUPERVISOR),
  /** Proposes to end a recognised refugee's status: cancellation, cessation or revocation, with reasons. */
  PROPOSE_STATUS_ENDING(Role.ELIGIBILITY_OFFICER),
  /** Drops a proposal to end a status: the person stays recognised. */
  DROP_STATUS_ENDING(Role.SUPERVISOR),
  /** Decides to end the status and records its notification; the appeal window opens. */
  DECIDE_STATUS_ENDING(Role.SUPERVISOR),
  LODGE_APPEAL(Role.RECEPTION, Role.REGISTRAR),
  ASSIGN_APPEAL(Role.SUPERVISOR),
  DECIDE_APPEAL(Role.APPEAL_OFFICER),
  /**
   * Refers a claim received at a diplomatic mission to a determination office, which takes the case
   * with its whole history; the applicant stays protected throughout.
   */
  REFER(Role.PROTECTION_OFFICER, Role.SUPERVISOR),
  /** Run by the daily job, never by a person. */
  LAPSE(),
  WITHDRAW(Role.REGISTRAR),
  CLOSE_ABANDONED(Role.SUPERVISOR),
  REOPEN(Role.SUPERVISOR),
  HOLD(Role.SUPERVISOR),
  RESUME(Role.SUPERVISOR);

  private final Set<Role> roles;

  Command(Role... roles) {
    this.roles = roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles);
  }

  /**
   * Whether the command moves the claim along its path (and so puts the case in the work queue of
   * the roles that give it); side steps such as a hold, a withdrawal or a contact attempt do not.
   */
  public boolean advancesTheClaim() {
    return switch (this) {
      case RECORD_CONTACT_ATTEMPT, FINALISE_INTERVIEW_RECORD, LODGE_INDEPENDENT_CLAIM, REFER, DROP_STATUS_ENDING, WITHDRAW, CLOSE_ABANDONED, REOPEN, HOLD, DECIDE_DERIVATIVE, LAPSE,
          RECORD_INTENT -> false;
      default -> true;
    };
  }

  /** The states in which a holder of one of the roles has the next step to take: their work queue. */
  public static Set<ClaimState> awaiting(Set<Role> roles) {
    Set<ClaimState> states = EnumSet.noneOf(ClaimState.class);
    for (Command command : values()) {
      if (command.advancesTheClaim() && roles.stream().anyMatch(command::mayBeGivenBy)) {
        for (ClaimState state : ClaimState.values()) {
          if (Transitions.allows(state, command)) {
            states.add(state);
          }
        }
      }
    }
    return states;
  }

  public boolean mayBeGivenBy(Role role) {
    return roles.contains(role);
  }

  public Set<Role> roles() {
    return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }
}
