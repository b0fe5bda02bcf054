package org.sanctuary.estimation;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A hierarchical log-linear model of k lists: every list's main effect, plus the interactions named
 * (each a mask of two or more lists: 0b011 lets being on the first list change the odds of being on
 * the second). With an interaction come all the interactions it contains. The interaction of all k
 * lists is never in the model: assuming it zero is what lets the unseen cell be estimated.
 *
 * @param k the number of lists
 * @param interactions the interactions, ascending
 */
public record LogLinearModel(int k, List<Integer> interactions) {

  public LogLinearModel {
    int all = (1 << k) - 1;
    TreeSet<Integer> sorted = new TreeSet<>(interactions);
    for (int term : sorted) {
      if (Integer.bitCount(term) < 2 || (term & ~all) != 0) {
        throw new IllegalArgumentException("an interaction joins two or more of the " + k + " lists");
      }
      if (term == all) {
        throw new IllegalArgumentException("the interaction of all lists cannot be estimated: it is assumed zero");
      }
      for (int inner : innerInteractions(term)) {
        if (!sorted.contains(inner)) {
          throw new IllegalArgumentException("a model with " + letters(term) + " has " + letters(inner) + " too");
        }
      }
    }
    interactions = List.copyOf(sorted);
  }

  /** The model of independent lists: main effects only. */
  public static LogLinearModel independence(int k) {
    return new LogLinearModel(k, List.of());
  }

  /** This model with one more interaction (which must have all its inner interactions here). */
  public LogLinearModel with(int interaction) {
    List<Integer> more = new ArrayList<>(interactions);
    more.add(interaction);
    return new LogLinearModel(k, more);
  }

  /** Whether the interaction can be added and keep the model hierarchical. */
  public boolean canAdd(int interaction) {
    if (interactions.contains(interaction) || Integer.bitCount(interaction) < 2 || interaction == (1 << k) - 1) {
      return false;
    }
    return interactions.containsAll(innerInteractions(interaction));
  }

  /** The columns of the design after the intercept: the main effects, then the interactions. */
  List<Integer> terms() {
    List<Integer> terms = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      terms.add(1 << i);
    }
    terms.addAll(interactions);
    return terms;
  }

  /** The parameters of the model, the intercept counted (as R's glm and Rcapture count them). */
  public int parameters() {
    return 1 + k + interactions.size();
  }

  /** The model written as its terms, lists as letters: "A + B + C + AB". */
  public String formula() {
    List<String> parts = new ArrayList<>();
    terms().forEach(term -> parts.add(letters(term)));
    return String.join(" + ", parts);
  }

  /** A list's letter in formulas: the first list is A. */
  public static String letter(int list) {
    return String.valueOf((char) ('A' + list));
  }

  static String letters(int mask) {
    StringBuilder letters = new StringBuilder();
    for (int i = 0; i < 31; i++) {
      if ((mask >> i & 1) == 1) {
        letters.append(letter(i));
      }
    }
    return letters.toString();
  }

  /** The interactions one list smaller than the term (those of two lists or more). */
  private static List<Integer> innerInteractions(int term) {
    List<Integer> inner = new ArrayList<>();
    if (Integer.bitCount(term) > 2) {
      for (int bit = 0; bit < 31; bit++) {
        if ((term >> bit & 1) == 1) {
          inner.add(term & ~(1 << bit));
        }
      }
    }
    return inner;
  }

  /** Every hierarchical model of k lists (the all-list interaction left out): 8 for three lists, 113 for four. */
  static List<LogLinearModel> all(int k) {
    List<Integer> candidates = new ArrayList<>();
    for (int term = 1; term < (1 << k) - 1; term++) {
      if (Integer.bitCount(term) >= 2) {
        candidates.add(term);
      }
    }
    // Added smallest first, so that a subset is hierarchical exactly when each term finds its inner ones already in.
    candidates.sort((a, b) -> Integer.bitCount(a) != Integer.bitCount(b) ? Integer.bitCount(a) - Integer.bitCount(b) : a - b);
    List<LogLinearModel> models = new ArrayList<>();
    for (long subset = 0; subset < 1L << candidates.size(); subset++) {
      LogLinearModel model = independence(k);
      boolean hierarchical = true;
      for (int c = 0; c < candidates.size() && hierarchical; c++) {
        if ((subset >> c & 1) == 1) {
          hierarchical = model.canAdd(candidates.get(c));
          if (hierarchical) {
            model = model.with(candidates.get(c));
          }
        }
      }
      if (hierarchical) {
        models.add(model);
      }
    }
    return models;
  }
}
