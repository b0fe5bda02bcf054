package org.sanctuary.monitoring;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.sanctuary.access.AccessPolicy;
import org.sanctuary.access.Permission;
import org.sanctuary.audit.AuditRecord;
import org.sanctuary.audit.AuditTrail;
import org.sanctuary.monitoring.MonitoringFigures.EventFigure;
import org.sanctuary.monitoring.MonitoringFigures.Total;
import org.sanctuary.shared.CountClaim;
import org.sanctuary.shared.CountQualifier;
import org.sanctuary.shared.ValidationFailed;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts events and their victims honestly (monitoring.md §2): events are chosen by overlap of their
 * date interval with the period, never by a made-up day; each event's count is the reviewer's chosen
 * claim or else the envelope of every report's claim (or, with no claim, the victims named one by
 * one); minima and maxima are summed separately.
 */
@Service
public class MonitoringStatistics {

  private final JdbcClient jdbc;
  private final AccessPolicy access;
  private final Gazetteer places;
  private final AuditTrail audit;

  MonitoringStatistics(JdbcClient jdbc, AccessPolicy access, Gazetteer places, AuditTrail audit) {
    this.jdbc = jdbc;
    this.access = access;
    this.places = places;
    this.audit = audit;
  }

  @Transactional
  public MonitoringFigures figures(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable UUID place, @Nullable String actType) {
    access.requireAnywhere(Permission.MONITORING_STATISTICS);
    if (from == null || to == null || to.isBefore(from)) {
      throw ValidationFailed.of("period", "give from and to, from not after to");
    }
    String sql = "SELECT e.id, e.title, e.date_text, e.verification, e.envelope_claim_id, e.place_id FROM monitoring_event e"
        + " LEFT JOIN place p ON p.id = e.place_id"
        + " WHERE (e.date_earliest IS NULL OR e.date_earliest <= :to) AND (e.date_latest IS NULL OR e.date_latest >= :from)"
        + (place == null ? "" : " AND p.path LIKE :path")
        + (actType == null ? "" : " AND EXISTS (SELECT 1 FROM monitoring_act a WHERE a.event_id = e.id AND a.act_type = :actType)")
        + " ORDER BY e.date_earliest, e.title, e.id";
    var query = jdbc.sql(sql).param("from", from).param("to", to);
    if (place != null) {
      query = query.param("path", places.pathOf(place) + "%");
    }
    if (actType != null) {
      query = query.param("actType", actType);
    }
    record Row(UUID id, String title, String date, MonitoringEvent.Verification verification, UUID envelope, UUID place,
        LocalDate earliest) {}
    List<Row> rows = query.query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
        MonitoringEvent.Verification.valueOf(rs.getString(4)), rs.getObject(5, UUID.class), rs.getObject(6, UUID.class), null)).list();
    Map<UUID, LocalDate> starts = new HashMap<>();
    Map<UUID, List<MonitoringEvent.Claim>> claims = new HashMap<>();
    if (!rows.isEmpty()) {
      List<UUID> ids = rows.stream().map(Row::id).toList();
      jdbc.sql("SELECT id, date_earliest FROM monitoring_event WHERE id IN (:ids)").param("ids", ids)
          .query(rs -> {
            starts.put(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class));
          });
      jdbc.sql("SELECT c.id, c.event_id, c.report_id, r.reference, c.min_count, c.max_count, c.best, c.qualifier, c.unit, c.text"
              + " FROM count_claim c JOIN source_report r ON r.id = c.report_id WHERE c.event_id IN (:ids)")
          .param("ids", ids)
          .query(rs -> {
            claims.computeIfAbsent(rs.getObject("event_id", UUID.class), k -> new ArrayList<>()).add(Events.claim(rs));
          });
    }
    Map<UUID, Long> named = new HashMap<>();
    if (!rows.isEmpty()) {
      jdbc.sql("SELECT event_id, COUNT(DISTINCT victim_person_id) FROM monitoring_act WHERE event_id IN (:ids)"
              + " AND victim_person_id IS NOT NULL GROUP BY event_id")
          .param("ids", rows.stream().map(Row::id).toList())
          .query(rs -> {
            named.put(rs.getObject(1, UUID.class), rs.getLong(2));
          });
    }
    Map<UUID, List<String>> types = new HashMap<>();
    if (!rows.isEmpty()) {
      jdbc.sql("SELECT DISTINCT event_id, act_type FROM monitoring_act WHERE event_id IN (:ids) ORDER BY act_type")
          .param("ids", rows.stream().map(Row::id).toList())
          .query(rs -> {
            types.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(rs.getString(2));
          });
    }
    Map<UUID, String> placeNames = places.primaryNames(rows.stream().map(Row::place).filter(java.util.Objects::nonNull).toList());
    List<EventFigure> events = new ArrayList<>();
    Map<UUID, LocalDate> monthOf = new LinkedHashMap<>();
    for (Row row : rows) {
      List<MonitoringEvent.Claim> given = claims.getOrDefault(row.id(), List.of());
      CountClaim chosen = given.stream().filter(c -> c.id().equals(row.envelope())).map(MonitoringEvent.Claim::count).findFirst()
          .orElse(null);
      CountClaim count = chosen != null ? chosen : envelope(given.stream().map(MonitoringEvent.Claim::count).toList());
      if (count == null && named.containsKey(row.id())) {
        // No report gave a number, but the victims are named one by one: that many persons, exactly.
        count = CountClaim.exactly(named.get(row.id()), org.sanctuary.shared.CountUnit.PERSON);
      }
      events.add(new EventFigure(row.id(), row.title(), row.date(), row.place() == null ? null : placeNames.get(row.place()),
          row.verification(), count, chosen != null, types.getOrDefault(row.id(), List.of())));
      monthOf.put(row.id(), starts.get(row.id()));
    }
    MonitoringFigures figures = new MonitoringFigures(
        from, to, place == null ? null : places.read(place).name(), actType, total("all", events),
        group(events, e -> e.verification().name()),
        group(events, e -> monthOf.get(e.id()) == null ? "undated" : YearMonth.from(monthOf.get(e.id())).toString()),
        group(events, e -> e.place() == null ? "unknown place" : e.place()),
        byActType(events), events.subList(0, Math.min(events.size(), MonitoringFigures.EVENTS_LISTED)),
        Math.max(0, events.size() - MonitoringFigures.EVENTS_LISTED));
    audit.record(AuditRecord.success("MONITORING_STATISTICS_READ", "EVENT", null, null));
    return figures;
  }

  /** The widest reading of several reports' counts: the lowest minimum and the highest maximum, unknown if any is. */
  static @Nullable CountClaim envelope(List<CountClaim> counts) {
    if (counts.isEmpty()) {
      return null;
    }
    Long min = counts.stream().anyMatch(c -> c.min() == null) ? null
        : counts.stream().mapToLong(CountClaim::min).min().getAsLong();
    Long max = counts.stream().anyMatch(c -> c.max() == null) ? null
        : counts.stream().mapToLong(CountClaim::max).max().getAsLong();
    if (counts.size() == 1) {
      return counts.get(0);
    }
    CountQualifier qualifier = min == null && max == null ? CountQualifier.UNKNOWN
        : min == null ? CountQualifier.UP_TO : max == null ? CountQualifier.AT_LEAST : CountQualifier.BETWEEN;
    return new CountClaim(min, max, null, qualifier, counts.get(0).unit(), "envelope of " + counts.size() + " reports");
  }

  private static List<Total> byActType(List<EventFigure> events) {
    Map<String, List<EventFigure>> groups = new TreeMap<>();
    for (EventFigure event : events) {
      List<String> types = event.actTypes().isEmpty() ? List.of("no act recorded") : event.actTypes();
      types.forEach(t -> groups.computeIfAbsent(t, k -> new ArrayList<>()).add(event));
    }
    List<Total> totals = new ArrayList<>();
    groups.forEach((k, group) -> totals.add(total(k, group)));
    return totals;
  }

  private static List<Total> group(List<EventFigure> events, Function<EventFigure, String> key) {
    Map<String, List<EventFigure>> groups = new TreeMap<>();
    events.forEach(e -> groups.computeIfAbsent(key.apply(e), k -> new ArrayList<>()).add(e));
    List<Total> totals = new ArrayList<>();
    groups.forEach((k, group) -> totals.add(total(k, group)));
    return totals;
  }

  static Total total(String key, List<EventFigure> events) {
    Long min = 0L;
    Long max = 0L;
    int withoutNumber = 0;
    if (!events.isEmpty() && events.stream().allMatch(e -> e.count() == null || (e.count().min() == null && e.count().max() == null))) {
      return new Total(key, events.size(), null, null, events.size());
    }
    for (EventFigure event : events) {
      CountClaim count = event.count();
      if (count == null || (count.min() == null && count.max() == null)) {
        withoutNumber++;
        continue;
      }
      min = min == null || count.min() == null ? null : min + count.min();
      max = max == null || count.max() == null ? null : max + count.max();
    }
    return new Total(key, events.size(), min, max, withoutNumber);
  }
}
