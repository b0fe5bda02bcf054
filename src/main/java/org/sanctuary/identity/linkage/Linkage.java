package org.sanctuary.identity.linkage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An unsupervised Fellegi–Sunter linkage of one set of records (names-and-linkage.md §2): candidate
 * pairs from the union of the blocking passes; for each pair a comparison vector; u from random
 * pairs; m and the share of matches by EM over the distinct vectors; each pair scored as the sum of
 * its fields' log₂ Bayes factors (exact agreement on a common value weighs less), with every
 * contribution kept.
 */
public final class Linkage {

  /** Random pairs drawn to estimate u. */
  static final int RANDOM_PAIRS = 200_000;
  private static final int EM_ROUNDS = 200;
  /** A value held by at most this many records is rare enough for an anchor. */
  private static final int RARE = 4;

  private final LinkageModel model;
  private final long seed;

  public Linkage(LinkageModel model, long seed) {
    if (model.fields().size() * BITS > 63) {
      throw new IllegalArgumentException("at most 15 compared fields");
    }
    this.model = model;
    this.seed = seed;
  }

  /** One scored pair: two records by position, the probability they are one person, and why. */
  public record Pair(int first, int second, double probability, double[] contributions) {}

  /**
   * The outcome of a run.
   *
   * @param pairs the candidate pairs scored at or above the run's floor (every one with no floor)
   * @param candidates how many candidate pairs were compared
   * @param skippedBlocks blocks larger than the model allows, not compared
   * @param m per field and level, the chance of that level among matches (EM)
   * @param u per field and level, the chance of that level among random pairs
   * @param matchShare the share of candidate pairs that are matches (EM)
   * @param priorWeight log₂ of the prior odds that two random records match, where each pair's weight starts
   */
  public record Result(List<Pair> pairs, long candidates, int skippedBlocks, double[][] m, double[][] u, double matchShare, double priorWeight) {

    /** The pairs at or above a probability. */
    public List<Pair> above(double probability) {
      return pairs.stream().filter(p -> p.probability() >= probability).toList();
    }
  }

  /** Told as a run goes: the stage it is in, and how far into it. An exception thrown here stops the run. */
  @FunctionalInterface
  public interface Progress {
    void at(Stage stage, long done, long of);

    Progress NONE = (stage, done, of) -> { };
  }

  /** The stages of a run, in order. */
  public enum Stage {
    BLOCKING,
    COMPARING,
    LEARNING,
    SCORING
  }

  private static final int REPORT_EVERY = 50_000;

  /** Links the records (each an array of the model's columns; null or empty is missing). */
  public Result run(List<@Nullable String[]> records) {
    return run(records, Progress.NONE);
  }

  /** Links the records, telling {@code progress} how far it has come. */
  public Result run(List<@Nullable String[]> records, Progress progress) {
    return run(records, progress, 0);
  }

