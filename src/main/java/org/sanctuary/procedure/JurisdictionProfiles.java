package org.sanctuary.procedure;

import org.sanctuary.access.AccessPolicy;
import org.sanctuary.access.Permission;
import org.sanctuary.audit.AuditRecord;
import org.sanctuary.audit.AuditTrail;
import org.sanctuary.procedure.clocks.JurisdictionProfile;
import org.sanctuary.shared.NotFound;
import org.sanctuary.shared.StaleVersion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stored jurisdiction profiles. A case takes the profile's periods when intent is recorded and
 * keeps them; changing a profile never moves the clocks of open cases. No change goes below a floor.
 */
@Service
public class JurisdictionProfiles {

  /** A profile and the version it was read at. */
  public record Stored(JurisdictionProfile profile, long version) {}

  public static final String DEFAULT = "unhcr-mandate";

  private final JdbcClient jdbc;
  private final AccessPolicy access;
  private final AuditTrail audit;

  JurisdictionProfiles(JdbcClient jdbc, AccessPolicy access, AuditTrail audit) {
    this.jdbc = jdbc;
    this.access = access;
    this.audit = audit;
  }

  @Transactional(readOnly = true)
  public Stored find(String name) {
    return jdbc.sql(
            "SELECT name, appeal_days, grace_days, abandonment_days, interview_target_days, decision_target_days,"
                + " priority_divisor, version FROM jurisdiction_profile WHERE name = ?")
        .param(name)
        .query(
            (rs, n) ->
                new Stored(
                    new JurisdictionProfile(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7)),
                    rs.getLong(8)))
        .optional()
        .orElseThrow(() -> new NotFound("jurisdiction profile " + name));
  }

  /** BELOW_LEGAL_MINIMUM refuses periods under their floor; nothing is changed then. */
  @Transactional
  public Stored change(JurisdictionProfile profile, long version) {
    access.requireAnywhere(Permission.PROFILE_MANAGE);
    Stored current = find(profile.name());
    try {
      profile.checkFloors().orThrow();
    } catch (Refusal refused) {
      audit.recordRefusal(AuditRecord.refused("PROFILE_CHANGED", "PROFILE", profile.name(), null, refused.code().name()));
      throw refused;
    }
    int updated =
        jdbc.sql(
                "UPDATE jurisdiction_profile SET appeal_days = ?, grace_days = ?, abandonment_days = ?,"
                    + " interview_target_days = ?, decision_target_days = ?, priority_divisor = ?, version = version + 1"
                    + " WHERE name = ? AND version = ?")
            .params(profile.appealDays(), profile.graceDays(), profile.abandonmentDays(), profile.interviewTargetDays(),
                profile.decisionTargetDays(), profile.priorityDivisor(), profile.name(), version)
            .update();
    if (current.version() != version || updated != 1) {
      throw new StaleVersion("jurisdiction profile", version);
    }
    audit.record(AuditRecord.success("PROFILE_CHANGED", "PROFILE", profile.name(), null));
    return new Stored(profile, version + 1);
  }
}
