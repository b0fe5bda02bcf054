package org.sanctuary.shared;

/** How a source qualified a number. */
public enum CountQualifier {
  /** "six": min = max. */
  EXACT,
  /** "about 50": a best estimate with a margin. */
  ABOUT,
  /** "between 20 and 30". */
  BETWEEN,
  /** "at least 25", "hundreds": the maximum is unknown. */
  AT_LEAST,
  /** "more than 25": the maximum is unknown. */
  MORE_THAN,
  /** "up to 900": the minimum is unknown. */
  UP_TO,
  /** "fewer than 10": the minimum is unknown. */
  FEWER_THAN,
  /** Nothing usable was said; both bounds are unknown. */
  UNKNOWN
}
