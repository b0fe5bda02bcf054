package org.sanctuary.shared;

import java.time.LocalDate;
import java.time.Period;
import org.jspecify.annotations.Nullable;

/**
 * The age bands figures are broken down by, in procedure and monitoring alike: children, adults, and
 * people of 60 and over (the bands a report's "children" or "the elderly" can be read into).
 */
public enum AgeBand {
  UNDER_18(0, 17),
  FROM_18_TO_59(18, 59),
  FROM_60(60, Integer.MAX_VALUE);

  private final int from;
  private final int to;

  AgeBand(int from, int to) {
    this.from = from;
    this.to = to;
  }

  /**
   * The band of someone born between the two days (a date of birth known to the year is an interval)
   * on the day given; null when the interval is open or straddles two bands: unknown, never guessed.
   */
  public static @Nullable AgeBand on(@Nullable LocalDate bornEarliest, @Nullable LocalDate bornLatest, LocalDate day) {
    if (bornEarliest == null || bornLatest == null || bornLatest.isAfter(day)) {
      return null;
    }
    int oldest = Period.between(bornEarliest, day).getYears();
    int youngest = Period.between(bornLatest, day).getYears();
    for (AgeBand band : values()) {
      if (youngest >= band.from && oldest <= band.to) {
        return band;
      }
    }
    return null;
  }
}
