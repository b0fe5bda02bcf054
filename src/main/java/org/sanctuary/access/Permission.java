package org.sanctuary.access;

import java.util.EnumSet;
import java.util.Set;

/**
 * Every permission and the roles that hold it: the one place that answers "who may". Endpoints
 * declare a permission; application services check it against the office of the record.
 */
public enum Permission {
  /** Read person records and registration groups of the office. */
  PERSON_READ(
      Role.RECEPTION,
      Role.REGISTRAR,
      Role.ELIGIBILITY_OFFICER,
      Role.SUPERVISOR,
      Role.APPEAL_OFFICER,
      Role.PROTECTION_OFFICER,
      Role.MONITOR),
  /** Register and revise persons and registration groups, flag specific needs. */
  PERSON_REGISTER(Role.REGISTRAR, Role.MONITOR),
  /** Record consent given or refused. */
  CONSENT_RECORD(Role.REGISTRAR, Role.PROTECTION_OFFICER),
  /** Record a whereabouts or custody observation. */
  WHEREABOUTS_RECORD(Role.REGISTRAR, Role.PROTECTION_OFFICER, Role.MONITOR),
  /** Read case files of the office: state, dates, history, the actions one may take. */
  CASE_READ(
      Role.RECEPTION,
      Role.REGISTRAR,
      Role.ELIGIBILITY_OFFICER,
      Role.SUPERVISOR,
      Role.APPEAL_OFFICER,
      Role.PROTECTION_OFFICER),
  /** Give commands on cases; which command each role may give is the procedure's own table. */
  CASE_WORK(
      Role.RECEPTION,
      Role.REGISTRAR,
      Role.ELIGIBILITY_OFFICER,
      Role.SUPERVISOR,
      Role.APPEAL_OFFICER,
      Role.PROTECTION_OFFICER),
  /**
   * Open a case: record that a person expressed intent to seek asylum, through any channel. The
   * procedure's RECORD_INTENT command is given by exactly these roles.
   */
  CASE_OPEN(Role.RECEPTION, Role.REGISTRAR, Role.PROTECTION_OFFICER),
  /** Read the office's procedure statistics; an analyst sees small cells suppressed. */
  STATISTICS_READ(Role.SUPERVISOR, Role.ANALYST),
  /** Record a request to remove, return, hand over or transfer a person, and get the lock's answer. */
  REMOVAL_REQUEST_RECORD(Role.PROTECTION_OFFICER, Role.SUPERVISOR),
  /** See and acknowledge the office's alerts. */
  ALERT_READ(Role.SUPERVISOR),
  /** See who read or changed a person's record. */
  PERSON_ACCESS_LOG_READ(Role.SUPERVISOR, Role.AUDITOR),
  /** Read and verify the audit trail. */
  AUDIT_READ(Role.AUDITOR),
  /** Record a request for information about a person, for the data protection officer to decide. */
  DISCLOSURE_REQUEST_RECORD(Role.PROTECTION_OFFICER, Role.SUPERVISOR),
  /** Read monitoring reports (open ones of any team, confidential ones of one's own), events and persons of concern. */
  MONITORING_READ(Role.MONITOR, Role.PROTECTION_OFFICER, Role.SUPERVISOR),
  /** File source reports, record events, acts, counts and information links, import lists. */
  MONITORING_RECORD(Role.MONITOR),
  /** Set an event's verification status, with reasons, and choose the count shown by default. */
  MONITORING_REVIEW(Role.SUPERVISOR),
  /** See who a source is: the most sensitive field in the system. */
  SOURCE_IDENTITY_READ(Role.MONITOR),
  /** Read monitoring statistics (figures only, never a person or a source). */
  MONITORING_STATISTICS(Role.MONITOR, Role.SUPERVISOR, Role.ANALYST),
  /** Export events with acts, counts and sources; identities only with a recorded purpose. */
  MONITORING_EXPORT(Role.MONITOR, Role.SUPERVISOR),
  /** Change a jurisdiction profile's periods, above their legal floors. */
  PROFILE_MANAGE(Role.ADMIN),
  /** Create offices. */
  OFFICE_MANAGE(Role.ADMIN),
  /** Create users, set their roles, enable and disable them. */
  USER_MANAGE(Role.ADMIN);

  private final Set<Role> roles;

  Permission(Role first, Role... rest) {
    this.roles = EnumSet.of(first, rest);
  }

  public Set<Role> roles() {
    return EnumSet.copyOf(roles);
  }

  public boolean grantedTo(Role role) {
    return roles.contains(role);
  }

  /** Permissions that apply across offices rather than inside one. */
  public boolean isOrganisationWide() {
    return this == OFFICE_MANAGE || this == USER_MANAGE || this == AUDIT_READ || this == PROFILE_MANAGE;
  }
}
