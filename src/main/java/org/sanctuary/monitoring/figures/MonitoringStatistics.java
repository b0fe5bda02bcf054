package org.sanctuary.monitoring.figures;


import org.sanctuary.monitoring.scope.TeamScope;
import org.sanctuary.monitoring.events.FigureCells;
import org.sanctuary.monitoring.events.FigureShare;
import org.sanctuary.monitoring.events.Tally;
import org.sanctuary.monitoring.events.Events;
import org.sanctuary.monitoring.places.Gazetteer;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.sanctuary.access.AccessPolicy;
import org.sanctuary.access.Permission;
import org.sanctuary.audit.AuditRecord;
import org.sanctuary.audit.AuditTrail;
import org.sanctuary.monitoring.figures.MonitoringFigures.EventFigure;
import org.sanctuary.monitoring.figures.MonitoringFigures.NamedPeople;
import org.sanctuary.monitoring.figures.MonitoringFigures.Total;
import org.sanctuary.registry.PersonId;
import org.sanctuary.registry.PersonLinkage;
import org.sanctuary.shared.ValidationFailed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts events and their victims honestly (monitoring.md §2): events are chosen by overlap of their
 * date interval with the period, never by a made-up day, and those wholly inside the period are
 * counted apart from those that only overlap it; each event is counted with its count as EventCount
 * reckons it (kept beside the event, so every figure is a sum in the database, not a loop over events
 * here); minima and maxima are summed separately.
 */
@Service
public class MonitoringStatistics {

  private final FigureRows rows;
  private final AccessPolicy access;
  private final Gazetteer places;
  private final AuditTrail audit;
  private final PersonLinkage linkage;
  private final Events events;

  MonitoringStatistics(FigureRows rows, AccessPolicy access, Gazetteer places, AuditTrail audit, PersonLinkage linkage,
      Events events) {
    this.rows = rows;
    this.access = access;
    this.places = places;
    this.audit = audit;
    this.linkage = linkage;
    this.events = events;
  }

  private static final String NO_ACT = "no act recorded";

  private static final String UNKNOWN_PLACE = "unknown place";

  /** The key of the events whose count no report broke down by sex (or by age band). */
  static final String NOT_BROKEN_DOWN = "not broken down";

