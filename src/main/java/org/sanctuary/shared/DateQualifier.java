package org.sanctuary.shared;

/** How a source qualified a date. */
public enum DateQualifier {
  /** The date lies inside the interval. */
  EXACT,
  /** The date lies near the interval; the bounds were widened to say so. */
  CIRCA,
  /** The date lies before the stated point: the earliest bound is unknown. */
  BEFORE,
  /** The date lies after the stated point: the latest bound is unknown. */
  AFTER
}
