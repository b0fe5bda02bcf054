package org.sanctuary.estimation;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.jspecify.annotations.Nullable;

/**
 * A Poisson regression with log link fitted by iteratively reweighted least squares, as R's glm fits
 * it: start from μ = y + ½ (or from coefficients given), solve the weighted normal
 * equations, stop when the deviance changes by less than 10⁻¹⁰ of itself. The counts of a
 * log-linear model are few (2^k cells, k ≤ 6), so the normal equations are small and solved exactly.
 */
final class PoissonRegression {

  private static final int MOST_ITERATIONS = 100;
  private static final double TOLERANCE = 1e-10;

  private PoissonRegression() {}

  /**
   * The fit, or a fit marked as not converged.
   *
   * @param design one row per count, its first column the intercept's 1
   * @param counts the counts (need not be whole: a profile fixes the unseen cell at any value)
   * @param start coefficients to start from, or null for the counts themselves
   */
  static Fit fit(double[][] design, double[] counts, double @Nullable [] start) {
    int rows = design.length;
    int columns = design[0].length;
    double[] eta = new double[rows];
    double[] mu = new double[rows];
    if (start == null) {
      for (int r = 0; r < rows; r++) {
        mu[r] = counts[r] + 0.5;
        eta[r] = Math.log(mu[r]);
      }
    } else {
      linear(design, start, eta, mu);
    }
    double[] beta = start == null ? new double[columns] : start.clone();
    double deviance = deviance(counts, mu);
    for (int iteration = 1; iteration <= MOST_ITERATIONS; iteration++) {
      RealMatrix normal = new Array2DRowRealMatrix(columns, columns);
      RealVector right = new ArrayRealVector(columns);
      for (int r = 0; r < rows; r++) {
        double weight = mu[r];
        double working = eta[r] + (counts[r] - mu[r]) / mu[r];
        for (int a = 0; a < columns; a++) {
          double xa = design[r][a];
          if (xa == 0) {
            continue;
          }
          right.addToEntry(a, weight * xa * working);
          for (int b = 0; b < columns; b++) {
            if (design[r][b] != 0) {
              normal.addToEntry(a, b, weight * xa * design[r][b]);
            }
          }
        }
      }
      try {
        beta = new CholeskyDecomposition(normal, 1e-12, 1e-14).getSolver().solve(right).toArray();
      } catch (NonPositiveDefiniteMatrixException | org.apache.commons.math3.linear.NonSymmetricMatrixException e) {
        return new Fit(beta, mu, false);
      }
      linear(design, beta, eta, mu);
      double next = deviance(counts, mu);
      if (!Double.isFinite(next)) {
        return new Fit(beta, mu, false);
      }
      if (Math.abs(next - deviance) / (Math.abs(next) + 0.1) < TOLERANCE) {
        return new Fit(beta, mu, true);
      }
      deviance = next;
    }
    return new Fit(beta, mu, false);
  }

  private static void linear(double[][] design, double[] beta, double[] eta, double[] mu) {
    for (int r = 0; r < design.length; r++) {
      double sum = 0;
      for (int c = 0; c < beta.length; c++) {
        sum += design[r][c] * beta[c];
      }
      eta[r] = sum;
      mu[r] = Math.exp(sum);
    }
  }

  /** The Poisson deviance 2 Σ [y ln(y/μ) − (y − μ)], a zero count contributing 2μ. */
  static double deviance(double[] counts, double[] mu) {
    double sum = 0;
    for (int r = 0; r < counts.length; r++) {
      sum += (counts[r] > 0 ? counts[r] * Math.log(counts[r] / mu[r]) : 0) - (counts[r] - mu[r]);
    }
    return 2 * sum;
  }

  /** The full Poisson log-likelihood Σ [y ln μ − μ − ln y!], as R's logLik gives it. */
  static double logLikelihood(double[] counts, double[] mu) {
    double sum = 0;
    for (int r = 0; r < counts.length; r++) {
      sum += (counts[r] > 0 ? counts[r] * Math.log(mu[r]) : 0) - mu[r]
          - org.apache.commons.math3.special.Gamma.logGamma(counts[r] + 1);
    }
    return sum;
  }

  /** A fit: its coefficients (intercept first), its fitted counts, and whether it converged. */
  record Fit(double[] coefficients, double[] fitted, boolean converged) {}
}
