package org.sanctuary.registry;

/**
 * Where a person is and in whose hands (monitoring.md §1). Whereabouts and fate are kept apart:
 * nobody is presumed dead because nobody knows where they are.
 */
public enum WhereaboutsStatus {
  AT_LARGE,
  DETAINED,
  WHEREABOUTS_UNKNOWN,
  RETURNED,
  RELEASED,
  IN_DIPLOMATIC_MISSION,
  DEPARTED_TO_THIRD_COUNTRY,
  DECEASED
}