  /**
   * Links the records and keeps the pairs scored at or above {@code floor} (a large registry has
   * tens of millions of candidate pairs; nobody reviews those below the lower threshold). Comparing
   * and scoring use every core.
   */
  public Result run(List<@Nullable String[]> records, Progress progress, double floor) {
    int n = records.size();
    progress.at(Stage.BLOCKING, 0, n);
    List<LinkageModel.Field> fields = model.fields();
    // Every column that is compared or blocked on value by value, interned once (each on a core of its own).
    Map<Integer, Column> interned = new java.util.concurrent.ConcurrentHashMap<>();
    java.util.stream.Stream.concat(fields.stream().map(LinkageModel.Field::column),
            model.passes().stream().filter(LinkageModel.Pass::eachValue).map(pass -> pass.columns().get(0)))
        .map(model::index).distinct().toList().parallelStream()
        .forEach(index -> interned.put(index, Column.of(records, index)));
    long[] pairs = new long[0];
    int skipped = 0;
    // The passes are independent: each on its own core, their pairs joined after.
    for (Blocked blocked : model.passes().parallelStream().map(pass -> block(records, pass, interned)).toList()) {
      pairs = union(pairs, blocked.pairs());
      skipped += blocked.skipped();
    }
    Column[] columns = fields.stream().map(f -> interned.get(model.index(f.column()))).toArray(Column[]::new);
    FieldComparison.Prepared[] comparisons = new FieldComparison.Prepared[fields.size()];
    for (int f = 0; f < comparisons.length; f++) {
      comparisons[f] = fields.get(f).comparison().prepare(columns[f]);
    }
    double[][] u = randomPairLevels(n, comparisons);
    long[] candidates = pairs;
    // Each pair's levels packed in one long, four bits a field: tens of millions of pairs, no array each.
    long[] levels = new long[candidates.length];
    java.util.concurrent.atomic.AtomicLong compared = new java.util.concurrent.atomic.AtomicLong();
    java.util.stream.IntStream.range(0, candidates.length).parallel().forEach(k -> {
      levels[k] = compare((int) (candidates[k] / n), (int) (candidates[k] % n), comparisons);
      if (k % REPORT_EVERY == REPORT_EVERY - 1) {
        progress.at(Stage.COMPARING, compared.addAndGet(REPORT_EVERY), candidates.length);
      }
    });
    progress.at(Stage.LEARNING, 0, candidates.length);
    // m starts from anchor pairs (every other field in full agreement: almost surely one person),
    // then EM over all candidate pairs refines m and the share of matches; u stays from random pairs.
    Patterns all = new Patterns();
    for (long pattern : levels) {
      all.add(pattern);
    }
    // An anchor agrees fully on the other fields, on values few records share (a common name says little).
    boolean[] rare = new boolean[candidates.length];
    // How many records hold the value a pair agrees on, per term-frequency field: found once, used
    // for the anchors here and for the pair's weight below.
    int[][] shared = new int[fields.size()][];
    for (int f = 0; f < fields.size(); f++) {
      shared[f] = fields.get(f).termFrequency() ? new int[candidates.length] : null;
    }
    java.util.stream.IntStream.range(0, candidates.length).parallel().forEach(k -> {
      rare[k] = true;
      for (int f = 0; f < fields.size(); f++) {
        if (shared[f] != null && level(levels[k], f) == 0) {
          shared[f][k] = columns[f].rarestShared((int) (candidates[k] / n), (int) (candidates[k] % n));
          rare[k] &= shared[f][k] <= RARE;
        }
      }
    });
    all.done();
    boolean[] observed = observed(all);
    double[][] m = anchoredM(levels, rare, observed);
    double[][] refined = copy(m);
    double refinedShare = em(all, refined, u, 0.01, true);
    if (refinedShare < 0.5 && separates(refined, u, observed)) {
      m = refined;
    }
    // With m and u fixed, the share of matches among the candidate pairs.
    double share = m == refined ? refinedShare : em(all, m, u, 0.01, false);
    progress.at(Stage.SCORING, 0, candidates.length);
    // u describes random pairs, so the prior is the chance that two random records match: the
    // expected matches among the candidates spread over every pair of records.
    double allPairs = (double) n * (n - 1) / 2;
    double randomMatch = Math.min(0.5, Math.max(1e-12, share * candidates.length / allPairs));
    double prior = Math.log(randomMatch / (1 - randomMatch)) / Math.log(2);
    double[][] mFinal = m;
    Pair[] scored = new Pair[candidates.length];
    java.util.stream.IntStream.range(0, candidates.length).parallel().forEach(k -> {
      int i = (int) (candidates[k] / n);
      int j = (int) (candidates[k] % n);
      double[] contributions = new double[fields.size()];
      double weight = prior;
      for (int f = 0; f < fields.size(); f++) {
        int level = level(levels[k], f);
        if (level == FieldComparison.MISSING) {
          continue;
        }
        double uValue = u[f][level];
        if (level == 0 && fields.get(f).termFrequency()) {
          uValue = Math.max(shared[f][k] / (double) n, 1.0 / n);
        }
        contributions[f] = Math.log(mFinal[f][level] / uValue) / Math.log(2);
        weight += contributions[f];
      }
      double probability = 1 / (1 + Math.pow(2, -weight));
      if (probability >= floor) {
        scored[k] = new Pair(i, j, probability, contributions);
      }
    });
    List<Pair> kept = new ArrayList<>();
    for (Pair pair : scored) {
      if (pair != null) {
        kept.add(pair);
      }
    }
    return new Result(kept, candidates.length, skipped, m, u, share, prior);
  }

