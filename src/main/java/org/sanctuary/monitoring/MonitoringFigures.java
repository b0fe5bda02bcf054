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
    @Nullable String place,
    @Nullable String actType,
    Total total,
    List<Total> byVerification,
    List<Total> byMonth,
    List<Total> byPlace,
    List<Total> byActType,
    List<EventFigure> events,
    int eventsNotListed) {

  /** At most this many events are listed; the totals always count every one. */
  public static final int EVENTS_LISTED = 500;

  /** The events of one group (all, one verification status, one month) and their victims as an interval. */
  public record Total(String key, int events, @Nullable Long minVictims, @Nullable Long maxVictims, int eventsWithoutNumber) {}

  /** One event counted: the count used (the reviewer's choice, or the envelope of every report's count). */
  public record EventFigure(
      UUID id, String title, String date, @Nullable String place, MonitoringEvent.Verification verification,
      @Nullable CountClaim count, boolean reviewerChoseCount, List<String> actTypes) {}
}