  @Transactional
  public MonitoringFigures figures(@Nullable LocalDate periodFrom, @Nullable LocalDate periodTo, @Nullable UUID place, @Nullable String actType) {
    TeamScope scope = TeamScope.of(access, Permission.MONITORING_STATISTICS);
    // Small cells are shown only to a reader who may read every counted team's events one by one.
    boolean suppress = !access.actor().officesWith(Permission.MONITORING_READ).containsAll(scope.offices());
    if (periodFrom == null || periodTo == null || periodTo.isBefore(periodFrom)) {
      throw ValidationFailed.of("period", "give from and to, from not after to");
    }
    if (actType != null && !events.actTypes().containsKey(actType)) {
      throw ValidationFailed.of("actType", "is not in the vocabulary of acts");
    }
    FigureRows.Filter filter = new FigureRows.Filter(periodFrom, periodTo, place, place == null ? null : places.pathOf(place), actType,
        scope);
    List<FigureRows.Counted> counted = rows.counted(filter);
    // The kind every figure but the breakdowns adds up: the events, or with an act type that type's acts.
    FigureShare.Kind main = actType == null ? FigureShare.Kind.EVENT : FigureShare.Kind.ACT;
    List<Map<String, Tally>> byVerification = List.of(new TreeMap<>(), new TreeMap<>());
    List<Map<UUID, Tally>> byPlace = List.of(new HashMap<>(), new HashMap<>());
    List<Map<String, Tally>> byActType = List.of(new TreeMap<>(), new TreeMap<>());
    List<Map<String, Tally>> bySex = List.of(new TreeMap<>(), new TreeMap<>());
    List<Map<String, Tally>> byAge = List.of(new TreeMap<>(), new TreeMap<>());
    Map<List<Integer>, Tally> spans = new HashMap<>();
    Map<String, Tally> noAct = new TreeMap<>();
    for (FigureRows.Counted c : counted) {
      int part = c.inside() ? 0 : 1;
      if (c.kind() == main) {
        byVerification.get(part).merge(c.verification(), c.tally(), Tally::plus);
        byPlace.get(part).merge(c.child(), c.tally(), Tally::plus);
        spans.merge(List.of(c.monthFrom(), c.monthTo()), c.tally(), Tally::plus);
      }
      if (actType == null && c.kind() == FigureShare.Kind.ACT) {
        byActType.get(part).merge(c.actType(), c.tally(), Tally::plus);
      }
      if (actType == null && c.kind() == FigureShare.Kind.EVENT && c.value().equals(FigureShare.NO_ACT)) {
        byActType.get(part).merge(NO_ACT, c.tally(), Tally::plus);
      }
      if (c.kind() == FigureShare.Kind.SEX || c.kind() == FigureShare.Kind.AGE) {
        (c.kind() == FigureShare.Kind.SEX ? bySex : byAge).get(part)
            .merge(c.value().equals(FigureShare.NOT_BROKEN_DOWN) ? NOT_BROKEN_DOWN : c.value(), c.tally(), Tally::plus);
      }
    }
    Map<UUID, String> placeNames = places.primaryNames(byPlace.stream().flatMap(m -> m.keySet().stream())
        .filter(id -> !id.equals(FigureCells.NOWHERE)).distinct().toList());
    UnaryOperator<Total> shown = suppress ? Total::forSmallCellReader : UnaryOperator.identity();
    List<MonitoringFigures.Part> parts = new ArrayList<>();
    for (int part = 0; part < 2; part++) {
      Tally all = byVerification.get(part).values().stream().reduce(Tally.ZERO, Tally::plus);
      Map<String, Tally> named = new TreeMap<>();
      byPlace.get(part).forEach((id, sum) -> named.merge(placeNames.getOrDefault(id, UNKNOWN_PLACE), sum, Tally::plus));
      Map<String, Tally> types = actType == null ? byActType.get(part) : all.events() == 0 ? Map.of() : Map.of(actType, all);
      parts.add(new MonitoringFigures.Part(shown.apply(total("all", all)), totals(byVerification.get(part), shown),
          totals(named, shown), totals(types, shown), totals(bySex.get(part), shown), totals(byAge.get(part), shown)));
    }
    // Each listed event is a cell of one: a reader who may not see small cells gets none of them.
    int events = parts.get(0).total().events() == null || parts.get(1).total().events() == null ? 0
        : parts.get(0).total().events() + parts.get(1).total().events();
    List<EventFigure> listed = suppress ? List.of() : listed(filter);
    MonitoringFigures figures = new MonitoringFigures(
        periodFrom, periodTo, suppress, place == null ? null : places.read(place).name(), below(byPlace, place, placeNames), actType,
        parts.get(0), parts.get(1),
        timeline(periodFrom, periodTo, spans, shown), listed, suppress ? 0 : events - listed.size(),
        named(filter, suppress));
    audit.record(AuditRecord.success("MONITORING_STATISTICS_READ", "EVENT", null, null));
    return figures;
  }





  /** The places listed by place that lie under the chosen one (not it, nor "unknown place"), by the name they are listed under. */
  private static Map<String, UUID> below(List<Map<UUID, Tally>> byPlace, @Nullable UUID area, Map<UUID, String> names) {
    Map<String, UUID> below = new TreeMap<>();
    byPlace.forEach(part -> part.keySet().stream().filter(id -> !id.equals(FigureCells.NOWHERE) && !id.equals(area))
        .filter(names::containsKey).forEach(id -> below.putIfAbsent(names.get(id), id)));
    return below;
  }

  /** The first events of the period in date order, each with the count it is counted with and where it happened. */
  private List<EventFigure> listed(FigureRows.Filter filter) {
    List<FigureRows.Listed> listed = rows.listed(filter, MonitoringFigures.EVENTS_LISTED);
    Map<UUID, String> placeNames = places.primaryNames(listed.stream().map(FigureRows.Listed::place).filter(java.util.Objects::nonNull)
        .distinct().toList());
    return listed.stream().map(r -> new EventFigure(r.id(), r.title(), r.date(), r.place() == null ? null : placeNames.get(r.place()),
        r.verification(), r.min(), r.max(), r.count(), r.chosen(), r.within(), r.actTypes())).toList();
  }

