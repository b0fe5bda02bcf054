package org.sanctuary.shared;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A date as a source gave it: the interval it certainly lies in, how precise the source was, how it
 * was qualified, and the original words. "End of May 2002" is 21–31 May 2002; "before June 2002" has
 * no earliest bound. A missing bound means unknown, never a made-up day (monitoring.md §2).
 *
 * <p>Queries compare intervals by overlap ({@link #overlaps}), never by a single day.
 */
public record IntervalDate(
    @Nullable LocalDate earliest,
    @Nullable LocalDate latest,
    DatePrecision precision,
    DateQualifier qualifier,
    String text) {

  public IntervalDate {
    Objects.requireNonNull(precision, "precision");
    Objects.requireNonNull(qualifier, "qualifier");
    Objects.requireNonNull(text, "text");
    if (earliest == null && latest == null) {
      throw new IllegalArgumentException("an interval date needs at least one bound");
    }
    if (earliest != null && latest != null && earliest.isAfter(latest)) {
      throw new IllegalArgumentException("earliest " + earliest + " is after latest " + latest);
    }
  }

  /** A known day. */
  public static IntervalDate ofDay(LocalDate day) {
    return new IntervalDate(day, day, DatePrecision.DAY, DateQualifier.EXACT, day.toString());
  }

  /**
   * Reads the forms monitors and registrars write: "2002-05-13", "13 June 2002", "June 13, 2002",
   * "April 2002", "2002-04", "end of May 2002", "Q2 2002", "early 2002", "spring 2002", "2002",
   * "before June 2002", "after April 2002", "circa 1999", and ages at a date for births: "about 2½
   * years old on 31 May 2002"; and the same in Korean and Chinese (2002년 5월 말, 2002年5月底,
   * 1999년경, 2002年6月以前: {@link KoreanAndChineseDates}).
   *
   * @throws UnreadableValue if the text is in none of these forms
   */
  public static IntervalDate parse(String text) {
    String original = text.strip();
    String t = normalise(original);
    if (t.isEmpty()) {
      throw new UnreadableValue("a date is required");
    }
    IntervalDate age = AgeAtDate.parse(t, original);
    if (age != null) {
      return age;
    }
    String english = KoreanAndChineseDates.asEnglish(t);
    if (english != null) {
      t = english;
    }
    DateQualifier qualifier = DateQualifier.EXACT;
    for (Map.Entry<String, DateQualifier> prefix : QUALIFIER_PREFIXES.entrySet()) {
      if (t.startsWith(prefix.getKey())) {
        qualifier = prefix.getValue();
        t = t.substring(prefix.getKey().length()).strip();
        break;
      }
    }
    Core core = Core.parse(t);
    if (core == null) {
      throw new UnreadableValue(
          "cannot read \"{0}\" as a date (try 2002-05-13, 13 June 2002, April 2002,"
              + " end of May 2002, early 2002, spring 2002, before June 2002, circa 1999)", original);
    }
    return switch (qualifier) {
      case EXACT -> new IntervalDate(core.from, core.to, core.precision, qualifier, original);
      case BEFORE -> new IntervalDate(null, core.from.minusDays(1), core.precision, qualifier, original);
      case AFTER -> new IntervalDate(core.to.plusDays(1), null, core.precision, qualifier, original);
      case CIRCA -> new IntervalDate(
          core.from.minus(core.slack), core.to.plus(core.slack), core.precision, qualifier, original);
    };
  }

  /** True when the two intervals can describe the same day; an open bound overlaps everything on its side. */
  public boolean overlaps(IntervalDate other) {
    boolean endsBeforeOther =
        latest != null && other.earliest != null && latest.isBefore(other.earliest);
    boolean startsAfterOther =
        earliest != null && other.latest != null && earliest.isAfter(other.latest);
    return !endsBeforeOther && !startsAfterOther;
  }

  /** True when the day may be the date this interval stands for. */
  public boolean admits(LocalDate day) {
    return (earliest == null || !day.isBefore(earliest)) && (latest == null || !day.isAfter(latest));
  }

  private static final Map<String, DateQualifier> QUALIFIER_PREFIXES =
      Map.ofEntries(
          Map.entry("circa ", DateQualifier.CIRCA),
          Map.entry("c. ", DateQualifier.CIRCA),
          Map.entry("ca. ", DateQualifier.CIRCA),
          Map.entry("about ", DateQualifier.CIRCA),
          Map.entry("around ", DateQualifier.CIRCA),
          Map.entry("approximately ", DateQualifier.CIRCA),
          Map.entry("before ", DateQualifier.BEFORE),
          Map.entry("after ", DateQualifier.AFTER));

  static String normalise(String text) {
    return text.toLowerCase(Locale.ROOT)
        .replace('\u00a0', ' ')
        .replaceAll("\\s+", " ")
        .replaceAll("[.]$", "")
        .strip();
  }

  static @Nullable Month month(String word) {
    for (Month m : Month.values()) {
      String name = m.name().toLowerCase(Locale.ROOT);
      if (name.equals(word) || (word.length() >= 3 && name.startsWith(word))) {
        return m;
      }
    }
    return null;
  }

  /** The interval named by a date expression without qualifier, and how far "circa" widens it. */
  record Core(LocalDate from, LocalDate to, DatePrecision precision, java.time.Period slack) {

    private static final String MONTH = "([a-z]{3,9})";
    private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern ISO_MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern DAY_MONTH_YEAR =
        Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)? (?:of )?" + MONTH + ",? (\\d{4})");
    private static final Pattern MONTH_DAY_YEAR =
        Pattern.compile(MONTH + " (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})");
    private static final Pattern PART_OF_MONTH =
        Pattern.compile(
            "(early|beginning of|start of|the beginning of|the start of|mid|mid-|middle of|the middle"
                + " of|late|end of|the end of) ?" + MONTH + ",? (\\d{4})");
    private static final Pattern MONTH_YEAR = Pattern.compile(MONTH + ",? (\\d{4})");
    private static final Pattern QUARTER =
        Pattern.compile("(?:q([1-4])|(first|second|third|fourth) quarter(?: of)?) (\\d{4})");
    private static final Pattern PART_OF_YEAR =
        Pattern.compile("(early|beginning of|start of|mid|mid-|middle of|late|end of) ?(\\d{4})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern SEASON = Pattern.compile("(spring|summer|autumn|fall) (?:of )?(\\d{4})");
    private static final Pattern WINTER = Pattern.compile("winter (?:of )?(\\d{4})");

    static @Nullable Core parse(String t) {
      try {
        return parseOrThrow(t);
      } catch (java.time.DateTimeException e) {
        return null;
      }
    }

    private static @Nullable Core parseOrThrow(String t) {
      Matcher m;
      if ((m = ISO_DAY.matcher(t)).matches()) {
        return day(LocalDate.parse(t));
      }
      if ((m = ISO_MONTH.matcher(t)).matches()) {
        return month(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
      }
      Month month;
      if ((m = DAY_MONTH_YEAR.matcher(t)).matches() && (month = IntervalDate.month(m.group(2))) != null) {
        return day(LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1))));
      }
      if ((m = MONTH_DAY_YEAR.matcher(t)).matches() && (month = IntervalDate.month(m.group(1))) != null) {
        return day(LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(2))));
      }
      if ((m = PART_OF_MONTH.matcher(t)).matches() && (month = IntervalDate.month(m.group(2))) != null) {
        return partOfMonth(m.group(1), YearMonth.of(Integer.parseInt(m.group(3)), month));
      }
      if ((m = MONTH_YEAR.matcher(t)).matches() && (month = IntervalDate.month(m.group(1))) != null) {
        return month(YearMonth.of(Integer.parseInt(m.group(2)), month));
      }
      if ((m = QUARTER.matcher(t)).matches()) {
        int quarter =
            m.group(1) != null
                ? Integer.parseInt(m.group(1))
                : java.util.List.of("first", "second", "third", "fourth").indexOf(m.group(2)) + 1;
        YearMonth first = YearMonth.of(Integer.parseInt(m.group(3)), quarter * 3 - 2);
        return new Core(
            first.atDay(1),
            first.plusMonths(2).atEndOfMonth(),
            DatePrecision.QUARTER,
            java.time.Period.ofMonths(3));
      }
      if ((m = PART_OF_YEAR.matcher(t)).matches()) {
        int year = Integer.parseInt(m.group(2));
        int startMonth = third(m.group(1)) * 4 + 1;
        YearMonth first = YearMonth.of(year, startMonth);
        return new Core(
            first.atDay(1),
            first.plusMonths(3).atEndOfMonth(),
            DatePrecision.PART_OF_YEAR,
            java.time.Period.ofMonths(4));
      }
      if ((m = SEASON.matcher(t)).matches()) {
        // The northern seasons by month, as the sources write of Jilin and North Hamgyong: spring is March to May.
        int startMonth = switch (m.group(1)) {
          case "spring" -> 3;
          case "summer" -> 6;
          default -> 9;
        };
        YearMonth first = YearMonth.of(Integer.parseInt(m.group(2)), startMonth);
        return new Core(
            first.atDay(1),
            first.plusMonths(2).atEndOfMonth(),
            DatePrecision.PART_OF_YEAR,
            java.time.Period.ofMonths(3));
      }
      if (WINTER.matcher(t).matches()) {
        throw new UnreadableValue("a winter spans two years: write its months, for example December 2002 or early 2003");
      }
      if ((m = YEAR.matcher(t)).matches()) {
        int year = Integer.parseInt(m.group(1));
        return new Core(
            LocalDate.of(year, 1, 1),
            LocalDate.of(year, 12, 31),
            DatePrecision.YEAR,
            java.time.Period.ofYears(1));
      }
      return null;
    }

    private static Core day(LocalDate day) {
      return new Core(day, day, DatePrecision.DAY, java.time.Period.ofDays(7));
    }

    private static Core month(YearMonth month) {
      return new Core(
          month.atDay(1), month.atEndOfMonth(), DatePrecision.MONTH, java.time.Period.ofMonths(1));
    }

    /** Early = days 1–10, mid = 11–20, end = 21 to the last day. */
    private static Core partOfMonth(String part, YearMonth month) {
      int third = third(part);
      LocalDate from = month.atDay(third * 10 + 1);
      LocalDate to = third == 2 ? month.atEndOfMonth() : month.atDay(third * 10 + 10);
      return new Core(from, to, DatePrecision.PART_OF_MONTH, java.time.Period.ofDays(10));
    }

    /** 0 for the beginning, 1 for the middle, 2 for the end. */
    private static int third(String part) {
      if (part.contains("mid") || part.contains("middle")) {
        return 1;
      }
      return part.contains("late") || part.contains("end") ? 2 : 0;
    }
  }

  /**
   * A birth given as an age at a date: "about 2½ years old on 31 May 2002". A whole age N on day D
   * means born after D minus N+1 years and on or before D minus N years; a half year is placed within
   * three months either side; "about" widens by a year each way, never past D.
   */
  static final class AgeAtDate {
    private static final Pattern AGE =
        Pattern.compile(
            "(about |around |approximately |circa |c\\. )?(\\d{1,3})( ?½| ?1/2| and a half|\\.5)?"
                + " ?(?:years?|yrs?|y)(?: old)? (?:on|in|at|as of) (.+)");

    static @Nullable IntervalDate parse(String t, String original) {
      Matcher m = AGE.matcher(t);
      if (!m.matches()) {
        return null;
      }
      Core reference = Core.parse(m.group(4));
      if (reference == null) {
        throw new UnreadableValue("cannot read the reference date in \"{0}\"", original);
      }
      boolean about = m.group(1) != null;
      int months = Integer.parseInt(m.group(2)) * 12 + (m.group(3) != null ? 6 : 0);
      LocalDate earliest;
      LocalDate latest;
      if (m.group(3) == null) {
        earliest = reference.from.minusMonths(months + 12L).plusDays(1);
        latest = reference.to.minusMonths(months);
      } else {
        earliest = reference.from.minusMonths(months + 3L);
        latest = reference.to.minusMonths(months - 3L);
      }
      if (about) {
        earliest = earliest.minusYears(1);
        latest = latest.plusYears(1);
      }
      if (latest.isAfter(reference.to)) {
        latest = reference.to;
      }
      DatePrecision precision =
          ChronoUnit.DAYS.between(earliest, latest) <= 190 ? DatePrecision.PART_OF_YEAR : DatePrecision.YEAR;
      return new IntervalDate(
          earliest, latest, precision, about ? DateQualifier.CIRCA : DateQualifier.EXACT, original);
    }
  }
}
