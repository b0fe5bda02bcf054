package org.sanctuary.access;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The signed-in user as the rules see them: who, and which roles in which office. */
public record Actor(UUID userId, String username, String displayName, Map<OfficeId, Set<Role>> roles)
    implements Serializable {

  public Actor {
    roles = Map.copyOf(roles);
  }

  /** The offices in which this actor holds the permission. */
  public Set<OfficeId> officesWith(Permission permission) {
    return roles.entrySet().stream()
        .filter(e -> e.getValue().stream().anyMatch(permission::grantedTo))
        .map(Map.Entry::getKey)
        .collect(Collectors.toUnmodifiableSet());
  }

  public boolean may(Permission permission, OfficeId office) {
    return roles.getOrDefault(office, Set.of()).stream().anyMatch(permission::grantedTo);
  }

  public boolean mayAnywhere(Permission permission) {
    return !officesWith(permission).isEmpty();
  }

  public Set<Permission> permissions() {
    Set<Permission> granted = EnumSet.noneOf(Permission.class);
    for (Permission permission : Permission.values()) {
      if (mayAnywhere(permission)) {
        granted.add(permission);
      }
    }
    return granted;
  }
}
