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

  @Test
  void aStepIsFollowedByARestAsLongAsTheStepTimesTheFactor() {
    ImportPace even = pace(1);
    long started = even.stepStarts();
    now += 40_000_000;
    even.restAfter(started);

    ImportPace lighter = pace(0.5);
    started = lighter.stepStarts();
    now += 40_000_000;
    lighter.restAfter(started);

    assertThat(rests).containsExactly(40_000_000L, 20_000_000L);
  }

  @Test
  void atZeroTheImportRunsFlatOut() {
    ImportPace flatOut = pace(0);
    long started = flatOut.stepStarts();
    now += 40_000_000;
    flatOut.restAfter(started);

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
