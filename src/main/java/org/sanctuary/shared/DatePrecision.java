package org.sanctuary.shared;

/** How finely a source placed a date in time. */
public enum DatePrecision {
  /** A single day: "13 June 2002". */
  DAY,
  /** A third of a month: "end of May 2002". */
  PART_OF_MONTH,
  /** A calendar month: "April 2002". */
  MONTH,
  /** A calendar quarter: "Q2 2002". */
  QUARTER,
  /** Part of a year: "early 2002". */
  PART_OF_YEAR,
  /** A calendar year: "2002". */
  YEAR
}
