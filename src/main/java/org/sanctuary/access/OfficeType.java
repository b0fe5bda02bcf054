package org.sanctuary.access;

/** The kinds of office Sanctuary serves. */
public enum OfficeType {
  /** A protection office running refugee status determination under UNHCR's mandate. */
  MANDATE_OFFICE,
  /** A national asylum authority. */
  NATIONAL_AUTHORITY,
  /** An embassy or consulate intake point: intake, safe custody and referral, never a full determination. */
  DIPLOMATIC_MISSION,
  /** A protection monitoring team. */
  MONITORING_TEAM
}
