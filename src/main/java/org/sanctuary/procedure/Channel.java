package org.sanctuary.procedure;

/** How intent to seek asylum reached the office: any channel makes the person an applicant. */
public enum Channel {
  OFFICE,
  BORDER,
  DETENTION_VISIT,
  REFERRAL,
  MONITORING_MISSION,
  /** An embassy or consulate: intake, safe custody and referral, as a last resort for many. */
  DIPLOMATIC_PREMISES
}
