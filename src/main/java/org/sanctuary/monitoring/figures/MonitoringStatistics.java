package org.sanctuary.monitoring.figures;


import org.sanctuary.monitoring.scope.TeamScope;
import org.sanctuary.monitoring.events.FigureCells;
import org.sanctuary.monitoring.events.FigureShare;
import org.sanctuary.monitoring.events.Tally;
import org.sanctuary.monitoring.events.Events;
import org.sanctuary.monitoring.events.MonitoringEvent;
import org.sanctuary.monitoring.places.Gazetteer;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
import org.springframework.jdbc.core.simple.JdbcClient;
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

  private final JdbcClient jdbc;
  private final AccessPolicy access;
  private final Gazetteer places;
  private final AuditTrail audit;
  private final PersonLinkage linkage;
  private final Events events;

  MonitoringStatistics(JdbcClient jdbc, AccessPolicy access, Gazetteer places, AuditTrail audit, PersonLinkage linkage,
      Events events) {
    this.jdbc = jdbc;
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
    // One filter, the inner query of every query below: the events of the period, place and act type,
    // each with whether it lies wholly in the period, and the count it is counted with (with an act
    // type, that type's own count). An event of a short span overlaps the period only if it starts at
    // most that span before it, an index range; the few of a long or open span are read apart (V46).
    String chosen = "SELECT e.id, e.verification, e.place_id, e.date_earliest, e.date_latest,"
        + " CASE WHEN e.date_earliest >= :from AND e.date_latest <= :to THEN 1 ELSE 0 END AS inside,"
        + (actType == null ? " e.count_min AS cmin, e.count_max AS cmax, e.count_text AS ctext, e.count_claim_id AS claim"
            : " c.count_min AS cmin, c.count_max AS cmax, c.count_text AS ctext, c.count_claim_id AS claim")
        + " FROM monitoring_event e"
        + (actType == null ? "" : " JOIN event_act_count c ON c.event_id = e.id AND c.act_type = :actType")
        + (place == null ? "" : " JOIN place p ON p.id = e.place_id AND p.path LIKE :path")
        + " WHERE e.office_id IN (:teams) AND ((NOT e.long_span AND e.date_earliest >= :spanFrom AND e.date_earliest <= :to"
        + " AND e.date_latest >= :from) OR (e.long_span AND (e.date_earliest IS NULL OR e.date_earliest <= :to)"
        + " AND (e.date_latest IS NULL OR e.date_latest >= :from)))";
    String from = " FROM (" + chosen + ") x";
    Map<String, Object> params = new HashMap<>();
    params.put(TeamScope.TEAMS, scope.ids());
    params.put("from", periodFrom);
    params.put("to", periodTo);
    params.put("spanFrom", periodFrom.minusDays(Events.SHORT_SPAN_DAYS));
    if (place != null) {
      params.put("path", places.pathOf(place) + "%");
    }
    if (actType != null) {
      params.put("actType", actType);
    }
    List<Counted> counted = counted(periodFrom, periodTo, place, actType, scope);
    // The kind every figure but the breakdowns adds up: the events, or with an act type that type's acts.
    FigureShare.Kind main = actType == null ? FigureShare.Kind.EVENT : FigureShare.Kind.ACT;
    List<Map<String, Tally>> byVerification = List.of(new TreeMap<>(), new TreeMap<>());
    List<Map<UUID, Tally>> byPlace = List.of(new HashMap<>(), new HashMap<>());
    List<Map<String, Tally>> byActType = List.of(new TreeMap<>(), new TreeMap<>());
    List<Map<String, Tally>> bySex = List.of(new TreeMap<>(), new TreeMap<>());
    List<Map<String, Tally>> byAge = List.of(new TreeMap<>(), new TreeMap<>());
    Map<List<Integer>, Tally> spans = new HashMap<>();
    Map<String, Tally> noAct = new TreeMap<>();
    for (Counted c : counted) {
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
    List<EventFigure> listed = suppress ? List.of() : listed(from, actType == null, params);
    MonitoringFigures figures = new MonitoringFigures(
        periodFrom, periodTo, suppress, place == null ? null : places.read(place).name(), actType, parts.get(0), parts.get(1),
        timeline(periodFrom, periodTo, spans, shown), listed, suppress ? 0 : events - listed.size(),
        named(chosen, params, suppress));
    audit.record(AuditRecord.success("MONITORING_STATISTICS_READ", "EVENT", null, null));
    return figures;
  }

  /** Shares of the chosen events added up, on one side of the period (wholly inside it, or only overlapping it). */
  private record Counted(boolean inside, FigureShare.Kind kind, String actType, String value, String verification, UUID child,
      int monthFrom, int monthTo, Tally tally) {}

  /**
   * What the events of the period, area and act type add to the figures: from the cells (FigureCells),
   * which know events by the months their dates start and end in; and, where the period begins or ends
   * inside a month, the events of that month one by one, whose days decide whether they overlap the
   * period and whether they lie wholly inside it.
   */
  private List<Counted> counted(LocalDate from, LocalDate to, @Nullable UUID place, @Nullable String actType, TeamScope scope) {
    int first = FigureCells.month(from, true);
    int last = FigureCells.month(to, false);
    List<Integer> cut = new ArrayList<>();
    if (from.getDayOfMonth() != 1) {
      cut.add(first);
    }
    if (!to.equals(to.with(TemporalAdjusters.lastDayOfMonth()))) {
      cut.add(last);
    }
    UUID area = place == null ? FigureCells.NOWHERE : place;
    Map<String, Object> params = new HashMap<>();
    params.put(TeamScope.TEAMS, scope.ids());
    params.put("area", area);
    params.put("first", first);
    params.put("last", last);
    params.put("cut", cut.isEmpty() ? List.of(-1) : cut);
    params.put("act", actType == null ? FigureShare.WHOLE : actType);
    // Without an act type: the events, every act type, and the breakdowns of the events' own counts.
    String shares = actType == null ? " AND (c.act_type = :act OR c.kind = 'ACT')" : " AND c.act_type = :act";
    List<Counted> counted = new ArrayList<>();
    jdbc.sql("SELECT c.kind, c.act_type, c.value_key, c.verification, c.child_id, c.month_from, c.month_to, SUM(c.events),"
            + " SUM(c.without_number), SUM(c.min_unknown), SUM(c.sum_min), SUM(c.max_unknown), SUM(c.sum_max) FROM figure_cell c"
            + " WHERE c.office_id IN (:teams) AND c.area_id = :area AND c.month_from <= :last AND c.month_to >= :first"
            + " AND c.month_from NOT IN (:cut) AND c.month_to NOT IN (:cut)" + shares
            + " GROUP BY c.kind, c.act_type, c.value_key, c.verification, c.child_id, c.month_from, c.month_to")
        .params(params)
        .query(rs -> {
          int monthFrom = rs.getInt(6);
          int monthTo = rs.getInt(7);
          counted.add(new Counted(monthFrom >= first && monthTo <= last, FigureShare.Kind.valueOf(rs.getString(1)), rs.getString(2),
              rs.getString(3), rs.getString(4), rs.getObject(5, UUID.class), monthFrom, monthTo, tally(rs, 8)));
        });
    if (cut.isEmpty()) {
      return counted;
    }
    StringBuilder inCut = new StringBuilder();
    for (int i = 0; i < cut.size(); i++) {
      LocalDate month = LocalDate.of(cut.get(i) / 12, cut.get(i) % 12 + 1, 1);
      params.put("cutFrom" + i, month);
      params.put("cutTo" + i, month.with(TemporalAdjusters.lastDayOfMonth()));
      inCut.append(i == 0 ? "" : " OR ").append("e.date_earliest BETWEEN :cutFrom").append(i).append(" AND :cutTo").append(i)
          .append(" OR e.date_latest BETWEEN :cutFrom").append(i).append(" AND :cutTo").append(i);
    }
    if (place != null) {
      params.put("path", places.pathOf(place) + "%");
    }
    jdbc.sql("SELECT c.kind, c.act_type, c.value_key, c.verification, p.path, e.date_earliest, e.date_latest, c.events,"
            + " c.without_number, c.min_unknown, c.sum_min, c.max_unknown, c.sum_max FROM figure_share c"
            + " JOIN monitoring_event e ON e.id = c.event_id LEFT JOIN place p ON p.id = e.place_id"
            + " WHERE e.office_id IN (:teams) AND (" + inCut + ")" + shares + (place == null ? "" : " AND p.path LIKE :path"))
        .params(params)
        .query(rs -> {
          LocalDate earliest = rs.getObject(6, LocalDate.class);
          LocalDate latest = rs.getObject(7, LocalDate.class);
          if ((earliest == null || !earliest.isAfter(to)) && (latest == null || !latest.isBefore(from))) {
            UUID child = FigureCells.areas(rs.getString(5)).stream().filter(a -> a[0].equals(area)).findFirst().orElseThrow()[1];
            counted.add(new Counted(earliest != null && latest != null && !earliest.isBefore(from) && !latest.isAfter(to),
                FigureShare.Kind.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getString(4), child,
                FigureCells.month(earliest, true), FigureCells.month(latest, false), tally(rs, 8)));
          }
        });
    return counted;
  }

  private static Tally tally(java.sql.ResultSet rs, int first) throws java.sql.SQLException {
    return new Tally(rs.getLong(first), rs.getLong(first + 1), rs.getLong(first + 2), rs.getLong(first + 3), rs.getLong(first + 4),
        rs.getLong(first + 5));
  }

  /** The first events of the period in date order, each with the count it is counted with. */
  private List<EventFigure> listed(String from, boolean wholeEvents, Map<String, Object> params) {
    record Row(UUID id, String title, String date, MonitoringEvent.Verification verification, @Nullable UUID place,
        @Nullable Long min, @Nullable Long max, @Nullable String count, boolean chosen, boolean within) {}
    List<Row> rows = jdbc.sql("SELECT x.id, e.title, e.date_text, x.verification, x.place_id, x.cmin, x.cmax, x.ctext,"
            + " e.count_chosen, x.inside" + from + " JOIN monitoring_event e ON e.id = x.id"
            + " ORDER BY x.date_earliest, e.title, x.id FETCH FIRST " + MonitoringFigures.EVENTS_LISTED + " ROWS ONLY")
        .params(params)
        .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
            MonitoringEvent.Verification.valueOf(rs.getString(4)), rs.getObject(5, UUID.class), bound(rs, 6),
            bound(rs, 7), rs.getString(8), rs.getBoolean(9) && wholeEvents, rs.getInt(10) == 1))
        .list();
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<UUID, List<String>> types = new HashMap<>();
    jdbc.sql("SELECT event_id, act_type FROM event_act_count WHERE event_id IN (:ids) ORDER BY act_type")
        .param("ids", rows.stream().map(Row::id).toList())
        .query(rs -> {
          types.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(rs.getString(2));
        });
    Map<UUID, String> placeNames = places.primaryNames(rows.stream().map(Row::place).filter(java.util.Objects::nonNull).distinct().toList());
    return rows.stream().map(r -> new EventFigure(r.id(), r.title(), r.date(), r.place() == null ? null : placeNames.get(r.place()),
        r.verification(), r.min(), r.max(), r.count(), r.chosen(), r.within(),
        types.getOrDefault(r.id(), List.of()))).toList();
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

  private static @Nullable Long bound(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : value;
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
  private NamedPeople named(String chosen, Map<String, Object> params, boolean suppress) {
    Set<PersonId> records = new HashSet<>();
    jdbc.sql("SELECT victim_person_id FROM monitoring_act WHERE victim_person_id IS NOT NULL AND event_id IN (SELECT x.id FROM ("
            + chosen + ") x) UNION SELECT m.person_id FROM person_mention m JOIN information_link l ON l.report_id = m.report_id"
            + " WHERE l.event_id IN (SELECT x.id FROM (" + chosen + ") x)")
        .params(params)
        .query(rs -> {
          records.add(new PersonId(rs.getObject(1, UUID.class)));
        });
    PersonLinkage.People people = linkage.people(records);
    NamedPeople named = new NamedPeople(people.records(), people.people(), people.undecidedPairs(), false);
    return suppress ? named.forSmallCellReader() : named;
  }
}
