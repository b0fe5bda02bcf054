package org.sanctuary.shared;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * JMH: the cost of reading the dates and counts monitors type, on the write path of every person
 * and (later) every event. Run with bench/jmh.sh; results in docs/benchmarks.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ValueParsingBenchmark {

  @Param({"2002-05-13", "end of May 2002", "before June 2002", "about 2½ years old on 31 May 2002"})
  public String date;

  @Param({"up to 900"})
  public String count;

  @Benchmark
  public IntervalDate parseDate() {
    return IntervalDate.parse(date);
  }

  @Benchmark
  public CountClaim parseCount() {
    return CountClaim.parse(count);
  }
}
