package org.sanctuary.monitoring;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.sanctuary.shared.CountClaim;

/**
 * Figures for a period, a place with everything under it, and an act type, by verification status,
 * month, place and act type (an event with acts of two types counts under each). A total is never one
 * number: the sum of the minima and the sum of the maxima are given separately, each unknown as soon
 * as one event's bound is unknown, and events that gave no usable number are counted apart.
 */
public record MonitoringFigures(
    LocalDate from,
    LocalDate to,
    boolean smallCellsSuppressed,
    @Nullable String place,
    @Nullable String actType,
    Total total,
    List<Total> byVerification,
    List<Total> byMonth,
    List<Total> byPlace,
    List<Total> byActType,
    List<EventFigure> events,
    int eventsNotListed,
    NamedPeople named) {

  /**
   * The persons the chosen events name (victims named in their acts, and the people on lists imported
   * from the reports that inform them): as records (mentions), and as people once records confirmed as
   * one person count once; with the pairs among them not decided yet, so that the count of people is
   * read as what it is. Suppressed like any total for a reader who may not see small cells.
   */
  public record NamedPeople(@Nullable Integer mentions, @Nullable Integer people, @Nullable Long undecidedPairs, boolean suppressed) {

    NamedPeople forSmallCellReader() {
      boolean small = Total.isSmall(mentions) || Total.isSmall(people) || Total.isSmall(undecidedPairs);
      return small ? new NamedPeople(null, null, null, true) : this;
    }
  }

  /** At most this many events are listed; the totals always count every one. */
  public static final int EVENTS_LISTED = 500;

  /** Counts from 1 to this are suppressed for readers who may not read the counted events one by one. */
  public static final int LARGEST_SUPPRESSED = 4;

  /**
   * The events of one group (all, one verification status, one month) and their victims as an
   * interval; or, suppressed, nothing but the group's name.
   */
  public record Total(
      String key, @Nullable Integer events, @Nullable Long minVictims, @Nullable Long maxVictims,
      @Nullable Integer eventsWithoutNumber, boolean suppressed) {

    /** This total as a reader who may not see small cells sees it: withheld if any of its counts is from 1 to 4. */
    Total forSmallCellReader() {
      boolean small = isSmall(events) || isSmall(minVictims) || isSmall(maxVictims) || isSmall(eventsWithoutNumber);
      return small ? new Total(key, null, null, null, null, true) : this;
    }

    static boolean isSmall(@Nullable Number count) {
      return count != null && count.longValue() >= 1 && count.longValue() <= LARGEST_SUPPRESSED;
    }
  }

  /** One event counted: the count used (the reviewer's choice, or the envelope of every report's count). */
  public record EventFigure(
      UUID id, String title, String date, @Nullable String place, MonitoringEvent.Verification verification,
      @Nullable CountClaim count, boolean reviewerChoseCount, List<String> actTypes) {}
}