  /**
   * Month by month (year by year over long periods), from the first step an event touches to the last,
   * within the period: the events wholly in each step, and apart those that only overlap it. An event
   * with an open end overlaps every step to the period's edge and lies wholly in none.
   */
  private MonitoringFigures.Timeline timeline(LocalDate from, LocalDate to, Map<List<Integer>, Tally> counted,
      UnaryOperator<Total> shown) {
    boolean monthly = ChronoUnit.MONTHS.between(YearMonth.from(from), YearMonth.from(to)) < MonitoringFigures.MONTHS_AT_MOST;
    MonitoringFigures.Step step = monthly ? MonitoringFigures.Step.MONTH : MonitoringFigures.Step.YEAR;
    java.util.function.Function<YearMonth, String> key = monthly ? YearMonth::toString : m -> Integer.toString(m.getYear());
    YearMonth first = YearMonth.from(from);
    YearMonth last = YearMonth.from(to);
    record Span(YearMonth from, YearMonth to, boolean wholly, Tally sum) {}
    List<Span> spans = new ArrayList<>();
    counted.forEach((months, sum) -> {
      YearMonth start = month(months.get(0));
      YearMonth end = month(months.get(1));
      YearMonth a = start == null || start.isBefore(first) ? first : start;
      YearMonth b = end == null || end.isAfter(last) ? last : end;
      // Wholly in a step only if its dates begin and end in it, not because the period cut it there.
      spans.add(new Span(a, b, start != null && end != null && key.apply(start).equals(key.apply(end)), sum));
    });
    if (spans.isEmpty()) {
      return new MonitoringFigures.Timeline(step, List.of());
    }
    YearMonth start = spans.stream().map(Span::from).min(java.util.Comparator.naturalOrder()).orElseThrow();
    YearMonth end = spans.stream().map(Span::to).max(java.util.Comparator.naturalOrder()).orElseThrow();
    Map<String, Tally[]> buckets = new LinkedHashMap<>();
    for (YearMonth m = start; !m.isAfter(end); m = m.plusMonths(1)) {
      buckets.computeIfAbsent(key.apply(m), k -> new Tally[] {Tally.ZERO, Tally.ZERO});
    }
    for (Span span : spans) {
      Set<String> touched = new java.util.LinkedHashSet<>();
      for (YearMonth m = span.from(); !m.isAfter(span.to()); m = m.plusMonths(1)) {
        touched.add(key.apply(m));
      }
      int side = span.wholly() ? 0 : 1;
      touched.forEach(k -> buckets.get(k)[side] = buckets.get(k)[side].plus(span.sum()));
    }
    List<MonitoringFigures.Bucket> steps = new ArrayList<>();
    buckets.forEach((k, sums) -> steps.add(new MonitoringFigures.Bucket(k, shown.apply(total(k, sums[0])),
        shown.apply(total(k, sums[1])))));
    return new MonitoringFigures.Timeline(step, steps);
  }

  private static @Nullable YearMonth month(int month) {
    return month == FigureCells.OPEN_START || month == FigureCells.OPEN_END ? null : YearMonth.of(month / 12, month % 12 + 1);
  }


  private static <K> List<Total> totals(Map<K, Tally> sums, UnaryOperator<Total> shown) {
    List<Total> totals = new ArrayList<>();
    sums.forEach((k, sum) -> totals.add(shown.apply(total(String.valueOf(k), sum))));
    return totals;
  }

  /** A tally as a figure shows it: with no usable number at all, no bounds; one unknown bound leaves its sum unknown. */
  private static Total total(String key, Tally t) {
    int events = Math.toIntExact(t.events());
    if (events > 0 && t.withoutNumber() == events) {
      return new Total(key, events, null, null, events, false);
    }
    return new Total(key, events, t.minUnknown() > 0 ? null : t.min(), t.maxUnknown() > 0 ? null : t.max(),
        Math.toIntExact(t.withoutNumber()), false);
  }

  /**
   * The people the chosen events name, counted over records and over people: victims named in their
   * acts, and everyone on a list imported from a report that informs them.
   */
  private NamedPeople named(FigureRows.Filter filter, boolean suppress) {
    Set<PersonId> records = rows.named(filter);
    PersonLinkage.People people = linkage.people(records);
    NamedPeople named = new NamedPeople(people.records(), people.people(), people.undecidedPairs(), false);
    return suppress ? named.forSmallCellReader() : named;
  }
}
