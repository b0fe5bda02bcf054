package org.sanctuary.access.internal;

import java.time.Duration;

/**
 * How long an account or an address waits after repeated failed sign-ins: nothing below the limit,
 * then one minute, doubling with each further failure, never longer than the longest wait. Slow
 * enough to stop guessing; short enough that nobody can keep a colleague out for long.
 */
public record SignInBackoff(int limit, Duration longest) {

  static final Duration FIRST_WAIT = Duration.ofMinutes(1);

  /** The wait after this many consecutive failures; zero while under the limit. */
  Duration after(int failures) {
    if (failures < limit) {
      return Duration.ZERO;
    }
    int doublings = Math.min(failures - limit, 20);
    Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
    return wait.compareTo(longest) > 0 ? longest : wait;
  }
}
