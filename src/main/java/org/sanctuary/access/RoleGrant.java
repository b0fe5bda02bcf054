package org.sanctuary.access;

import java.time.Instant;
import java.util.UUID;

/** A role asked for a user in an office, waiting for a second administrator's approval. */
public record RoleGrant(
    UUID id, UUID userId, String username, OfficeId office, Role role, UUID requestedBy, String requestedByName,
    Instant requestedAt) {}
