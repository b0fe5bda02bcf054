package org.sanctuary.estimation;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH: a four-list estimate over about 100,000 linked people (every hierarchical log-linear model
 * fitted and ranked, then the profile interval of the three best), and 100 iterations of the
 * latent-class sampler on the same lists; beside sorting 100,000 longs, measured in the same run.
 * Run with bench/jmh.sh; results in docs/benchmarks.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class EstimationBenchmark {

  private CaptureHistories lists;
  private long[] unsorted;

  @Setup
  public void lists() {
    Random random = new Random(2002);
    long[] cells = new long[16];
    // 150,000 people, a quarter on each list with 0.5 and the rest with 0.2: about 101,000 seen.
    for (int person = 0; person < 150_000; person++) {
      double chance = person % 4 == 0 ? 0.5 : 0.2;
      int cell = 0;
      for (int list = 0; list < 4; list++) {
        if (random.nextDouble() < chance) {
          cell |= 1 << list;
        }
      }
      cells[cell]++;
    }
    lists = CaptureHistories.of(List.of("witness", "church", "press", "ngo"), cells);
    unsorted = random.longs(100_000).toArray();
  }

  @Benchmark
  public List<Interval> fourListEstimate() {
    List<LogLinearFit> ranked = ModelSearch.ranked(lists);
    return ranked.subList(0, 3).stream().map(fit -> fit.profileInterval(lists, 0.95)).toList();
  }

  @Benchmark
  public LatentClasses.Estimate latentClassHundredIterations() {
    return LatentClasses.of(lists, new LatentClasses.Settings(10, 0, 100, 1, 7));
  }

  @Benchmark
  public long[] bareSortOfHundredThousandLongs() {
    long[] copy = unsorted.clone();
    Arrays.sort(copy);
    return copy;
  }
}
