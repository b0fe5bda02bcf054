package org.sanctuary.monitoring.figures;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.sanctuary.monitoring.events.Events;
import org.sanctuary.monitoring.events.FigureCells;
import org.sanctuary.monitoring.events.FigureShare;
import org.sanctuary.monitoring.events.MonitoringEvent;
import org.sanctuary.monitoring.events.Tally;
import org.sanctuary.monitoring.scope.TeamScope;
import org.sanctuary.access.OfficeId;
import org.sanctuary.monitoring.reports.SourceReport;
import org.sanctuary.registry.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the figures read: the cells kept as events change (FigureCells), the events of a month a period
 * cuts, the events listed beside the figures and the people they name. Only the figures use it; every
 * query is scoped to the reader's teams.
 */
@Repository
class FigureRows {

  /** The events a figure is about: a period, an area of the gazetteer (its path), an act type, the reader's teams. */
  record Filter(LocalDate from, LocalDate to, @Nullable UUID place, @Nullable String placePath, @Nullable String actType,
      TeamScope scope) {

    /**
     * The inner query of the figures' reads of events: the events of the period, place and act type,
     * each with whether it lies wholly in the period, and the count it is counted with (with an act
     * type, that type's own count). An event of a short span overlaps the period only if it starts at
     * most that span before it, an index range; the few of a long or open span are read apart (V46).
     */
    String chosen() {
      return "SELECT e.id, e.verification, e.place_id, e.date_earliest, e.date_latest,"
          + " CASE WHEN e.date_earliest >= :from AND e.date_latest <= :to THEN 1 ELSE 0 END AS inside,"
          + (actType() == null ? " e.count_min AS cmin, e.count_max AS cmax, e.count_text AS ctext, e.count_claim_id AS claim"
              : " c.count_min AS cmin, c.count_max AS cmax, c.count_text AS ctext, c.count_claim_id AS claim")
          + " FROM monitoring_event e"
          + (actType() == null ? "" : " JOIN event_act_count c ON c.event_id = e.id AND c.act_type = :actType")
          + (place() == null ? "" : " JOIN place p ON p.id = e.place_id AND p.path LIKE :path")
          + " WHERE e.office_id IN (:teams) AND ((NOT e.long_span AND e.date_earliest >= :spanFrom AND e.date_earliest <= :to"
          + " AND e.date_latest >= :from) OR (e.long_span AND (e.date_earliest IS NULL OR e.date_earliest <= :to)"
          + " AND (e.date_latest IS NULL OR e.date_latest >= :from)))";
    }

    Map<String, Object> params() {
      Map<String, Object> params = new HashMap<>();
      params.put(TeamScope.TEAMS, scope().ids());
      params.put("from", from());
      params.put("to", to());
      params.put("spanFrom", from().minusDays(Events.SHORT_SPAN_DAYS));
      if (placePath() != null) {
        params.put("path", placePath() + "%");
      }
      if (actType() != null) {
        params.put("actType", actType());
      }
      return params;
    }
  }

  /** Shares of the chosen events added up, on one side of the period (wholly inside it, or only overlapping it). */
  record Counted(boolean inside, FigureShare.Kind kind, String actType, String value, String verification, UUID child,
      int monthFrom, int monthTo, Tally tally) {}

  private final JdbcClient jdbc;

  FigureRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * What the events of the period, area and act type add to the figures: from the cells (FigureCells),
   * which know events by the months their dates start and end in; and, where the period begins or ends
   * inside a month, the events of that month one by one, whose days decide whether they overlap the
   * period and whether they lie wholly inside it.
   */
  List<Counted> counted(Filter filter) {
    LocalDate from = filter.from();
    LocalDate to = filter.to();
    UUID place = filter.place();
    String actType = filter.actType();
    TeamScope scope = filter.scope();
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
            + " WHERE c.office_id IN (:teams) AND c.area_id = :area AND c.events > 0 AND c.month_from <= :last AND c.month_to >= :first"
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
      params.put("path", filter.placePath() + "%");
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

  /** An event listed beside the figures: the count it is counted with, whether it lies wholly in the period, its act types. */
  record Listed(UUID id, String title, String date, MonitoringEvent.Verification verification, @Nullable UUID place,
      @Nullable Long min, @Nullable Long max, @Nullable String count, boolean chosen, boolean within, List<String> actTypes) {}

  /** The first events of the period in date order. */
  List<Listed> listed(Filter filter, int atMost) {
    String from = " FROM (" + filter.chosen() + ") x";
    boolean wholeEvents = filter.actType() == null;
    record Row(UUID id, String title, String date, MonitoringEvent.Verification verification, @Nullable UUID place,
        @Nullable Long min, @Nullable Long max, @Nullable String count, boolean chosen, boolean within) {}
    List<Row> rows = jdbc.sql("SELECT x.id, e.title, e.date_text, x.verification, x.place_id, x.cmin, x.cmax, x.ctext,"
            + " e.count_chosen, x.inside" + from + " JOIN monitoring_event e ON e.id = x.id AND e.office_id IN (:teams)"
            + " ORDER BY x.date_earliest, e.title, x.id FETCH FIRST " + atMost + " ROWS ONLY")
        .params(filter.params())
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
    return rows.stream().map(r -> new Listed(r.id(), r.title(), r.date(), r.verification(), r.place(), r.min(), r.max(), r.count(),
        r.chosen(), r.within(), types.getOrDefault(r.id(), List.of()))).toList();
  }

  private static @Nullable Long bound(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : value;
  }

  /** The people the chosen events name: victims named in their acts, and everyone on a list from a report that informs them. */
  Set<PersonId> named(Filter filter) {
    Set<PersonId> records = new HashSet<>();
    jdbc.sql("SELECT victim_person_id FROM monitoring_act WHERE victim_person_id IS NOT NULL AND event_id IN (SELECT x.id FROM ("
            + filter.chosen() + ") x) UNION SELECT m.person_id FROM person_mention m JOIN information_link l ON l.report_id = m.report_id"
            + " WHERE l.event_id IN (SELECT x.id FROM (" + filter.chosen() + ") x)")
        .params(filter.params())
        .query(rs -> {
          records.add(new PersonId(rs.getObject(1, UUID.class)));
        });
    return records;
  }

  /** An export's record: who took it, when, for what, whether identities went with it, how many events. */
  void recordExport(UUID id, String by, java.time.OffsetDateTime at, @Nullable String purpose, boolean identities, int events) {
    jdbc.sql("INSERT INTO monitoring_export (id, exported_by, exported_at, purpose, identities_included, events) VALUES (?, ?, ?, ?, ?, ?)")
        .params(id, by, at, purpose, identities, events)
        .update();
  }

  record SourceRow(UUID id, OfficeId office, String reference, SourceReport.SourceType type, @Nullable String identity) {}

  /** The reports given, by id: those the events of an export cite, events read with the exporter's teams. */
  Map<UUID, SourceRow> sources(List<UUID> reports) {
    Map<UUID, SourceRow> sources = new LinkedHashMap<>();
    if (reports.isEmpty()) {
      return sources;
    }
    jdbc.sql("SELECT r.id, r.office_id, r.reference, r.source_type, r.source_identity FROM source_report r WHERE r.id IN (:reports)")
        .param("reports", reports)
        .query(rs -> {
          UUID id = rs.getObject(1, UUID.class);
          sources.put(id, new SourceRow(id, new OfficeId(rs.getObject(2, UUID.class)), rs.getString(3),
              SourceReport.SourceType.valueOf(rs.getString(4)), rs.getString(5)));
        });
    return sources;
  }
}
