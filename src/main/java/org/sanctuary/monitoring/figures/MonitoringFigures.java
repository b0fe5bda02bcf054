package org.sanctuary.monitoring.figures;

import org.sanctuary.monitoring.events.EventCount;
import org.sanctuary.monitoring.events.Events;
import org.sanctuary.monitoring.events.MonitoringEvent;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Figures for a period, a place with everything under it, and an act type. Events wholly inside the
 * period ({@link #within}) are counted apart from events that only overlap it ({@link #overlapping}):
 * an event dated "Q2 2002" is not simply inside "April–May 2002". Each part is broken down by
 * verification status, place and act type (an event with acts of two types counts under each, with
 * that type's own count). A total is never one number: the sum of the minima and the sum of the maxima
 * are given separately, each unknown as soon as one event's bound is unknown, and events that gave no
 * usable number are counted apart. The timeline counts, for each month (or year, over long periods),
 * the events wholly in it and, apart, those that only overlap it. By place means the places one level
 * under the chosen one (or the top places), each with everything under it; {@code placesBelow} names
 * them, so that a reader can go down to one.
 */
public record MonitoringFigures(
    LocalDate from,
    LocalDate to,
    boolean smallCellsSuppressed,
    @Nullable String place,
    Map<String, UUID> placesBelow,
    @Nullable String actType,
    Part within,
    Part overlapping,
    Timeline timeline,
    List<EventFigure> events,
    int eventsNotListed,
    NamedPeople named) {

  /**
   * One part of the figures: its total, and the same events by verification status, place and act
   * type; and the victims by sex and by age band as far as reports broke their counts down (each row
   * adds up the parts; "not broken down" counts the events, and their victims, that no report broke
   * down, so the rows of a breakdown never claim to cover more than they do).
   */
  public record Part(
      Total total, List<Total> byVerification, List<Total> byPlace, List<Total> byActType, List<Total> bySex,
      List<Total> byAgeBand) {}

  /** The timeline's steps: months, or years when the period is longer than {@link #MONTHS_AT_MOST} months. */
  public enum Step {
    MONTH,
    YEAR
  }

  public record Timeline(Step step, List<Bucket> buckets) {}

  /**
   * One month or year: the events wholly in it, and apart those that only overlap it (an event of "Q2
   * 2002" overlaps April, May and June and lies wholly in none of them).
   */
  public record Bucket(String key, Total within, Total spanning) {

    /** No event touches this step at all (drawn as nothing), as against events whose maximum is unknown. */
    @com.fasterxml.jackson.annotation.JsonProperty
    public boolean empty() {
      return !within.suppressed() && !spanning.suppressed() && within.events() == 0 && spanning.events() == 0;
    }

    /** Events lie wholly in this step but at least one of them gives no maximum: drawn as unknown, never as zero. */
    @com.fasterxml.jackson.annotation.JsonProperty
    public boolean maxUnknown() {
      return !within.suppressed() && within.events() != null && within.events() > 0 && within.maxVictims() == null;
    }
  }

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

  /** Periods up to this many months are drawn month by month; longer ones year by year. */
  public static final int MONTHS_AT_MOST = 36;

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

  /**
   * One event counted: the count used (EventCount: the reviewer's choice, or the envelope of every
   * report's count; the act type's own count when figures are for one act type), and whether the event
   * lies wholly inside the period.
   */
  public record EventFigure(
      UUID id, String title, String date, @Nullable String place, MonitoringEvent.Verification verification,
      @Nullable Long minVictims, @Nullable Long maxVictims, @Nullable String count, boolean reviewerChoseCount,
      boolean withinPeriod, List<String> actTypes) {}
}
