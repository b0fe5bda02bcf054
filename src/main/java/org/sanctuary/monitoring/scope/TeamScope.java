package org.sanctuary.monitoring.scope;


import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.sanctuary.access.AccessPolicy;
import org.sanctuary.access.OfficeId;
import org.sanctuary.access.Permission;

/**
 * The monitoring teams whose record a reader may see for one permission (ADR 0004). Every read of
 * events, reports, interventions and persons of concern takes one and puts it into its query as
 * {@code office_id IN (:teams)}, so another team's record is never loaded: it is not found, exactly
 * like a record that does not exist.
 */
public record TeamScope(Set<OfficeId> offices) {

  /** The named parameter every scoped query binds. */
  public static final String TEAMS = "teams";

  public TeamScope {
    offices = Set.copyOf(offices);
  }

  /** The reader's teams for the permission; refused (403) when they hold it in no team. */
  public static TeamScope of(AccessPolicy access, Permission permission) {
    return new TeamScope(access.scope(permission));
  }

  /** The office ids to bind to {@link #TEAMS}. */
  public List<UUID> ids() {
    return offices.stream().map(OfficeId::value).toList();
  }
}
