package org.sanctuary.estimation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The latent-class sampler on lists drawn from a population of known size where a quarter of the
 * people are easy to record and the rest hard: the kind of heterogeneity that makes the log-linear
 * model of independent lists undercount.
 */
class LatentClassesTest {

  private static final int POPULATION = 2_000;

  @Test
  void theSameSeedGivesTheSameDrawsAndAnotherSeedOthers() {
    CaptureHistories lists = draw(new Random(7));
    LatentClasses.Settings short_ = new LatentClasses.Settings(10, 200, 300, 1, 11);
    assertThat(LatentClasses.of(lists, short_).draws()).isEqualTo(LatentClasses.of(lists, short_).draws());
    assertThat(LatentClasses.of(lists, new LatentClasses.Settings(10, 200, 300, 1, 12)).draws())
        .isNotEqualTo(LatentClasses.of(lists, short_).draws());
  }

  @Test
  void withUnequalChancesOfBeingRecordedTheIntervalHoldsTheTrueSizeWhereIndependenceFallsFarShort() {
    Random random = new Random(2002);
    int held = 0;
    int draws = 10;
    for (int draw = 0; draw < draws; draw++) {
      CaptureHistories lists = draw(random);
      LatentClasses.Estimate estimate = LatentClasses.of(lists, LatentClasses.Settings.standard(draw));
      if (estimate.interval().contains(POPULATION)) {
        held++;
      }
      assertThat(estimate.interval().lower()).isGreaterThanOrEqualTo(lists.seen());
      double independent = LogLinearFit.of(lists, LogLinearModel.independence(4)).estimate();
      assertThat(independent).isLessThan(POPULATION * 0.9);
      assertThat(estimate.median()).isGreaterThan(independent);
    }
    // With four lists the classes are learnt from few overlaps and the posterior leans low: 8 of these 10 hold N.
    assertThat(held).isGreaterThanOrEqualTo(8);
  }

  /** A quarter of the people are on each of four lists with 0.5, the rest with 0.2, lists independent within each kind. */
  private static CaptureHistories draw(Random random) {
    long[] cells = new long[16];
    for (int person = 0; person < POPULATION; person++) {
      double chance = person < POPULATION / 4 ? 0.5 : 0.2;
      int cell = 0;
      for (int list = 0; list < 4; list++) {
        if (random.nextDouble() < chance) {
          cell |= 1 << list;
        }
      }
      cells[cell]++;
    }
    cells[0] = 0;
    return CaptureHistories.of(List.of("witness", "church", "press", "ngo"), cells);
  }
}
