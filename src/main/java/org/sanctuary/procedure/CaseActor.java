package org.sanctuary.procedure;

import java.util.Set;
import org.sanctuary.access.Role;

/** Who gives a command on a case: their user name and the roles they hold in the case's office. */
public record CaseActor(String username, Set<Role> roles) {

  public CaseActor {
    roles = Set.copyOf(roles);
  }
}
