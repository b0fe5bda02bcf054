package org.sanctuary.audit;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One stored entry of the trail, with its place in the hash chain. */
public record AuditEntry(
    long id,
    Instant recordedAt,
    String actor,
    @Nullable UUID officeId,
    String action,
    String subjectType,
    @Nullable String subjectId,
    Outcome outcome,
    @Nullable String reasonCode,
    String previousHash,
    String hash) {

  /**
   * The canonical form that is hashed: every field in a fixed order, separated so that no two
   * different entries share a form.
   */
  public String canonicalForm() {
    return String.join(
        "\u001f",
        Long.toString(id),
        recordedAt.toString(),
        actor,
        officeId == null ? "" : officeId.toString(),
        action,
        subjectType,
        subjectId == null ? "" : subjectId,
        outcome.name(),
        reasonCode == null ? "" : reasonCode,
        previousHash);
  }
}