  /** The pairs one blocking pass finds (i * n + j, i &lt; j), sorted and distinct, and the blocks it skipped as too large. */
  private record Blocked(long[] pairs, int skipped) {}

  /** The sorted distinct union of two sorted distinct arrays. */
  private static long[] union(long[] a, long[] b) {
    long[] out = new long[a.length + b.length];
    int i = 0;
    int j = 0;
    int o = 0;
    while (i < a.length || j < b.length) {
      long next = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i++] : b[j++];
      if (o == 0 || out[o - 1] != next) {
        out[o++] = next;
      }
    }
    return java.util.Arrays.copyOf(out, o);
  }

  /** Distinct comparison vectors (packed) and how often each occurs. */
  private final class Patterns {
    final Map<String, int[]> vectors = new HashMap<>();
    final Map<String, Integer> counts = new HashMap<>();
    private final Map<Long, Integer> packed = new HashMap<>();

    void add(long levels) {
      packed.merge(levels, 1, Integer::sum);
    }

    /** Unpacks the distinct vectors once, after every pair was added. */
    Patterns done() {
      packed.forEach((levels, count) -> {
        int[] vector = unpack(levels);
        String key = java.util.Arrays.toString(vector);
        vectors.put(key, vector);
        counts.put(key, count);
      });
      return this;
    }
  }

  private static final int BITS = 4;

  private static int level(long packed, int field) {
    return (int) ((packed >>> (BITS * field)) & ((1 << BITS) - 1)) - 1;
  }

  private int[] unpack(long packed) {
    int[] levels = new int[model.fields().size()];
    for (int f = 0; f < levels.length; f++) {
      levels[f] = level(packed, f);
    }
    return levels;
  }

  /**
   * EM over the vectors: the share of matches and, if asked, m (in place), u held fixed. Returns the
   * share.
   */
  private static double em(Patterns patterns, double[][] m, double[][] u, double initialShare, boolean learnM) {
    if (patterns.vectors.isEmpty()) {
      // No candidate pair: nothing is a match, and m stays where it started.
      return 0;
    }
    double share = initialShare;
    for (int round = 0; round < EM_ROUNDS; round++) {
      double[][] mNext = new double[m.length][];
      double[] seen = new double[m.length];
      for (int f = 0; f < m.length; f++) {
        mNext[f] = new double[m[f].length];
      }
      double matches = 0;
      double total = 0;
      for (Map.Entry<String, int[]> entry : patterns.vectors.entrySet()) {
        int[] pattern = entry.getValue();
        int count = patterns.counts.get(entry.getKey());
        double g = posterior(pattern, m, u, share);
        matches += g * count;
        total += count;
        for (int f = 0; f < pattern.length; f++) {
          if (pattern[f] != FieldComparison.MISSING) {
            mNext[f][pattern[f]] += g * count;
            seen[f] += g * count;
          }
        }
      }
      double change = Math.abs(matches / total - share);
      share = Math.max(1e-6, Math.min(1 - 1e-6, matches / total));
      if (learnM) {
        for (int f = 0; f < m.length; f++) {
          for (int l = 0; l < m[f].length; l++) {
            double next = (mNext[f][l] + 1e-3) / (seen[f] + 1e-3 * m[f].length);
            change = Math.max(change, Math.abs(next - m[f][l]));
            m[f][l] = next;
          }
        }
      }
      if (change < 1e-7) {
        break;
      }
    }
    return share;
  }

  /**
   * m from anchor pairs: for each field, how its levels fall among the pairs on which every other
   * field agrees fully (none missing; a field no record gives is left out); where too few anchors
   * exist, the prior of {@link #initialM}.
   */
  private double[][] anchoredM(long[] levels, boolean[] rare, boolean[] observed) {
    double[][] m = initialM();
    for (int f = 0; f < m.length; f++) {
      double[] counts = new double[m[f].length];
      double total = 0;
      for (int k = 0; k < levels.length; k++) {
        long packed = levels[k];
        int level = level(packed, f);
        boolean anchor = level != FieldComparison.MISSING && (rare[k] || model.fields().get(f).termFrequency());
        for (int other = 0; other < m.length && anchor; other++) {
          anchor = other == f || !observed[other] || level(packed, other) == 0;
        }
        if (anchor) {
          counts[level]++;
          total++;
        }
      }
      if (total >= 20) {
        for (int l = 0; l < counts.length; l++) {
          m[f][l] = (counts[l] + 0.5) / (total + 0.5 * counts.length);
        }
      }
    }
    return m;
  }

  /**
   * Whether EM kept matches apart from random pairs (with few fields it can drift to a split of its
   * own, such as "born the same year"; then the anchors' m is kept): full agreement is likelier among
   * matches on every field.
   */
  private static boolean separates(double[][] m, double[][] u, boolean[] observed) {
    for (int f = 0; f < m.length; f++) {
      if (observed[f] && m[f][0] <= u[f][0]) {
        return false;
      }
    }
    return true;
  }

  /** Per field, whether any candidate pair has it on both sides (a field nobody gives learns nothing). */
  private boolean[] observed(Patterns patterns) {
    boolean[] observed = new boolean[model.fields().size()];
    // The distinct comparison vectors say it: a few dozen, not every pair.
    for (int[] vector : patterns.vectors.values()) {
      for (int f = 0; f < observed.length; f++) {
        observed[f] |= vector[f] != FieldComparison.MISSING;
      }
    }
    return observed;
  }

  private static double[][] copy(double[][] table) {
    double[][] copied = new double[table.length][];
    for (int f = 0; f < table.length; f++) {
      copied[f] = table[f].clone();
    }
    return copied;
  }

  /**
   * One pass: records grouped by their key (or by each value, for a column of several), every pair
   * within a group; groups larger than the model allows are skipped and counted.
   */
  private Blocked block(List<@Nullable String[]> records, LinkageModel.Pass pass, Map<Integer, Column> interned) {
    int n = records.size();
    java.util.stream.LongStream.Builder entries = java.util.stream.LongStream.builder();
    int[] columns = pass.columns().stream().mapToInt(model::index).toArray();
    if (pass.eachValue()) {
      Column column = interned.get(columns[0]);
      for (int r = 0; r < n; r++) {
        for (int id : column.ids(r)) {
          entries.add((long) id << 32 | r);
        }
      }
    } else {
      Map<String, Integer> ids = new HashMap<>();
      for (int r = 0; r < n; r++) {
        String key = key(records.get(r), columns, pass.unordered());
        if (key != null) {
          entries.add((long) ids.computeIfAbsent(key, k -> ids.size()) << 32 | r);
        }
      }
    }
    long[] sorted = entries.build().toArray();
    java.util.Arrays.parallelSort(sorted);
    java.util.stream.LongStream.Builder found = java.util.stream.LongStream.builder();
    int skipped = 0;
    for (int start = 0; start < sorted.length; ) {
      int end = start;
      while (end < sorted.length && sorted[end] >>> 32 == sorted[start] >>> 32) {
        end++;
      }
      if (end - start > (pass.largestBlock() > 0 ? pass.largestBlock() : model.largestBlock())) {
        skipped++;
      } else {
        for (int a = start; a < end; a++) {
          for (int b = a + 1; b < end; b++) {
            long i = (int) sorted[a];
            long j = (int) sorted[b];
            found.add(i < j ? i * n + j : j * n + i);
          }
        }
      }
      start = end;
    }
    long[] pairs = found.build().toArray();
    java.util.Arrays.parallelSort(pairs);
    int distinct = 0;
    for (int k = 0; k < pairs.length; k++) {
      if (k == 0 || pairs[k] != pairs[distinct - 1]) {
        pairs[distinct++] = pairs[k];
      }
    }
    return new Blocked(java.util.Arrays.copyOf(pairs, distinct), skipped);
  }

  private static @Nullable String key(@Nullable String[] record, int[] columns, boolean unordered) {
    String[] parts = new String[columns.length];
    for (int c = 0; c < columns.length; c++) {
      String value = record[columns[c]];
      if (value == null || value.isEmpty()) {
        return null;
      }
      parts[c] = value;
    }
    if (unordered) {
      java.util.Arrays.sort(parts);
    }
    return String.join("\u0001", parts);
  }

  /** Two records' levels, field by field, packed four bits a field. */
  private static long compare(int first, int second, FieldComparison.Prepared[] comparisons) {
    long packed = 0;
    for (int f = 0; f < comparisons.length; f++) {
      packed |= (long) (comparisons[f].level(first, second) + 1) << (BITS * f);
    }
    return packed;
  }

  /**
   * u: how often each level occurs between records drawn at random (almost all different people).
   * The pairs are drawn in order from the seed, then compared on every core.
   */
  private double[][] randomPairLevels(int n, FieldComparison.Prepared[] comparisons) {
    List<LinkageModel.Field> fields = model.fields();
    double[][] counts = new double[fields.size()][];
    for (int f = 0; f < fields.size(); f++) {
      counts[f] = new double[fields.get(f).comparison().levels()];
    }
    Random random = new Random(seed);
    long[] drawn = new long[n > 1 ? RANDOM_PAIRS : 0];
    for (int draw = 0; draw < drawn.length; draw++) {
      int i = random.nextInt(n);
      int j = random.nextInt(n - 1);
      drawn[draw] = (long) i << 32 | (j >= i ? j + 1 : j);
    }
    long[] levels = java.util.Arrays.stream(drawn).parallel().map(pair -> compare((int) (pair >>> 32), (int) pair, comparisons)).toArray();
    for (long packed : levels) {
      for (int f = 0; f < comparisons.length; f++) {
        if (level(packed, f) != FieldComparison.MISSING) {
          counts[f][level(packed, f)]++;
        }
      }
    }
    for (double[] field : counts) {
      double total = 0;
      for (double c : field) {
        total += c;
      }
      for (int l = 0; l < field.length; l++) {
        field[l] = (field[l] + 1) / (total + field.length);
      }
    }
    return counts;
  }

  private double[][] initialM() {
    List<LinkageModel.Field> fields = model.fields();
    double[][] m = new double[fields.size()][];
    for (int f = 0; f < fields.size(); f++) {
      m[f] = fields.get(f).comparison().prior();
    }
    return m;
  }

  private static double posterior(int[] pattern, double[][] m, double[][] u, double share) {
    double match = Math.log(share);
    double nonMatch = Math.log(1 - share);
    for (int f = 0; f < pattern.length; f++) {
      if (pattern[f] != FieldComparison.MISSING) {
        match += Math.log(m[f][pattern[f]]);
        nonMatch += Math.log(u[f][pattern[f]]);
      }
    }
    return 1 / (1 + Math.exp(nonMatch - match));
  }
}
