package org.sanctuary.shared;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A number as a source said it: the bounds it allows, a best estimate when one was given, how it was
 * qualified, what it counts, and the original words. "Up to 900" has no known minimum; "hundreds" is
 * at least 200. An unknown bound stays unknown through every sum: unknown is never zero
 * (monitoring.md §2).
 */
public record CountClaim(
    @Nullable Long min,
    @Nullable Long max,
    @Nullable Long best,
    CountQualifier qualifier,
    CountUnit unit,
    String text) {

  public CountClaim {
    Objects.requireNonNull(qualifier, "qualifier");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(text, "text");
    if ((min != null && min < 0) || (max != null && max < 0) || (best != null && best < 0)) {
      throw new IllegalArgumentException("a count cannot be negative");
    }
    if (min != null && max != null && min > max) {
      throw new IllegalArgumentException("min " + min + " is above max " + max);
    }
    if (best != null && ((min != null && best < min) || (max != null && best > max))) {
      throw new IllegalArgumentException("best estimate " + best + " lies outside its bounds");
    }
  }

  /** A count known exactly. */
  public static CountClaim exactly(long n, CountUnit unit) {
    return new CountClaim(n, n, n, CountQualifier.EXACT, unit, Long.toString(n));
  }

  /** A count nobody gave: both bounds unknown. */
  public static CountClaim unknown(CountUnit unit) {
    return new CountClaim(null, null, null, CountQualifier.UNKNOWN, unit, "unknown");
  }

  /**
   * Reads counts as reports write them: "six", "25", "1,200", "up to 900", "as many as 500", "at least
   * 25", "more than 25", "fewer than 10", "about 50", "between 20 and 30", "20-30", "several dozen",
   * "dozens", "hundreds", "several hundred", "thousands". Words after the number name the unit
   * ("families", "groups"; anything else counts persons).
   *
   * @throws UnreadableValue if no count can be read
   */
  public static CountClaim parse(String text) {
    String original = text.strip();
    String t = IntervalDate.normalise(original);
    Matcher m;
    if ((m = VAGUE.matcher(t)).matches()) {
      long min =
          switch (m.group(1).replace("several ", "")) {
            case "dozen", "dozens" -> 24;
            case "hundred", "hundreds" -> 200;
            case "thousand", "thousands" -> 2000;
            default -> 3; // "several": more than a couple
          };
      return new CountClaim(min, null, null, CountQualifier.AT_LEAST, unit(m.group(2)), original);
    }
    if ((m = RANGE.matcher(t)).matches()) {
      Long low = number(m.group(1));
      Long high = number(m.group(2));
      if (low != null && high != null && low <= high) {
        return new CountClaim(low, high, null, CountQualifier.BETWEEN, unit(m.group(3)), original);
      }
    }
    if ((m = QUALIFIED.matcher(t)).matches()) {
      Long n = number(m.group(2));
      if (n != null) {
        CountUnit unit = unit(m.group(3));
        String word = m.group(1);
        return switch (word) {
          case "up to", "as many as", "at most", "no more than" ->
              new CountClaim(null, n, null, CountQualifier.UP_TO, unit, original);
          case "at least", "no fewer than", "no less than" ->
              new CountClaim(n, null, null, CountQualifier.AT_LEAST, unit, original);
          case "more than", "over" ->
              new CountClaim(n + 1, null, null, CountQualifier.MORE_THAN, unit, original);
          case "fewer than", "less than", "under" ->
              new CountClaim(
                  null, Math.max(0, n - 1), null, CountQualifier.FEWER_THAN, unit, original);
          default -> about(n, unit, original);
        };
      }
    }
    if ((m = PLAIN.matcher(t)).matches()) {
      Long n = number(m.group(1));
      if (n != null) {
        boolean orMore = m.group(2) != null;
        CountUnit unit = unit(m.group(3));
        return orMore
            ? new CountClaim(n, null, null, CountQualifier.AT_LEAST, unit, original)
            : new CountClaim(n, n, n, CountQualifier.EXACT, unit, original);
      }
    }
    throw new UnreadableValue(
        "cannot read \"{0}\" as a count (try 6, up to 900, at least 25, about 50,"
            + " several dozen, hundreds)", original);
  }

  /** "About n" allows a tenth either way, at least one. */
  private static CountClaim about(long n, CountUnit unit, String original) {
    long margin = Math.max(1, Math.round(n * 0.1));
    return new CountClaim(
        Math.max(0, n - margin), n + margin, n, CountQualifier.ABOUT, unit, original);
  }

  /**
   * The claim that the two counted things together make: minima add, maxima add, and a bound unknown
   * on either side is unknown in the sum.
   */
  public CountClaim plus(CountClaim other) {
    if (unit != other.unit) {
      throw new IllegalArgumentException("cannot add a count of " + unit + " to one of " + other.unit);
    }
    Long sumMin = min == null || other.min == null ? null : Math.addExact(min, other.min);
    Long sumMax = max == null || other.max == null ? null : Math.addExact(max, other.max);
    Long sumBest = best == null || other.best == null ? null : Math.addExact(best, other.best);
    return new CountClaim(
        sumMin, sumMax, sumBest, qualifierFor(sumMin, sumMax), unit, text + " + " + other.text);
  }

  /** The sum of several claims of one unit; the sum of none is exactly zero. */
  public static CountClaim sum(Collection<CountClaim> claims, CountUnit unit) {
    CountClaim total = new CountClaim(0L, 0L, 0L, CountQualifier.EXACT, unit, "0");
    for (CountClaim claim : claims) {
      total = total.plus(claim);
    }
    return total;
  }

  private static CountQualifier qualifierFor(@Nullable Long min, @Nullable Long max) {
    if (min == null && max == null) {
      return CountQualifier.UNKNOWN;
    }
    if (min == null) {
      return CountQualifier.UP_TO;
    }
    if (max == null) {
      return CountQualifier.AT_LEAST;
    }
    return min.equals(max) ? CountQualifier.EXACT : CountQualifier.BETWEEN;
  }

  private static final String NUMBER =
      "([0-9][0-9,]*|a dozen|a hundred|one hundred|[a-z]+(?:-[a-z]+)?)";
  private static final String TAIL = "(?: (.*))?";
  private static final Pattern VAGUE =
      Pattern.compile(
          "(several dozen|dozens|several hundred|hundreds|several thousand|thousands|several)(?: of)?"
              + TAIL);
  private static final Pattern RANGE =
      Pattern.compile("(?:between )?" + NUMBER + " ?(?:-|–|to|and) ?" + NUMBER + TAIL);
  private static final Pattern QUALIFIED =
      Pattern.compile(
          "(up to|as many as|at most|no more than|at least|no fewer than|no less than|more than|over"
              + "|fewer than|less than|under|about|around|approximately|roughly|some|circa|an estimated)"
              + " "
              + NUMBER
              + TAIL);
  private static final Pattern PLAIN = Pattern.compile(NUMBER + "( or more|\\+)?" + TAIL);

  private static final List<String> UNITS =
      List.of(
          "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
          "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
          "nineteen");
  private static final List<String> TENS =
      List.of("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");

  /** Digits ("1,200") or English words up to ninety-nine ("six", "twenty-five"), "a dozen". */
  static @Nullable Long number(String token) {
    String t = token.toLowerCase(Locale.ROOT).strip();
    if (t.matches("[0-9][0-9,]*")) {
      String digits = t.replace(",", "");
      return digits.length() > 15 ? null : Long.parseLong(digits);
    }
    if (t.equals("a dozen") || t.equals("dozen")) {
      return 12L;
    }
    if (t.equals("a hundred") || t.equals("one hundred")) {
      return 100L;
    }
    int unitIndex = UNITS.indexOf(t);
    if (unitIndex >= 0) {
      return (long) unitIndex;
    }
    String[] parts = t.split("[- ]");
    int tens = TENS.indexOf(parts[0]);
    if (tens < 2) {
      return null;
    }
    if (parts.length == 1) {
      return tens * 10L;
    }
    int unit = UNITS.indexOf(parts[1]);
    return unit >= 1 && unit <= 9 && parts.length == 2 ? tens * 10L + unit : null;
  }

  private static CountUnit unit(@Nullable String tail) {
    if (tail == null) {
      return CountUnit.PERSON;
    }
    if (tail.startsWith("famil")) {
      return CountUnit.FAMILY;
    }
    return tail.startsWith("group") ? CountUnit.GROUP : CountUnit.PERSON;
  }
}
