package org.sanctuary.identity;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * JMH: the cost of a name's canonical keys (on every name written and every search) and of comparing
 * two names (Jaro–Winkler between keys, per candidate pair), beside {@code String.equals} of two keys
 * measured in the same run. Run with bench/jmh.sh; results in docs/benchmarks.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class NameKeysBenchmark {

  @Param({"김철수", "Kim Cheol-soo", "Chol Su Kim", "金哲洙", "Piao Zhengri"})
  public String name;

  private final String key = "KIM COL.SO";
  private final String other = new String("KIM COL.SO".toCharArray());

  @Benchmark
  public List<String> keys() {
    return NameKeys.of(name);
  }

  /** Two names one syllable apart (김철수, Kim Chol-ju): the closest pair of keys by Jaro–Winkler. */
  @State(Scope.Benchmark)
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public static class Comparing {
    private final List<String> cholsu = NameKeys.of("김철수");
    private final List<String> choljuLatin = NameKeys.of("Kim Chol-ju");
    private final String key = "KIM COL.SO";
    private final String other = new String("KIM COL.SO".toCharArray());

    @Benchmark
    public NameMatch compareNames() {
      return NameMatch.between(cholsu, choljuLatin);
    }

    @Benchmark
    public boolean bareKeyEquals() {
      return key.equals(other);
    }
  }

  @Benchmark
  public boolean bareKeyEquals() {
    return key.equals(other);
  }
}
