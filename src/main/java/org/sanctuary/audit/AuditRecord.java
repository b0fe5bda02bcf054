package org.sanctuary.audit;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What to append: the action (e.g. {@code PERSON_READ}), the subject (type and id, never a name),
 * the office the subject belongs to, the outcome and, when refused, the reason code; for an act
 * recorded after the day it was done, that day. The actor and time (the day it was recorded) are
 * added by the trail.
 */
public record AuditRecord(
    String action,
    String subjectType,
    @Nullable String subjectId,
    @Nullable UUID officeId,
    Outcome outcome,
    @Nullable String reasonCode,
    @Nullable LocalDate actedOn) {

  public AuditRecord(
      String action, String subjectType, @Nullable String subjectId, @Nullable UUID officeId, Outcome outcome,
      @Nullable String reasonCode) {
    this(action, subjectType, subjectId, officeId, outcome, reasonCode, null);
  }

  public AuditRecord {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(subjectType, "subjectType");
    Objects.requireNonNull(outcome, "outcome");
  }

  public static AuditRecord success(
      String action, String subjectType, @Nullable Object subjectId, @Nullable UUID officeId) {
    return new AuditRecord(
        action, subjectType, subjectId == null ? null : subjectId.toString(), officeId, Outcome.SUCCESS, null);
  }

  public static AuditRecord refused(
      String action,
      String subjectType,
      @Nullable Object subjectId,
      @Nullable UUID officeId,
      String reasonCode) {
    return new AuditRecord(
        action,
        subjectType,
        subjectId == null ? null : subjectId.toString(),
        officeId,
        Outcome.REFUSED,
        reasonCode);
  }

  /** The same record of an act done on an earlier day than it is recorded. */
  public AuditRecord actedOn(LocalDate day) {
    return new AuditRecord(action, subjectType, subjectId, officeId, outcome, reasonCode, day);
  }
}
