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
   * Names given as their canonical keys separated by {@code |} (identity.NameKeys): a key in common,
   * then Jaro–Winkler between the closest keys (≥ 0.92, ≥ 0.85), else different.
   */
  static FieldComparison nameKeys() {
    return new FieldComparison() {
      @Override
      public int level(String a, String b) {
        // Most candidate pairs share a key: found in the text as it is, before splitting anything.
        if (sharesKey(a, b)) {
          return org.sanctuary.identity.NameMatch.Level.CANONICAL_EQUAL.ordinal();
        }
        org.sanctuary.identity.NameMatch match =
            org.sanctuary.identity.NameMatch.between(java.util.List.of(a.split("\\|")), java.util.List.of(b.split("\\|")));
        return match.level().ordinal();
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
        String[] x = a.split("/", -1);
        String[] y = b.split("/", -1);
        if (x[0].equals(x[1]) && a.equals(b) && !x[0].isEmpty()) {
          return 0;
        }
        // ISO days order as text; an empty end is open. Only apart intervals need the calendar.
        if (notBefore(x[1], y[0]) && notBefore(y[1], x[0])) {
          return 1;
        }
        java.time.LocalDate xFrom = x[0].isEmpty() ? java.time.LocalDate.MIN : java.time.LocalDate.parse(x[0]);
        java.time.LocalDate xTo = x[1].isEmpty() ? java.time.LocalDate.MAX : java.time.LocalDate.parse(x[1]);
        java.time.LocalDate yFrom = y[0].isEmpty() ? java.time.LocalDate.MIN : java.time.LocalDate.parse(y[0]);
        java.time.LocalDate yTo = y[1].isEmpty() ? java.time.LocalDate.MAX : java.time.LocalDate.parse(y[1]);
        java.time.LocalDate gapFrom = xTo.isBefore(yFrom) ? xTo : yTo;
        java.time.LocalDate gapTo = xTo.isBefore(yFrom) ? yFrom : xFrom;
        return !gapFrom.plusYears(1).isBefore(gapTo) ? 2 : 3;
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

  /** Whether two lists of keys separated by {@code |} hold a key in common (compared in place, nothing allocated). */
  private static boolean sharesKey(String a, String b) {
    for (int start = 0; start < a.length(); ) {
      int end = a.indexOf('|', start);
      end = end < 0 ? a.length() : end;
      if (holds(b, a, start, end)) {
        return true;
      }
      start = end + 1;
    }
    return false;
  }

  /** Whether a list of values separated by {@code |} holds {@code text} from {@code start} to {@code end}, compared in place. */
  static boolean holds(String list, String text, int start, int end) {
    for (int at = 0; at < list.length(); ) {
      int stop = list.indexOf('|', at);
      stop = stop < 0 ? list.length() : stop;
      if (stop - at == end - start && list.regionMatches(at, text, start, end - start)) {
        return true;
      }
      at = stop + 1;
    }
    return false;
  }

  /** Whether an interval's end (empty: open) is not before another's start (empty: open), as ISO days. */
  private static boolean notBefore(String end, String start) {
    return end.isEmpty() || start.isEmpty() || end.compareTo(start) >= 0;
  }

  /** Equal, or not. */
  static FieldComparison exact() {
    return (a, b) -> a.equals(b) ? 0 : 1;
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
