package org.sanctuary.monitoring.reports;

import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How hard a list import runs. An import is one thread that, left to itself, keeps a core of the
 * application and of the database busy for its whole length, and other users' reads share those
 * cores. After each step of rows it therefore rests for as long as the step took, times {@code
 * sanctuary.import.rest-per-work}: at 2, the default, it takes at most a third of what it would and
 * lasts about three times as long; at 0 it runs flat out. As PostgreSQL's cost-based vacuum delay
 * does, it trades the length of background work for everyone else's waiting (docs/benchmarks.md).
 */
@Component
class ImportPace {

  /** Sleeps; a test passes one that records instead. */
  @FunctionalInterface
  interface Rest {
    void nanos(long nanos) throws InterruptedException;
  }

  private final double restPerWork;
  private final LongSupplier nanoTime;
  private final Rest rest;

  @Autowired
  ImportPace(@Value("${sanctuary.import.rest-per-work:2}") double restPerWork) {
    this(restPerWork, System::nanoTime, TimeUnit.NANOSECONDS::sleep);
  }

  ImportPace(double restPerWork, LongSupplier nanoTime, Rest rest) {
    if (!(restPerWork >= 0 && restPerWork <= 10)) {
      throw new IllegalArgumentException("sanctuary.import.rest-per-work must be from 0 to 10, not " + restPerWork);
    }
    this.restPerWork = restPerWork;
    this.nanoTime = nanoTime;
    this.rest = rest;
  }

  /** When a step starts, as {@link #restAfter} takes it. */
  long stepStarts() {
    return nanoTime.getAsLong();
  }

  /**
   * Rests in proportion to the step that started at {@code started}. An interrupted rest stops the
   * import, whose transaction then leaves nothing written.
   */
  void restAfter(long started) {
    long nanos = (long) ((nanoTime.getAsLong() - started) * restPerWork);
    if (nanos <= 0) {
      return;
    }
    try {
      rest.nanos(nanos);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("the import was interrupted", e);
    }
  }
}
