package org.sanctuary.procedure;

import java.util.Set;
import org.sanctuary.access.Role;

/**
 * NOT_PERMITTED — PS §2.2: a command is given only by a role procedure.md §1 allows, held in the
 * office of the case. Answered with 403, not 409.
 */
public final class CommandPermission {

  private CommandPermission() {}

  public static Verdict check(Command command, Set<Role> rolesInTheCaseOffice) {
    if (rolesInTheCaseOffice.stream().noneMatch(command::mayBeGivenBy)) {
      return Verdict.refuse(
          ReasonCode.NOT_PERMITTED, "Your roles in this office do not include one that may " + command + ".");
    }
    return Verdict.ALLOWED;
  }
}
