package org.sanctuary.estimation;

import java.util.Arrays;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * The Bayesian latent-class estimate of N (LCMCR, Manrique-Vallier 2016): people fall into latent
 * classes, each with its own chance of being on each list, so some kinds of people are much harder to
 * record than others; the classes are a Dirichlet-process mixture (stick-breaking truncated at
 * {@link Settings#classes}, concentration α with a Gamma(¼, ¼) prior), each list's chance in a class
 * has a uniform prior, and N has the prior 1/N. A Gibbs sampler augments the people no list recorded:
 * their number given the rest is negative binomial, their classes are drawn as those of the seen. The
 * answer is the posterior median of N and its 95 % interval, the same for the same seed.
 */
public final class LatentClasses {

  public static final String ASSUMPTION =
      "Within each latent class, being on one list says nothing about being on another; the classes themselves,"
          + " and how many there are, are learnt from the overlaps, so unequal chances of being recorded are allowed.";

  private static final double PRIOR_SHAPE = 0.25;
  private static final double PRIOR_RATE = 0.25;

  /**
   * How the sampler runs: the most latent classes, the iterations discarded, the draws kept, the
   * iterations between two kept draws, and the seed.
   */
  public record Settings(int classes, int burnIn, int draws, int thin, long seed) {
    public static Settings standard(long seed) {
      return new Settings(10, 2_000, 5_000, 2, seed);
    }
  }

  /**
   * The posterior of N.
   *
   * @param median the posterior median
   * @param interval the 2.5 % and 97.5 % quantiles of the kept draws
   * @param draws the kept draws of N, in order
   * @param settings how the sampler ran
   */
  public record Estimate(double median, Interval interval, long[] draws, Settings settings) {}

  private LatentClasses() {}

  public static Estimate of(CaptureHistories histories, Settings settings) {
    int k = histories.k();
    int cells = 1 << k;
    int classes = settings.classes();
    long[] observed = new long[cells];
    for (int cell = 1; cell < cells; cell++) {
      observed[cell] = histories.cell(cell);
    }
    long seen = histories.seen();
    RandomGenerator random = new Well19937c(settings.seed());
    double[][] chance = new double[k][classes];
    for (double[] list : chance) {
      for (int c = 0; c < classes; c++) {
        list[c] = 0.2 + 0.6 * random.nextDouble();
      }
    }
    double[] weight = new double[classes];
    Arrays.fill(weight, 1.0 / classes);
    double alpha = 1;
    long unseen = seen;
    long[] kept = new long[settings.draws()];
    int iterations = settings.burnIn() + settings.draws() * settings.thin();
    double[] probability = new double[classes];
    long[] inClass = new long[classes];
    long[] drawn = new long[classes];
    long[][] onListInClass = new long[k][classes];
    for (int iteration = 0; iteration < iterations; iteration++) {
      Arrays.fill(inClass, 0);
      for (long[] list : onListInClass) {
        Arrays.fill(list, 0);
      }
      // The classes of the people seen, cell by cell: each person drawn from the posterior of their class.
      for (int cell = 1; cell < cells; cell++) {
        if (observed[cell] == 0) {
          continue;
        }
        classProbabilities(cell, chance, weight, probability);
        multinomial(observed[cell], probability, random, drawn);
        for (int c = 0; c < classes; c++) {
          inClass[c] += drawn[c];
          for (int j = 0; j < k; j++) {
            if ((cell >> j & 1) == 1) {
              onListInClass[j][c] += drawn[c];
            }
          }
        }
      }
      // The people no list recorded: how many (negative binomial under the prior 1/N), then their classes.
      classProbabilities(0, chance, weight, probability);
      double missed = 0;
      for (double p : probability) {
        missed += p;
      }
      missed = Math.min(missed, 1 - 1e-12);
      double mean = new GammaDistribution(random, seen, missed / (1 - missed)).sample();
      unseen = mean <= 0 ? 0 : new PoissonDistribution(random, mean, PoissonDistribution.DEFAULT_EPSILON,
          PoissonDistribution.DEFAULT_MAX_ITERATIONS).sample();
      multinomial(unseen, probability, random, drawn);
      for (int c = 0; c < classes; c++) {
        inClass[c] += drawn[c];
      }
      // Each list's chance in each class.
      for (int j = 0; j < k; j++) {
        for (int c = 0; c < classes; c++) {
          chance[j][c] = new BetaDistribution(random, 1 + onListInClass[j][c], 1 + inClass[c] - onListInClass[j][c]).sample();
        }
      }
      // The class weights by stick-breaking, then the concentration.
      long after = 0;
      for (long count : inClass) {
        after += count;
      }
      double remaining = 1;
      double logRest = 0;
      for (int c = 0; c < classes; c++) {
        after -= inClass[c];
        double stick = c == classes - 1 ? 1 : Math.min(new BetaDistribution(random, 1 + inClass[c], alpha + after).sample(), 1 - 1e-12);
        weight[c] = remaining * stick;
        remaining *= 1 - stick;
        if (c < classes - 1) {
          logRest += Math.log(1 - stick);
        }
      }
      alpha = new GammaDistribution(random, PRIOR_SHAPE + classes - 1, 1 / (PRIOR_RATE - logRest)).sample();
      int sinceBurnIn = iteration - settings.burnIn();
      if (sinceBurnIn >= 0 && (sinceBurnIn + 1) % settings.thin() == 0) {
        kept[sinceBurnIn / settings.thin()] = seen + unseen;
      }
    }
    long[] sorted = kept.clone();
    Arrays.sort(sorted);
    return new Estimate(quantile(sorted, 0.5), new Interval(quantile(sorted, 0.025), quantile(sorted, 0.975), 0.95), kept,
        settings);
  }

  /** The chance that a person with the cell's history is in each class, normalised (cell 0: unnormalised, its sum is p0). */
  private static void classProbabilities(int cell, double[][] chance, double[] weight, double[] into) {
    double total = 0;
    for (int c = 0; c < weight.length; c++) {
      double p = weight[c];
      for (int j = 0; j < chance.length; j++) {
        p *= (cell >> j & 1) == 1 ? chance[j][c] : 1 - chance[j][c];
      }
      into[c] = p;
      total += p;
    }
    if (cell != 0 && total > 0) {
      for (int c = 0; c < into.length; c++) {
        into[c] /= total;
      }
    }
  }

  /** Each of the people placed in a class with the probabilities given (which need not sum to 1): their counts. */
  private static void multinomial(long people, double[] probability, RandomGenerator random, long[] into) {
    Arrays.fill(into, 0);
    double total = 0;
    for (double p : probability) {
      total += p;
    }
    for (long person = 0; person < people; person++) {
      double u = random.nextDouble() * total;
      int c = 0;
      while (c < probability.length - 1 && u >= probability[c]) {
        u -= probability[c];
        c++;
      }
      into[c]++;
    }
  }

  private static double quantile(long[] sorted, double q) {
    double position = q * (sorted.length - 1);
    int below = (int) Math.floor(position);
    int above = Math.min(below + 1, sorted.length - 1);
    return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
  }
}
