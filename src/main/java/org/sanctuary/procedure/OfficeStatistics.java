package org.sanctuary.procedure;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sanctuary.access.OfficeId;

/**
 * The figures that show whether an office's procedure is fair (procedure.md §6): cases by state,
 * overdue deadlines, first-instance recognition rates by nationality, ground and officer against the
 * office's, median days per stage, and rejection explanations repeated verbatim across cases. For a
 * reader who is not a supervisor of the office, every count from 1 to 4 is suppressed, and so is
 * every rate or median computed from one.
 */
public record OfficeStatistics(
    OfficeId office,
    String officeCode,
    LocalDate asOf,
    boolean smallCellsSuppressed,
    List<CountRow> casesByState,
    List<CountRow> casesByModality,
    Count overdue,
    List<RateRow> recognitionByNationality,
    List<RateRow> recognitionByGround,
    List<RateRow> recognitionBySex,
    List<RateRow> recognitionByAgeBand,
    RateRow officeRecognition,
    List<RateRow> recognitionByOfficer,
    List<StageRow> medianDaysPerStage,
    List<RepeatedExplanation> repeatedExplanations) {

  /** Counts under this are suppressed for readers who may not see small cells. */
  public static final int SMALLEST_SHOWN = 5;

  /** A count, or the fact that it is under 5 and not shown. */
  public record Count(@Nullable Long value, boolean suppressed) {

    static Count of(long value, boolean suppressSmall) {
      return suppressSmall && value > 0 && value < SMALLEST_SHOWN ? new Count(null, true) : new Count(value, false);
    }
  }

  public record CountRow(String key, Count count) {}

  /** First-instance decisions of a kind: recognised out of decided, and the rate when both are shown. */
  public record RateRow(String key, Count recognised, Count decided, @Nullable Double rate) {

    static RateRow of(String key, long recognised, long decided, boolean suppressSmall) {
      Count r = Count.of(recognised, suppressSmall);
      Count d = Count.of(decided, suppressSmall);
      Double rate = r.suppressed() || d.suppressed() || decided == 0 ? null : Math.round(1000.0 * recognised / decided) / 1000.0;
      return new RateRow(key, r, d, rate);
    }
  }

  /** A stage of the procedure: how many cases went through it and the median number of days it took. */
  public record StageRow(String stage, Count cases, @Nullable Double medianDays) {}

  /**
   * One rejection explanation given word for word in several cases: the failure of the blanket
   * "economic migrant" label. The text and the files only for supervisors.
   */
  public record RepeatedExplanation(@Nullable String text, Count cases, List<String> fileNumbers) {}
}
