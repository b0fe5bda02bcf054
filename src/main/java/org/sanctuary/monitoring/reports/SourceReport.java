package org.sanctuary.monitoring.reports;


import org.sanctuary.monitoring.rules.MonitoringRules;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.sanctuary.access.OfficeId;
import org.sanctuary.shared.ValidationFailed;

/**
 * What a source said, as filed. Never changed: a correction is a new report that supersedes this one,
 * and both stay readable with the link between them. Who the source is appears only to readers who
 * may see source identities in the filing team; to others {@code sourceIdentityWithheld} is true.
 */
public record SourceReport(
    UUID id,
    OfficeId office,
    String reference,
    SourceType sourceType,
    LocalDate receivedOn,
    String language,
    String content,
    @Nullable String sourceIdentity,
    boolean sourceIdentityWithheld,
    Confidentiality confidentiality,
    @Nullable UUID supersedes,
    @Nullable UUID supersededBy,
    String filedBy,
    OffsetDateTime filedAt) {

  /**
   * The guard of a correction of this report, filed by a team: only the team that filed it corrects it
   * (another team's report is not one to correct), and only once (CORRECTED_ONCE; the database's
   * unique index on what a report supersedes holds it against two corrections filed at once).
   */
  void supersededBy(OfficeId team) {
    if (!office.equals(team)) {
      throw ValidationFailed.of("supersedes", "is not a report of this team");
    }
    MonitoringRules.correctedOnce(supersededBy != null);
  }

  public enum SourceType {
    WITNESS,
    VICTIM,
    RELATIVE,
    MEDIA,
    OFFICIAL_STATEMENT,
    NGO_REPORT,
    COURT_RECORD
  }

  /** OPEN reports are read by every monitoring team; CONFIDENTIAL ones only by the filing team. */
  public enum Confidentiality {
    OPEN,
    CONFIDENTIAL
  }
}
