package org.sanctuary.identity.linkage;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.jspecify.annotations.Nullable;

/**
 * How one field of two records compares, as a level: 0 is the closest agreement, higher levels are
 * weaker, the last is disagreement; {@link #MISSING} when either side has no value (neutral).
 */
@FunctionalInterface
public interface FieldComparison {

  int MISSING = -1;

  int level(String a, String b);

  /** The number of levels (agreement levels plus disagreement). */
  default int levels() {
    return 2;
  }

  /**
   * Where m starts before anything is learned: how the levels fall among matches, by default most
   * at full agreement and the rest spread evenly.
   */
  default double[] prior() {
    double[] m = new double[levels()];
    m[0] = 0.9;
    for (int l = 1; l < m.length; l++) {
      m[l] = 0.1 / (m.length - 1);
    }
    return m;
  }

  /** Compares two values that may be missing. */
  default int compare(@Nullable String a, @Nullable String b) {
    return a == null || b == null || a.isEmpty() || b.isEmpty() ? MISSING : level(a, b);
  }

  /**
   * This comparison over one interned column of a run, for comparing its records by position. A
   * comparison that parses its values, or compares them dearly, does so here once per distinct value
   * or pair of values; by default the texts are compared as they are.
   */
  default Prepared prepare(Column column) {
    return (first, second) -> compare(column.text(first), column.text(second));
  }

  /** A comparison of two records of a run, by position: a level, or {@link #MISSING}. Safe to call from several threads. */
  @FunctionalInterface
  interface Prepared {
    int level(int first, int second);
  }

  /**
   * Names given as their canonical keys separated by {@code |} (identity.NameKeys): a key in common,
   * then Jaro–Winkler between the closest keys (≥ 0.92, ≥ 0.85), else different.
   */
  static FieldComparison nameKeys() {
    return new FieldComparison() {
      @Override
      public int level(String a, String b) {
        return org.sanctuary.identity.NameMatch.between(java.util.List.of(a.split("\\|")), java.util.List.of(b.split("\\|")))
            .level().ordinal();
      }

      @Override
      public Prepared prepare(Column column) {
        int equal = org.sanctuary.identity.NameMatch.Level.CANONICAL_EQUAL.ordinal();
        int close = org.sanctuary.identity.NameMatch.Level.CLOSE.ordinal();
        int different = org.sanctuary.identity.NameMatch.Level.DIFFERENT.ordinal();
        int fuzzyKeys = org.sanctuary.identity.NameMatch.FUZZY_KEYS;
        java.util.function.IntBinaryOperator fuzzy =
            (x, y) -> org.sanctuary.identity.NameMatch.fuzzy(column.value(x), column.value(y)).ordinal();
        ThreadLocal<PairLevels> known = ThreadLocal.withInitial(PairLevels::new);
        // As NameMatch.between, over the keys' ids: a key in common, else the closest of the likeliest keys.
        return (first, second) -> {
          int[] a = column.ids(first);
          int[] b = column.ids(second);
          if (a.length == 0 || b.length == 0) {
            return MISSING;
          }
          for (int x : a) {
            for (int y : b) {
              if (x == y) {
                return equal;
              }
            }
          }
          PairLevels levels = known.get();
          int best = different;
          for (int p = 0; p < Math.min(fuzzyKeys, a.length) && best > close; p++) {
            for (int q = 0; q < Math.min(fuzzyKeys, b.length) && best > close; q++) {
              best = Math.min(best, levels.level(a[p], b[q], fuzzy));
            }
          }
          return best;
        };
      }

      @Override
      public int levels() {
        return org.sanctuary.identity.NameMatch.Level.values().length;
      }
    };
  }

  /**
   * Dates of birth as intervals written {@code earliest/latest} (ISO days; either may be empty): the
   * same single day, overlapping intervals (a year-only date agrees with any day in that year),
   * within a year of each other, else apart.
   */
  static FieldComparison birthInterval() {
    return new FieldComparison() {
      @Override
      public int level(String a, String b) {
        return Interval.of(a).level(Interval.of(b), a.equals(b));
      }

      @Override
      public Prepared prepare(Column column) {
        Interval[] intervals = new Interval[column.distinct()];
        for (int id = 0; id < intervals.length; id++) {
          intervals[id] = Interval.of(column.value(id));
        }
        return (first, second) -> {
          int a = column.id(first);
          int b = column.id(second);
          return a < 0 || b < 0 ? MISSING : intervals[a].level(intervals[b], a == b);
        };
      }

      @Override
      public int levels() {
        return 4;
      }

      @Override
      public double[] prior() {
        // Sources often give only a year or "circa": among matches, overlap is nearly as usual as the same day.
        return new double[] {0.5, 0.35, 0.1, 0.05};
      }
    };
  }

  /** A date of birth as an interval of days, either end open; {@code day} when it is one known day. */
  record Interval(java.time.LocalDate from, java.time.LocalDate to, boolean day) {

