package org.sanctuary.identity.linkage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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

  private final LinkageModel model;
  private final long seed;

  public Linkage(LinkageModel model, long seed) {
    this.model = model;
    this.seed = seed;
  }

  /** One scored pair: two records by position, the probability they are one person, and why. */
  public record Pair(int first, int second, double probability, double[] contributions) {}

  /**
   * The outcome of a run.
   *
   * @param pairs every candidate pair, scored
   * @param skippedBlocks blocks larger than the model allows, not compared
   * @param m per field and level, the chance of that level among matches (EM)
   * @param u per field and level, the chance of that level among random pairs
   * @param matchShare the share of candidate pairs that are matches (EM)
   */
  public record Result(List<Pair> pairs, int skippedBlocks, double[][] m, double[][] u, double matchShare) {

    /** The pairs at or above a probability. */
    public List<Pair> above(double probability) {
      return pairs.stream().filter(p -> p.probability() >= probability).toList();
    }
  }

  /** Links the records (each an array of the model's columns; null or empty is missing). */
  public Result run(List<@Nullable String[]> records) {
    int n = records.size();
    Set<Long> candidates = new HashSet<>();
    int skipped = block(records, candidates);
    List<LinkageModel.Field> fields = model.fields();
    int[] columns = fields.stream().mapToInt(f -> model.index(f.column())).toArray();
    double[][] u = randomPairLevels(records, columns);
    long[] pairs = candidates.stream().mapToLong(Long::longValue).sorted().toArray();
    int[][] levels = new int[pairs.length][];
    Map<String, int[]> patterns = new HashMap<>();
    Map<String, Integer> counts = new HashMap<>();
    for (int k = 0; k < pairs.length; k++) {
      int i = (int) (pairs[k] / n);
      int j = (int) (pairs[k] % n);
      levels[k] = compare(records.get(i), records.get(j), columns);
      String pattern = java.util.Arrays.toString(levels[k]);
      patterns.putIfAbsent(pattern, levels[k]);
      counts.merge(pattern, 1, Integer::sum);
    }
    double[][] m = initialM();
    double share = 0.1;
    for (int round = 0; round < EM_ROUNDS; round++) {
      double[][] mNext = new double[fields.size()][];
      double[][] seen = new double[fields.size()][];
      for (int f = 0; f < fields.size(); f++) {
        mNext[f] = new double[fields.get(f).comparison().levels()];
        seen[f] = new double[1];
      }
      double matches = 0;
      double total = 0;
      for (Map.Entry<String, int[]> entry : patterns.entrySet()) {
        int[] pattern = entry.getValue();
        int count = counts.get(entry.getKey());
        double g = posterior(pattern, m, u, share);
        matches += g * count;
        total += count;
        for (int f = 0; f < pattern.length; f++) {
          if (pattern[f] != FieldComparison.MISSING) {
            mNext[f][pattern[f]] += g * count;
            seen[f][0] += g * count;
          }
        }
      }
      double change = Math.abs(matches / total - share);
      share = Math.max(1e-6, Math.min(1 - 1e-6, matches / total));
      for (int f = 0; f < fields.size(); f++) {
        for (int l = 0; l < mNext[f].length; l++) {
          double next = (mNext[f][l] + 1e-3) / (seen[f][0] + 1e-3 * mNext[f].length);
          change = Math.max(change, Math.abs(next - m[f][l]));
          m[f][l] = next;
        }
      }
      if (change < 1e-7) {
        break;
      }
    }
    Map<String, Integer>[] frequencies = termFrequencies(records, columns);
    List<Pair> scored = new ArrayList<>(pairs.length);
    double prior = Math.log(share / (1 - share)) / Math.log(2);
    for (int k = 0; k < pairs.length; k++) {
      int i = (int) (pairs[k] / n);
      int j = (int) (pairs[k] % n);
      double[] contributions = new double[fields.size()];
      double weight = prior;
      for (int f = 0; f < fields.size(); f++) {
        int level = levels[k][f];
        if (level == FieldComparison.MISSING) {
          continue;
        }
        double uValue = u[f][level];
        if (level == 0 && fields.get(f).termFrequency()) {
          String value = records.get(i)[columns[f]];
          uValue = Math.max(frequencies[f].getOrDefault(value, 1) / (double) n, 1.0 / n);
        }
        contributions[f] = Math.log(m[f][level] / uValue) / Math.log(2);
        weight += contributions[f];
      }
      scored.add(new Pair(i, j, 1 / (1 + Math.pow(2, -weight)), contributions));
    }
    return new Result(scored, skipped, m, u, share);
  }

  /** The candidate pairs (i * n + j, i &lt; j) of every pass; returns the number of blocks skipped as too large. */
  private int block(List<@Nullable String[]> records, Set<Long> pairs) {
    int n = records.size();
    int skipped = 0;
    for (LinkageModel.Pass pass : model.passes()) {
      Map<String, List<Integer>> blocks = new HashMap<>();
      int[] columns = pass.columns().stream().mapToInt(model::index).toArray();
      for (int r = 0; r < n; r++) {
        String key = key(records.get(r), columns, pass.unordered());
        if (key == null) {
          continue;
        }
        if (pass.eachValue()) {
          for (String one : new HashSet<>(List.of(key.split("\\|")))) {
            if (!one.isEmpty()) {
              blocks.computeIfAbsent(one, k -> new ArrayList<>()).add(r);
            }
          }
        } else {
          blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
        }
      }
      for (List<Integer> block : blocks.values()) {
        if (block.size() > model.largestBlock()) {
          skipped++;
          continue;
        }
        for (int a = 0; a < block.size(); a++) {
          for (int b = a + 1; b < block.size(); b++) {
            int i = Math.min(block.get(a), block.get(b));
            int j = Math.max(block.get(a), block.get(b));
            pairs.add((long) i * n + j);
          }
        }
      }
    }
    return skipped;
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

  private int[] compare(@Nullable String[] a, @Nullable String[] b, int[] columns) {
    int[] levels = new int[columns.length];
    for (int f = 0; f < columns.length; f++) {
      levels[f] = model.fields().get(f).comparison().compare(a[columns[f]], b[columns[f]]);
    }
    return levels;
  }

  /** u: how often each level occurs between records drawn at random (almost all different people). */
  private double[][] randomPairLevels(List<@Nullable String[]> records, int[] columns) {
    List<LinkageModel.Field> fields = model.fields();
    double[][] counts = new double[fields.size()][];
    for (int f = 0; f < fields.size(); f++) {
      counts[f] = new double[fields.get(f).comparison().levels()];
    }
    Random random = new Random(seed);
    int n = records.size();
    for (int draw = 0; draw < RANDOM_PAIRS && n > 1; draw++) {
      int i = random.nextInt(n);
      int j = random.nextInt(n - 1);
      if (j >= i) {
        j++;
      }
      int[] levels = compare(records.get(i), records.get(j), columns);
      for (int f = 0; f < levels.length; f++) {
        if (levels[f] != FieldComparison.MISSING) {
          counts[f][levels[f]]++;
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
      int levels = fields.get(f).comparison().levels();
      m[f] = new double[levels];
      m[f][0] = 0.9;
      for (int l = 1; l < levels; l++) {
        m[f][l] = 0.1 / (levels - 1);
      }
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

  @SuppressWarnings("unchecked")
  private Map<String, Integer>[] termFrequencies(List<@Nullable String[]> records, int[] columns) {
    Map<String, Integer>[] frequencies = new Map[columns.length];
    for (int f = 0; f < columns.length; f++) {
      frequencies[f] = new HashMap<>();
      if (model.fields().get(f).termFrequency()) {
        for (String[] record : records) {
          String value = record[columns[f]];
          if (value != null && !value.isEmpty()) {
            frequencies[f].merge(value, 1, Integer::sum);
          }
        }
      }
    }
    return frequencies;
  }
}
