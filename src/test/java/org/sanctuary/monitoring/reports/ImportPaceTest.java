package org.sanctuary.monitoring.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An import rests after each step in proportion to the step, so that it leaves other users the cores. */
class ImportPaceTest {

  private long now;
  private final List<Long> rests = new ArrayList<>();

  private ImportPace pace(double restPerWork) {
    return new ImportPace(restPerWork, () -> now, nanos -> rests.add(nanos));
  }

  /** A step of the import that takes {@code nanos}, then its rest. */
  private void step(ImportPace pace, long nanos) {
    long started = pace.stepStarts();
    now += nanos;
    pace.restAfter(started);
  }

  @Test
  void aStepIsFollowedByARestAsLongAsTheStepTimesTheFactor() {
    step(pace(2), 40_000_000);
    step(pace(1), 40_000_000);
    step(pace(0.5), 40_000_000);

    assertThat(rests).containsExactly(80_000_000L, 40_000_000L, 20_000_000L);
  }

  @Test
  void atZeroTheImportRunsFlatOut() {
    step(pace(0), 40_000_000);

    assertThat(rests).isEmpty();
  }

  @Test
  void aFactorOutsideZeroToTenIsRefusedByName() {
    assertThatThrownBy(() -> pace(-1)).hasMessageContaining("sanctuary.import.rest-per-work");
    assertThatThrownBy(() -> pace(Double.NaN)).hasMessageContaining("sanctuary.import.rest-per-work");
    assertThatThrownBy(() -> pace(11)).hasMessageContaining("sanctuary.import.rest-per-work");
  }

  @Test
  void anInterruptedRestStopsTheImportAndKeepsTheInterrupt() {
    ImportPace interrupted = new ImportPace(1, () -> now, nanos -> {
      throw new InterruptedException();
    });
    long started = interrupted.stepStarts();
    now += 1_000_000;
    try {
      assertThatThrownBy(() -> interrupted.restAfter(started)).hasMessageContaining("interrupted");
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
  }
}
