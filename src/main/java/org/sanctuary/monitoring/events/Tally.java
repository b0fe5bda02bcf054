package org.sanctuary.monitoring.events;

import org.jspecify.annotations.Nullable;

/**
 * Events and their victims added up, the six numbers every figure is made of: how many events, how
 * many gave no usable number, and the sums of the minima and of the maxima with how many counts left
 * each bound unknown (one unknown bound makes a sum unknown, never a smaller number).
 */
public record Tally(long events, long withoutNumber, long minUnknown, long min, long maxUnknown, long max) {

  public static final Tally ZERO = new Tally(0, 0, 0, 0, 0, 0);

  /** One event counted with the bounds given (either may be unknown). */
  public static Tally of(@Nullable Long min, @Nullable Long max) {
    return counts(1, min, max);
  }

  /** Counts added to {@code events} events: each with no bound at all is one without a number. */
  static Tally counts(long events, @Nullable Long min, @Nullable Long max) {
    return new Tally(events, min == null && max == null ? 1 : 0, min == null && max != null ? 1 : 0, min == null ? 0 : min,
        max == null && min != null ? 1 : 0, max == null ? 0 : max);
  }

  public Tally plus(Tally other) {
    return new Tally(events + other.events, withoutNumber + other.withoutNumber, minUnknown + other.minUnknown,
        min + other.min, maxUnknown + other.maxUnknown, max + other.max);
  }

  public Tally negated() {
    return new Tally(-events, -withoutNumber, -minUnknown, -min, -maxUnknown, -max);
  }

  public boolean isZero() {
    return equals(ZERO);
  }
}
