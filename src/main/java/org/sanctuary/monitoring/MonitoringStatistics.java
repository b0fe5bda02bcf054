package org.sanctuary.monitoring;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.sanctuary.access.AccessPolicy;
import org.sanctuary.access.Permission;
import org.sanctuary.audit.AuditRecord;
import org.sanctuary.audit.AuditTrail;
import org.sanctuary.monitoring.MonitoringFigures.EventFigure;
import org.sanctuary.monitoring.MonitoringFigures.NamedPeople;
import org.sanctuary.monitoring.MonitoringFigures.Total;
import org.sanctuary.registry.PersonId;
import org.sanctuary.registry.PersonLinkage;
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
  private final PersonLinkage linkage;

  MonitoringStatistics(JdbcClient jdbc, AccessPolicy access, Gazetteer places, AuditTrail audit, PersonLinkage linkage) {
    this.jdbc = jdbc;
    this.access = access;
    this.places = places;
    this.audit = audit;
    this.linkage = linkage;
  }

  @Transactional
  public MonitoringFigures figures(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable UUID place, @Nullable String actType) {
    TeamScope scope = TeamScope.of(access, Permission.MONITORING_STATISTICS);
    // Small cells are shown only to a reader who may read every counted team's events one by one.
    boolean suppress = !access.actor().officesWith(Permission.MONITORING_READ).containsAll(scope.offices());
    if (from == null || to == null || to.isBefore(from)) {
      throw ValidationFailed.of("period", "give from and to, from not after to");
    }
    // One filter, joined by every query below: the events of the period, place and act type.
    String fromEvents = " FROM monitoring_event e LEFT JOIN place p ON p.id = e.place_id";
    String filter = " WHERE e.office_id IN (:teams) AND (e.date_earliest IS NULL OR e.date_earliest <= :to) AND (e.date_latest IS NULL OR e.date_latest >= :from)"
        + (place == null ? "" : " AND p.path LIKE :path")
        + (actType == null ? "" : " AND EXISTS (SELECT 1 FROM monitoring_act a WHERE a.event_id = e.id AND a.act_type = :actType)");
    String chosen = fromEvents + filter;
    Map<String, Object> params = new HashMap<>();
    params.put(TeamScope.TEAMS, scope.ids());
    params.put("from", from);
    params.put("to", to);
    if (place != null) {
      params.put("path", places.pathOf(place) + "%");
    }
    if (actType != null) {
      params.put("actType", actType);
    }
    record Row(UUID id, String title, String date, MonitoringEvent.Verification verification, UUID envelope, String place,
        LocalDate earliest) {}
    List<Row> rows = jdbc.sql("SELECT e.id, e.title, e.date_text, e.verification, e.envelope_claim_id, n.name, e.date_earliest"
            + fromEvents + " LEFT JOIN place_name n ON n.place_id = e.place_id AND n.is_primary" + filter
            + " ORDER BY e.date_earliest, e.title, e.id")
        .params(params)
        .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
            MonitoringEvent.Verification.valueOf(rs.getString(4)), rs.getObject(5, UUID.class), rs.getString(6),
            rs.getObject(7, LocalDate.class)))
        .list();
    Map<UUID, List<MonitoringEvent.Claim>> claims = new HashMap<>();
    jdbc.sql("SELECT c.id, c.event_id, c.report_id, r.reference, c.min_count, c.max_count, c.best, c.qualifier, c.unit, c.text"
            + " FROM count_claim c JOIN source_report r ON r.id = c.report_id WHERE c.event_id IN (SELECT e.id" + chosen + ")")
        .params(params)
        .query(rs -> {
          claims.computeIfAbsent(rs.getObject("event_id", UUID.class), k -> new ArrayList<>()).add(Events.claim(rs));
        });
    Map<UUID, Long> named = new HashMap<>();
    Map<UUID, List<String>> types = new HashMap<>();
    jdbc.sql("SELECT event_id, act_type, COUNT(DISTINCT victim_person_id) FROM monitoring_act WHERE event_id IN (SELECT e.id"
            + chosen + ") GROUP BY event_id, act_type ORDER BY act_type")
        .params(params)
        .query(rs -> {
          UUID event = rs.getObject(1, UUID.class);
          types.computeIfAbsent(event, k -> new ArrayList<>()).add(rs.getString(2));
          if (rs.getLong(3) > 0) {
            named.merge(event, rs.getLong(3), Long::sum);
          }
        });
    List<EventFigure> events = new ArrayList<>();
    Map<UUID, LocalDate> monthOf = new LinkedHashMap<>();
    for (Row row : rows) {
      List<MonitoringEvent.Claim> given = claims.getOrDefault(row.id(), List.of());
      CountClaim picked = given.stream().filter(c -> c.id().equals(row.envelope())).map(MonitoringEvent.Claim::count).findFirst()
          .orElse(null);
      CountClaim count = picked != null ? picked : envelope(given.stream().map(MonitoringEvent.Claim::count).toList());
      if (count == null && named.containsKey(row.id())) {
        // No report gave a number, but the victims are named one by one: that many persons, exactly.
        count = CountClaim.exactly(named.get(row.id()), org.sanctuary.shared.CountUnit.PERSON);
      }
      events.add(new EventFigure(row.id(), row.title(), row.date(), row.place(), row.verification(), count, picked != null,
          types.getOrDefault(row.id(), List.of())));
      monthOf.put(row.id(), row.earliest());
    }
    UnaryOperator<Total> shown = suppress ? Total::forSmallCellReader : UnaryOperator.identity();
    // Each listed event is a cell of one: a reader who may not see small cells gets none of them.
    int listed = suppress ? 0 : Math.min(events.size(), MonitoringFigures.EVENTS_LISTED);
    MonitoringFigures figures = new MonitoringFigures(
        from, to, suppress, place == null ? null : places.read(place).name(), actType, shown.apply(total("all", events)),
        shown(group(events, e -> e.verification().name()), shown),
        shown(group(events, e -> monthOf.get(e.id()) == null ? "undated" : YearMonth.from(monthOf.get(e.id())).toString()), shown),
        shown(group(events, e -> e.place() == null ? "unknown place" : e.place()), shown),
        shown(byActType(events), shown), events.subList(0, listed), events.size() - listed, named(chosen, params, suppress));
    audit.record(AuditRecord.success("MONITORING_STATISTICS_READ", "EVENT", null, null));
    return figures;
  }

  /**
   * The people the chosen events name, counted over records and over people: victims named in their
   * acts, and everyone on a list imported from a report that informs them.
   */
  private NamedPeople named(String chosen, Map<String, Object> params, boolean suppress) {
    Set<PersonId> records = new HashSet<>();
    jdbc.sql("SELECT victim_person_id FROM monitoring_act WHERE victim_person_id IS NOT NULL AND event_id IN (SELECT e.id"
            + chosen + ") UNION SELECT m.person_id FROM person_mention m JOIN information_link l ON l.report_id = m.report_id"
            + " WHERE l.event_id IN (SELECT e.id" + chosen + ")")
        .params(params)
        .query(rs -> {
          records.add(new PersonId(rs.getObject(1, UUID.class)));
        });
    PersonLinkage.People people = linkage.people(records);
    NamedPeople named = new NamedPeople(people.records(), people.people(), people.undecidedPairs(), false);
    return suppress ? named.forSmallCellReader() : named;
  }

  private static List<Total> shown(List<Total> totals, UnaryOperator<Total> shown) {
    return totals.stream().map(shown).toList();
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
      return new Total(key, events.size(), null, null, events.size(), false);
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
    return new Total(key, events.size(), min, max, withoutNumber, false);
  }
}
