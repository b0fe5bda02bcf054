package org.sanctuary.audit;

import java.time.Instant;
import java.time.LocalDate;
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
    @Nullable LocalDate actedOn,
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
        previousHash)
        // Entries of an act recorded after the day it was done also seal that day; older entries
        // keep the form they were hashed in.
        + (actedOn == null ? "" : "\u001f" + actedOn);
  }
}
