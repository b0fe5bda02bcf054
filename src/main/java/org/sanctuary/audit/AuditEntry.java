package org.sanctuary.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One stored entry of the trail. {@code id} is the number it was appended with; {@code mac} seals
 * its content from that moment; {@code chainIndex}, {@code previousHash} and {@code hash} are its
 * place in the hash chain, set when the sealer chains it (null until then). Entries appended before
 * sealing in batches have no MAC and were chained as they were appended, with their id as their place.
 */
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
    @Nullable String mac,
    @Nullable Long chainIndex,
    @Nullable String previousHash,
    @Nullable String hash) {

  private static final String SEPARATOR = "\u001f";

  /**
   * What the MAC covers: the number and every field, in a fixed order, separated so that no two
   * different entries share a form.
   */
  public String content() {
    return String.join(SEPARATOR, "entry", Long.toString(id), fields(), actedOn == null ? "" : actedOn.toString());
  }

  private String fields() {
    return String.join(
        SEPARATOR,
        recordedAt.toString(),
        actor,
        officeId == null ? "" : officeId.toString(),
        action,
        subjectType,
        subjectId == null ? "" : subjectId,
        outcome.name(),
        reasonCode == null ? "" : reasonCode);
  }

  /**
   * What the chain hashes at this entry's place: the place, the previous hash, the content and its
   * MAC. An entry from before sealing in batches hashes its place (its id), its fields and the
   * previous hash, as it was hashed when appended.
   */
  String chainForm(long place, String previous) {
    if (mac != null) {
      return String.join(SEPARATOR, "chain", Long.toString(place), previous, content(), mac);
    }
    return String.join(SEPARATOR, Long.toString(place), fields(), previous)
        // Entries of an act recorded after the day it was done also seal that day; older entries
        // keep the form they were hashed in.
        + (actedOn == null ? "" : SEPARATOR + actedOn);
  }

  AuditEntry chained(long place, String previous, String hash) {
    return new AuditEntry(id, recordedAt, actor, officeId, action, subjectType, subjectId, outcome, reasonCode,
        actedOn, mac, place, previous, hash);
  }
}
