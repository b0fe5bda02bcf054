package org.sanctuary.access;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** A user as an administrator sees them: no password, roles per office. */
public record UserSummary(
    UUID id,
    String username,
    String displayName,
    boolean enabled,
    boolean locked,
    long version,
    Map<OfficeId, Set<Role>> roles) {}