    /** From {@code earliest/latest}, ISO days, either may be empty. */
    static Interval of(String text) {
      int slash = text.indexOf('/');
      String earliest = slash < 0 ? text : text.substring(0, slash);
      String latest = slash < 0 ? text : text.substring(slash + 1);
      return new Interval(earliest.isEmpty() ? java.time.LocalDate.MIN : java.time.LocalDate.parse(earliest),
          latest.isEmpty() ? java.time.LocalDate.MAX : java.time.LocalDate.parse(latest),
          !earliest.isEmpty() && earliest.equals(latest));
    }

    /** The same single day (as written), overlapping, within a year of each other, else apart. */
    int level(Interval other, boolean sameText) {
      if (day && sameText) {
        return 0;
      }
      if (!to.isBefore(other.from) && !other.to.isBefore(from)) {
        return 1;
      }
      java.time.LocalDate gapFrom = to.isBefore(other.from) ? to : other.to;
      java.time.LocalDate gapTo = to.isBefore(other.from) ? other.from : from;
      return !gapFrom.plusYears(1).isBefore(gapTo) ? 2 : 3;
    }
  }

  /**
   * Places of the gazetteer written as their path from the root ({@code /country/province/county}):
   * the same place, one within the other (a source that gave only the province), the same province
   * (the first two steps), else apart.
   */
  static FieldComparison placePath() {
    return new FieldComparison() {
      @Override
      public int level(String a, String b) {
        if (a.equals(b)) {
          return 0;
        }
        if (within(a, b) || within(b, a)) {
          return 1;
        }
        int second = a.indexOf('/', a.indexOf('/', 1) + 1);
        return second > 0 && b.length() > second && b.charAt(second) == '/' && a.regionMatches(0, b, 0, second) ? 2 : 3;
      }

      /** Whether the place {@code inner} lies within {@code outer} (its path goes on below it). */
      private static boolean within(String inner, String outer) {
        return inner.length() > outer.length() && inner.startsWith(outer) && inner.charAt(outer.length()) == '/';
      }

      @Override
      public Prepared prepare(Column column) {
        ThreadLocal<PairLevels> known = ThreadLocal.withInitial(PairLevels::new);
        java.util.function.IntBinaryOperator compare = (x, y) -> level(column.value(x), column.value(y));
        return (first, second) -> {
          int a = column.id(first);
          int b = column.id(second);
          return a < 0 || b < 0 ? MISSING : a == b ? 0 : known.get().level(a, b, compare);
        };
      }

      @Override
      public int levels() {
        return 4;
      }

      @Override
      public double[] prior() {
        // Sources name a county, or only the province: among matches, "one within the other" is common.
        return new double[] {0.6, 0.25, 0.1, 0.05};
      }
    };
  }

  /** Equal, or not. */
  static FieldComparison exact() {
    return new FieldComparison() {
      @Override
      public int level(String a, String b) {
        return a.equals(b) ? 0 : 1;
      }

      @Override
      public Prepared prepare(Column column) {
        if (!column.single()) {
          return FieldComparison.super.prepare(column);
        }
        return (first, second) -> {
          int a = column.id(first);
          int b = column.id(second);
          return a < 0 || b < 0 ? MISSING : a == b ? 0 : 1;
        };
      }
    };
  }

  /** Equal, Jaro–Winkler ≥ 0.92, ≥ 0.85, else different. */
  static FieldComparison jaroWinkler() {
    JaroWinklerSimilarity similarity = new JaroWinklerSimilarity();
    return new FieldComparison() {
      @Override
      public int level(String a, String b) {
        if (a.equals(b)) {
          return 0;
        }
        double s = similarity.apply(a, b);
        return s >= 0.92 ? 1 : s >= 0.85 ? 2 : 3;
      }

      @Override
      public int levels() {
        return 4;
      }
    };
  }

  /** Equal, one or two edits apart (for identifiers typed by hand), else different. */
  static FieldComparison fewEdits() {
    LevenshteinDistance distance = new LevenshteinDistance(2);
    return new FieldComparison() {
      @Override
      public int level(String a, String b) {
        if (a.equals(b)) {
          return 0;
        }
        int d = distance.apply(a, b);
        return d == 1 ? 1 : d == 2 ? 2 : 3;
      }

      @Override
      public int levels() {
        return 4;
      }
    };
  }

  /**
   * Dates written YYYYMMDD: exact, year and month equal, day and month swapped, years at most one
   * apart, else different.
   */
  static FieldComparison dateOfBirth() {
    return new FieldComparison() {
      @Override
      public int level(String a, String b) {
        if (a.equals(b)) {
          return 0;
        }
        if (a.length() != 8 || b.length() != 8) {
          return 4;
        }
        if (a.regionMatches(0, b, 0, 6)) {
          return 1;
        }
        if (a.regionMatches(0, b, 0, 4) && a.substring(4, 6).equals(b.substring(6, 8)) && a.substring(6, 8).equals(b.substring(4, 6))) {
          return 2;
        }
        try {
          return Math.abs(Integer.parseInt(a.substring(0, 4)) - Integer.parseInt(b.substring(0, 4))) <= 1 ? 3 : 4;
        } catch (NumberFormatException e) {
          return 4;
        }
      }

      @Override
      public int levels() {
        return 5;
      }
    };
  }
}
