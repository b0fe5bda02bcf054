package org.sanctuary.monitoring.estimates;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import org.sanctuary.lists.Keyset;
import org.sanctuary.monitoring.scope.TeamScope;
import org.sanctuary.registry.PersonId;
import org.sanctuary.shared.PageRequest;
import org.sanctuary.shared.ResultPage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rows estimates read and write: imported lists, who they name, saved estimates. Only {@link ListOverlaps} uses it. */
@Repository
class EstimateRows {

  private final JdbcClient jdbc;

  EstimateRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The teams (of the scope's) whose reports the lists are. */
  List<UUID> teamsOf(List<UUID> lists, TeamScope scope) {
    return jdbc.sql("SELECT DISTINCT office_id FROM source_report WHERE id IN (:lists) AND office_id IN (:teams)")
        .param("lists", lists).param(TeamScope.TEAMS, scope.ids())
        .query(UUID.class).list();
  }

  void save(UUID id, UUID team, String title, ListOverlaps.ListFilter filter, String by, OffsetDateTime at, String answer,
      List<UUID> lists) {
    jdbc.sql("INSERT INTO list_estimate (id, office_id, title, act_type, period_from, period_to, place_id, saved_by, saved_at, answer)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(id, team, title, filter.actType(), filter.from(), filter.to(), filter.place(), by, at, answer)
        .update();
    for (int i = 0; i < lists.size(); i++) {
      jdbc.sql("INSERT INTO list_estimate_list (estimate_id, position, report_id) VALUES (?, ?, ?)").params(id, i, lists.get(i)).update();
    }
  }

  /** The order of the saved estimates: the latest saved first. */
  private static final Keyset LATEST_SAVED =
      Keyset.of(Keyset.descending("e.saved_at", Keyset.Type.TIMESTAMP), Keyset.ascending("e.id", Keyset.Type.UUID));

  ResultPage<ListOverlaps.SavedSummary> saved(TeamScope scope, PageRequest page) {
    long total = jdbc.sql("SELECT COUNT(*) FROM list_estimate WHERE office_id IN (:teams)")
        .param(TeamScope.TEAMS, scope.ids()).query(Long.class).single();
    var statement = jdbc.sql("SELECT e.id, e.title, e.saved_by, e.saved_at, (SELECT COUNT(*) FROM list_estimate_list l"
            + " WHERE l.estimate_id = e.id), e.act_type, e.period_from, e.period_to, e.place_id FROM list_estimate e WHERE e.office_id IN (:teams)"
            + " AND " + LATEST_SAVED.after(page) + " ORDER BY " + LATEST_SAVED.orderBy() + " LIMIT :limit OFFSET :offset")
        .param(TeamScope.TEAMS, scope.ids()).param("limit", page.size()).param("offset", page.offset());
    return Keyset.page(LATEST_SAVED.read(statement, page, (rs, n) -> summary(rs)), page, total);
  }

  Optional<ListOverlaps.SavedSummary> summary(UUID id, TeamScope scope) {
    return jdbc.sql("SELECT e.id, e.title, e.saved_by, e.saved_at, (SELECT COUNT(*) FROM list_estimate_list l"
            + " WHERE l.estimate_id = e.id), e.act_type, e.period_from, e.period_to, e.place_id FROM list_estimate e WHERE e.id = :id AND e.office_id IN (:teams)")
        .param("id", id).param(TeamScope.TEAMS, scope.ids())
        .query((rs, n) -> summary(rs))
        .optional();
  }

  /** The answer saved with an estimate the caller found with the reader's teams. */
  String answer(UUID id) {
    return jdbc.sql("SELECT answer FROM list_estimate WHERE id = ?").param(id).query(String.class).single();
  }

  List<UUID> listsOf(UUID id) {
    return jdbc.sql("SELECT report_id FROM list_estimate_list WHERE estimate_id = ? ORDER BY position").param(id)
        .query(UUID.class).list();
  }

  private static ListOverlaps.SavedSummary summary(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new ListOverlaps.SavedSummary(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
        rs.getObject(4, java.time.OffsetDateTime.class).toInstant(), rs.getInt(5),
        new ListOverlaps.ListFilter(rs.getString(6), rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class),
            rs.getObject(9, UUID.class)));
  }

  /** The reports of the scope's teams whose named people were imported, chosen by the filter, newest first. */
  List<ListOverlaps.ImportedList> lists(ListOverlaps.ListFilter filter, @Nullable String placePath, TeamScope scope, int atMost) {
    StringBuilder sql = new StringBuilder("SELECT r.id, r.reference, r.received_on, COUNT(*) FROM source_report r"
        + " JOIN person_mention m ON m.report_id = r.id WHERE r.office_id IN (:teams)");
    Map<String, Object> params = new HashMap<>();
    params.put(TeamScope.TEAMS, scope.ids());
    if (filter.any()) {
      sql.append(" AND EXISTS (SELECT 1 FROM information_link l JOIN monitoring_event e ON e.id = l.event_id"
          + " LEFT JOIN place p ON p.id = e.place_id WHERE l.report_id = r.id AND e.office_id = r.office_id AND e.office_id IN (:teams)");
      if (filter.from() != null) {
        // An event that only overlaps the period counts: its dates are an interval, and a list of it may name people of the period.
        sql.append(" AND (e.date_earliest IS NULL OR e.date_earliest <= :to) AND (e.date_latest IS NULL OR e.date_latest >= :from)");
        params.put("from", filter.from());
        params.put("to", filter.to());
      }
      if (filter.place() != null) {
        sql.append(" AND p.path LIKE :path");
        params.put("path", placePath + "%");
      }
      if (filter.actType() != null) {
        sql.append(" AND EXISTS (SELECT 1 FROM monitoring_act a WHERE a.event_id = e.id AND a.act_type = :actType)");
        params.put("actType", filter.actType());
      }
      sql.append(")");
    }
    sql.append(" GROUP BY r.id, r.reference, r.received_on ORDER BY r.received_on DESC, r.reference FETCH FIRST " + atMost
        + " ROWS ONLY");
    return jdbc.sql(sql.toString()).params(params)
        .query((rs, n) -> new ListOverlaps.ImportedList(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, LocalDate.class),
            rs.getLong(4)))
        .list();
  }

  /** The references of the lists, those of the scope's teams only. */
  Map<UUID, String> references(List<UUID> lists, TeamScope scope) {
    Map<UUID, String> references = new HashMap<>();
    jdbc.sql("SELECT id, reference FROM source_report WHERE id IN (:lists) AND office_id IN (:teams)")
        .param("lists", lists).param(TeamScope.TEAMS, scope.ids())
        .query(rs -> {
          references.put(rs.getObject(1, UUID.class), rs.getString(2));
        });
    return references;
  }

  /** Every person the lists name, list by list: lists the caller found with the reader's teams. */
  void mentions(List<UUID> lists, BiConsumer<UUID, PersonId> mention) {
    jdbc.sql("SELECT report_id, person_id FROM person_mention WHERE report_id IN (:lists)").param("lists", lists)
        .query(rs -> {
          mention.accept(rs.getObject(1, UUID.class), new PersonId(rs.getObject(2, UUID.class)));
        });
  }
}
