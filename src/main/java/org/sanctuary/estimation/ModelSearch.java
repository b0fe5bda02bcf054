package org.sanctuary.estimation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The search over hierarchical log-linear models of k lists, ranked by BIC (lowest first). Up to four
 * lists every hierarchical model is fitted (8 for three lists, 113 for four); from five, where there
 * are thousands, a forward search from independence adds at each step the interaction that lowers BIC
 * most, every model it fits kept in the ranking. Fits that cannot be read (a fitted cell at zero,
 * no convergence) rank after all others.
 */
public final class ModelSearch {

  /** The most lists for which every hierarchical model is fitted. */
  public static final int EXHAUSTIVE_UP_TO = 4;

  private ModelSearch() {}

  /** Every model fitted, best BIC first. */
  public static List<LogLinearFit> ranked(CaptureHistories histories) {
    List<LogLinearFit> fits = new ArrayList<>();
    if (histories.k() <= EXHAUSTIVE_UP_TO) {
      for (LogLinearModel model : LogLinearModel.all(histories.k())) {
        fits.add(LogLinearFit.of(histories, model));
      }
    } else {
      forward(histories, fits);
    }
    fits.sort(Comparator.comparing((LogLinearFit fit) -> !fit.estimable()).thenComparingDouble(LogLinearFit::bic));
    return fits;
  }

  private static void forward(CaptureHistories histories, List<LogLinearFit> fits) {
    java.util.Map<LogLinearModel, LogLinearFit> fitted = new java.util.LinkedHashMap<>();
    LogLinearFit current = LogLinearFit.of(histories, LogLinearModel.independence(histories.k()));
    fitted.put(current.model(), current);
    while (true) {
      LogLinearFit best = null;
      for (int term = 1; term < (1 << histories.k()) - 1; term++) {
        if (current.model().canAdd(term)) {
          LogLinearFit fit = fitted.computeIfAbsent(current.model().with(term), model -> LogLinearFit.of(histories, model));
          if (fit.estimable() && (best == null || fit.bic() < best.bic())) {
            best = fit;
          }
        }
      }
      if (best == null || best.bic() >= current.bic()) {
        fits.addAll(fitted.values());
        return;
      }
      current = best;
    }
  }
}
