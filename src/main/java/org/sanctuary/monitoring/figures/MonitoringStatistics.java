package org.sanctuary.monitoring.figures;


import org.sanctuary.monitoring.scope.TeamScope;
import org.sanctuary.monitoring.events.EventCount;
import org.sanctuary.monitoring.events.Events;
import org.sanctuary.monitoring.events.MonitoringEvent;
import org.sanctuary.monitoring.places.Gazetteer;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
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

  /** An event row's count columns, summed: the six numbers a {@link Total} is made of. */
  private static final String SUMS = ", COUNT(*), SUM(CASE WHEN {min} IS NULL AND {max} IS NULL THEN 1 ELSE 0 END),"
      + " SUM(CASE WHEN {min} IS NULL AND {max} IS NOT NULL THEN 1 ELSE 0 END), SUM({min}),"
      + " SUM(CASE WHEN {max} IS NULL AND {min} IS NOT NULL THEN 1 ELSE 0 END), SUM({max})";

  private static final String NO_ACT = "no act recorded";

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
    String sums = SUMS.replace("{min}", "x.cmin").replace("{max}", "x.cmax");
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
    // By part (wholly inside, or only overlapping) and verification status: the parts' totals too.
    List<Map<String, Sum>> byVerification = List.of(new TreeMap<>(), new TreeMap<>());
    jdbc.sql("SELECT x.inside, x.verification" + sums + from + " GROUP BY x.inside, x.verification")
        .params(params)
        .query(rs -> {
          byVerification.get(1 - rs.getInt(1)).put(rs.getString(2), Sum.of(rs, 3));
        });
    List<Map<UUID, Sum>> byPlace = List.of(new HashMap<>(), new HashMap<>());
    jdbc.sql("SELECT x.inside, x.place_id" + sums + from + " GROUP BY x.inside, x.place_id")
        .params(params)
        .query(rs -> {
          byPlace.get(1 - rs.getInt(1)).put(rs.getObject(2, UUID.class), Sum.of(rs, 3));
        });
    List<Map<String, Sum>> byActType = List.of(new TreeMap<>(), new TreeMap<>());
    if (actType == null) {
      String acts = SUMS.replace("{min}", "a.count_min").replace("{max}", "a.count_max");
      jdbc.sql("SELECT x.inside, a.act_type" + acts + from + " JOIN event_act_count a ON a.event_id = x.id"
              + " GROUP BY x.inside, a.act_type")
          .params(params)
          .query(rs -> {
            byActType.get(1 - rs.getInt(1)).put(rs.getString(2), Sum.of(rs, 3));
          });
      jdbc.sql("SELECT x.inside" + sums + from + " WHERE NOT EXISTS (SELECT 1 FROM event_act_count a WHERE a.event_id = x.id)"
              + " GROUP BY x.inside")
          .params(params)
          .query(rs -> {
            byActType.get(1 - rs.getInt(1)).put(NO_ACT, Sum.of(rs, 2));
          });
    }
    // By sex and by age band, where the report a count comes from broke it down: the parts added up,
    // and apart, the events whose count no report broke down that way.
    List<Map<String, Sum>> bySex = List.of(new TreeMap<>(), new TreeMap<>());
    List<Map<String, Sum>> byAge = List.of(new TreeMap<>(), new TreeMap<>());
    String partSums = SUMS.replace("COUNT(*)", "COUNT(DISTINCT x.id)").replace("{min}", "p.min_count").replace("{max}", "p.max_count");
    for (String column : List.of("sex", "age_band")) {
      List<Map<String, Sum>> by = column.equals("sex") ? bySex : byAge;
      jdbc.sql("SELECT x.inside, p." + column + partSums + from + " JOIN count_claim_part p ON p.claim_id = x.claim WHERE p." + column
              + (column.equals("sex") ? " <> 'UNKNOWN'" : " IS NOT NULL") + " GROUP BY x.inside, p." + column)
          .params(params)
          .query(rs -> {
            by.get(1 - rs.getInt(1)).put(rs.getString(2), Sum.of(rs, 3));
          });
    }
    String given = "SELECT x.inside, x.cmin, x.cmax,"
        + " CASE WHEN EXISTS (SELECT 1 FROM count_claim_part p WHERE p.claim_id = x.claim AND p.sex <> 'UNKNOWN') THEN 1 ELSE 0 END"
        + " AS sex_given, CASE WHEN EXISTS (SELECT 1 FROM count_claim_part p WHERE p.claim_id = x.claim AND p.age_band IS NOT NULL)"
        + " THEN 1 ELSE 0 END AS age_given" + from;
    jdbc.sql("SELECT g.inside, g.sex_given, g.age_given" + SUMS.replace("{min}", "g.cmin").replace("{max}", "g.cmax")
            + " FROM (" + given + ") g GROUP BY g.inside, g.sex_given, g.age_given")
        .params(params)
        .query(rs -> {
          Sum sum = Sum.of(rs, 4);
          if (rs.getInt(2) == 0) {
            bySex.get(1 - rs.getInt(1)).merge(NOT_BROKEN_DOWN, sum, Sum::plus);
          }
          if (rs.getInt(3) == 0) {
            byAge.get(1 - rs.getInt(1)).merge(NOT_BROKEN_DOWN, sum, Sum::plus);
          }
        });
    Map<UUID, String> placeNames = places.primaryNames(
        byPlace.stream().flatMap(m -> m.keySet().stream()).filter(java.util.Objects::nonNull).distinct().toList());
    UnaryOperator<Total> shown = suppress ? Total::forSmallCellReader : UnaryOperator.identity();
    List<MonitoringFigures.Part> parts = new ArrayList<>();
    for (int part = 0; part < 2; part++) {
      Sum all = new Sum();
      byVerification.get(part).values().forEach(all::add);
      Map<String, Sum> named = new TreeMap<>();
      byPlace.get(part).forEach((id, sum) -> named.merge(id == null ? "unknown place" : placeNames.getOrDefault(id, "unknown place"),
          sum, Sum::plus));
      Map<String, Sum> types = actType == null ? byActType.get(part) : all.events == 0 ? Map.of() : Map.of(actType, all);
      parts.add(new MonitoringFigures.Part(shown.apply(all.total("all")), totals(byVerification.get(part), shown),
          totals(named, shown), totals(types, shown), totals(bySex.get(part), shown), totals(byAge.get(part), shown)));
    }
    // Each listed event is a cell of one: a reader who may not see small cells gets none of them.
    int counted = parts.get(0).total().events() == null || parts.get(1).total().events() == null ? 0
        : parts.get(0).total().events() + parts.get(1).total().events();
    List<EventFigure> listed = suppress ? List.of() : listed(from, actType == null, params);
    MonitoringFigures figures = new MonitoringFigures(
        periodFrom, periodTo, suppress, place == null ? null : places.read(place).name(), actType, parts.get(0), parts.get(1),
        timeline(periodFrom, periodTo, from, sums, params, shown), listed, suppress ? 0 : counted - listed.size(),
        named(chosen, params, suppress));
    audit.record(AuditRecord.success("MONITORING_STATISTICS_READ", "EVENT", null, null));
    return figures;
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
  private MonitoringFigures.Timeline timeline(LocalDate from, LocalDate to, String events, String sums, Map<String, Object> params,
      UnaryOperator<Total> shown) {
    boolean monthly = ChronoUnit.MONTHS.between(YearMonth.from(from), YearMonth.from(to)) < MonitoringFigures.MONTHS_AT_MOST;
    MonitoringFigures.Step step = monthly ? MonitoringFigures.Step.MONTH : MonitoringFigures.Step.YEAR;
    String ends = "EXTRACT(YEAR FROM x.date_earliest), EXTRACT(MONTH FROM x.date_earliest), EXTRACT(YEAR FROM x.date_latest),"
        + " EXTRACT(MONTH FROM x.date_latest)";
    YearMonth first = YearMonth.from(from);
    YearMonth last = YearMonth.from(to);
    record Span(YearMonth from, YearMonth to, boolean open, Sum sum) {}
    List<Span> spans = new ArrayList<>();
    jdbc.sql("SELECT " + ends + sums + events + " GROUP BY " + ends)
        .params(params)
        .query(rs -> {
          YearMonth start = month(rs, 1);
          YearMonth end = month(rs, 3);
          YearMonth a = start == null || start.isBefore(first) ? first : start;
          YearMonth b = end == null || end.isAfter(last) ? last : end;
          spans.add(new Span(a, b, start == null || end == null, Sum.of(rs, 5)));
        });
    if (spans.isEmpty()) {
      return new MonitoringFigures.Timeline(step, List.of());
    }
    java.util.function.Function<YearMonth, String> key = monthly ? YearMonth::toString : m -> Integer.toString(m.getYear());
    YearMonth start = spans.stream().map(Span::from).min(java.util.Comparator.naturalOrder()).orElseThrow();
    YearMonth end = spans.stream().map(Span::to).max(java.util.Comparator.naturalOrder()).orElseThrow();
    Map<String, Sum[]> buckets = new LinkedHashMap<>();
    for (YearMonth m = start; !m.isAfter(end); m = m.plusMonths(1)) {
      buckets.computeIfAbsent(key.apply(m), k -> new Sum[] {new Sum(), new Sum()});
    }
    for (Span span : spans) {
      String a = key.apply(span.from());
      String b = key.apply(span.to());
      boolean wholly = !span.open() && a.equals(b);
      Set<String> touched = new java.util.LinkedHashSet<>();
      for (YearMonth m = span.from(); !m.isAfter(span.to()); m = m.plusMonths(1)) {
        touched.add(key.apply(m));
      }
      touched.forEach(k -> buckets.get(k)[wholly ? 0 : 1].add(span.sum()));
    }
    List<MonitoringFigures.Bucket> steps = new ArrayList<>();
    buckets.forEach((k, sums2) -> steps.add(new MonitoringFigures.Bucket(k, shown.apply(sums2[0].total(k)),
        shown.apply(sums2[1].total(k)))));
    return new MonitoringFigures.Timeline(step, steps);
  }

  private static @Nullable YearMonth month(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
    Object year = rs.getObject(column);
    Object month = rs.getObject(column + 1);
    return year == null || month == null ? null : YearMonth.of(((Number) year).intValue(), ((Number) month).intValue());
  }

  private static @Nullable Long bound(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : value;
  }

  private static <K> List<Total> totals(Map<K, Sum> sums, UnaryOperator<Total> shown) {
    List<Total> totals = new ArrayList<>();
    sums.forEach((k, sum) -> totals.add(shown.apply(sum.total(String.valueOf(k)))));
    return totals;
  }

  /**
   * Events and their victims added up: how many events, how many gave no usable number, and the sums
   * of the minima and maxima with how many events left each bound unknown (one unknown bound makes the
   * sum unknown, never a smaller number).
   */
  private static final class Sum {
    int events;
    int withoutNumber;
    int minUnknown;
    long min;
    int maxUnknown;
    long max;

    static Sum of(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
      Sum sum = new Sum();
      sum.events = rs.getInt(column);
      sum.withoutNumber = rs.getInt(column + 1);
      sum.minUnknown = rs.getInt(column + 2);
      sum.min = rs.getLong(column + 3);
      sum.maxUnknown = rs.getInt(column + 4);
      sum.max = rs.getLong(column + 5);
      return sum;
    }

    void add(Sum other) {
      events += other.events;
      withoutNumber += other.withoutNumber;
      minUnknown += other.minUnknown;
      min += other.min;
      maxUnknown += other.maxUnknown;
      max += other.max;
    }

    static Sum plus(Sum a, Sum b) {
      Sum sum = new Sum();
      sum.add(a);
      sum.add(b);
      return sum;
    }

    Total total(String key) {
      if (events > 0 && withoutNumber == events) {
        return new Total(key, events, null, null, events, false);
      }
      return new Total(key, events, minUnknown > 0 ? null : min, maxUnknown > 0 ? null : max, withoutNumber, false);
    }
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
