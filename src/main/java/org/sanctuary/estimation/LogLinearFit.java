package org.sanctuary.estimation;

import java.util.List;
import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.math3.special.Gamma;
import org.jspecify.annotations.Nullable;

/**
 * A log-linear model fitted to the observed cells of capture histories: a Poisson GLM with log link
 * over the 2^k − 1 cells, N̂ = n + exp(intercept) (the fitted count of the cell of no list), with the
 * full Poisson log-likelihood, AIC = −2 logL + 2p and BIC = −2 logL + p ln(n), n the people seen and
 * p counting the intercept.
 *
 * @param model the model
 * @param coefficients intercept first, then the main effects, then the interactions in the model's order
 * @param logLikelihood the Poisson log-likelihood, ln y! included
 * @param deviance against the saturated fit of the observed cells
 * @param aic −2 logL + 2p
 * @param bic −2 logL + p ln(n)
 * @param estimate N̂
 * @param estimable false when the fit did not converge or a fitted count fell to zero (a parameter at
 *     the boundary, from empty cells): its N̂ is not to be read
 */
public record LogLinearFit(
    LogLinearModel model, double[] coefficients, double logLikelihood, double deviance, double aic, double bic,
    double estimate, boolean estimable) {

  public static final String ASSUMPTION =
      "The interaction of all lists together is zero: however the lists depend on one another, as the interactions"
          + " in the model allow, the people none of them recorded follow the same pattern as those they did.";

  /** The fit of the model to the histories. */
  public static LogLinearFit of(CaptureHistories histories, LogLinearModel model) {
    check(histories, model);
    long[] cells = histories.cells();
    double[] counts = new double[cells.length - 1];
    for (int cell = 1; cell < cells.length; cell++) {
      counts[cell - 1] = cells[cell];
    }
    double[][] design = design(model, 1);
    PoissonRegression.Fit fit = PoissonRegression.fit(design, counts, null);
    double logL = PoissonRegression.logLikelihood(counts, fit.fitted());
    long n = histories.seen();
    int p = model.parameters();
    boolean estimable = fit.converged() && Double.isFinite(fit.coefficients()[0]);
    for (double mu : fit.fitted()) {
      estimable &= mu > 1e-8;
    }
    return new LogLinearFit(model, fit.coefficients(), logL, PoissonRegression.deviance(counts, fit.fitted()),
        -2 * logL + 2 * p, -2 * logL + p * Math.log(n), n + Math.exp(fit.coefficients()[0]), estimable);
  }

  /**
   * The profile-likelihood interval of N under the model (Cormack 1992): the multinomial likelihood of
   * the whole table, the unseen cell fixed at N − n and the model fitted to all 2^k cells, over N; the
   * interval holds the N whose likelihood ratio to the best is within the chi-squared (1 degree of
   * freedom) quantile of the level. Its upper end is infinite when no N is that unlikely.
   */
  public Interval profileInterval(CaptureHistories histories, double level) {
    check(histories, model);
    long n = histories.seen();
    long[] cells = histories.cells();
    double[][] design = design(model, 0);
    double[][] warm = {null};
    UnivariateFunction profile = total -> {
      double[] counts = new double[cells.length];
      counts[0] = total - n;
      for (int cell = 1; cell < cells.length; cell++) {
        counts[cell] = cells[cell];
      }
      PoissonRegression.Fit fit = PoissonRegression.fit(design, counts, warm[0]);
      if (fit.converged()) {
        warm[0] = fit.coefficients();
      }
      double logL = Gamma.logGamma(total + 1);
      for (int cell = 0; cell < counts.length; cell++) {
        logL -= Gamma.logGamma(counts[cell] + 1);
        if (counts[cell] > 0) {
          logL += counts[cell] * Math.log(fit.fitted()[cell] / total);
        }
      }
      return logL;
    };
    double guess = Double.isFinite(estimate) ? Math.max(estimate, n + 1) : 10.0 * n;
    // The best N lies between n and a bound the likelihood has already fallen from.
    double high = Math.max(guess * 4, n + 10);
    double best = maximum(profile, n, high, guess);
    while (best > high * 0.99 && high < 1e9) {
      high *= 4;
      best = maximum(profile, n, high, best);
    }
    double top = profile.value(best);
    double drop = new ChiSquaredDistribution(1).inverseCumulativeProbability(level) / 2;
    UnivariateFunction below = total -> top - profile.value(total) - drop;
    double lower = below.value(n) <= 0 ? n : new BrentSolver(1e-6).solve(500, below, n, best);
    double upperBracket = Math.max(best * 2, best + 10);
    while (below.value(upperBracket) < 0) {
      if (upperBracket > 1e9) {
        return new Interval(lower, Double.POSITIVE_INFINITY, level);
      }
      upperBracket *= 2;
    }
    double upper = new BrentSolver(1e-6).solve(500, below, best, upperBracket);
    return new Interval(lower, upper, level);
  }

  private static double maximum(UnivariateFunction profile, double from, double to, double guess) {
    return new BrentOptimizer(1e-10, 1e-6).optimize(new MaxEval(500), new UnivariateObjectiveFunction(profile),
        GoalType.MAXIMIZE, new SearchInterval(from, to, Math.min(Math.max(guess, from), to))).getPoint();
  }

  private static void check(CaptureHistories histories, LogLinearModel model) {
    if (histories.k() != model.k()) {
      throw new IllegalArgumentException("a model of " + model.k() + " lists fitted to " + histories.k());
    }
  }

  /**
   * The design over the cells from the first given (1 for the observed cells, 0 for the whole table):
   * the intercept, then a 0/1 column per term that is 1 where the cell holds all of the term's lists.
   */
  static double[][] design(LogLinearModel model, int firstCell) {
    List<Integer> terms = model.terms();
    int cells = 1 << model.k();
    double[][] design = new double[cells - firstCell][terms.size() + 1];
    for (int cell = firstCell; cell < cells; cell++) {
      double[] row = design[cell - firstCell];
      row[0] = 1;
      for (int t = 0; t < terms.size(); t++) {
        row[t + 1] = (cell & terms.get(t)) == terms.get(t) ? 1 : 0;
      }
    }
    return design;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof LogLinearFit fit && fit.model.equals(model) && java.util.Arrays.equals(fit.coefficients, coefficients);
  }

  @Override
  public int hashCode() {
    return model.hashCode() * 31 + java.util.Arrays.hashCode(coefficients);
  }

  @Override
  public String toString() {
    return model.formula() + ": N̂ " + estimate + ", BIC " + bic;
  }
}
