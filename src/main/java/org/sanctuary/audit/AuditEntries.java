package org.sanctuary.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.sanctuary.shared.PageRequest;
import org.sanctuary.shared.ResultPage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The audit tables, in SQL. */
@Repository
class AuditEntries {

  record Head(long lastId, String lastHash) {}

  private static final String COLUMNS =
      "id, recorded_at, actor, office_id, action, subject_type, subject_id, outcome, reason_code,"
          + " prev_hash, hash, acted_on";

  private final JdbcClient jdbc;
  private final JdbcTemplate template;

  AuditEntries(JdbcClient jdbc, JdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
  }

  /** Locks the head row: concurrent appends, on any node, queue here. */
  Head lockHead() {
    return jdbc.sql("SELECT last_id, last_hash FROM audit_head WHERE singleton = 1 FOR UPDATE")
        .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
        .single();
  }

  Head head() {
    return jdbc.sql("SELECT last_id, last_hash FROM audit_head WHERE singleton = 1")
        .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
        .single();
  }

  /** Appends entries that continue the chain from the locked head, in one batch, and moves the head. */
  void insert(List<AuditEntry> entries) {
    template.batchUpdate(
        "INSERT INTO audit_entry (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        entries,
        500,
        (statement, e) -> {
          statement.setLong(1, e.id());
          statement.setObject(2, OffsetDateTime.ofInstant(e.recordedAt(), ZoneOffset.UTC));
          statement.setString(3, e.actor());
          statement.setObject(4, e.officeId());
          statement.setString(5, e.action());
          statement.setString(6, e.subjectType());
          statement.setString(7, e.subjectId());
          statement.setString(8, e.outcome().name());
          statement.setString(9, e.reasonCode());
          statement.setString(10, e.previousHash());
          statement.setString(11, e.hash());
          statement.setObject(12, e.actedOn());
        });
    AuditEntry last = entries.get(entries.size() - 1);
    jdbc.sql("UPDATE audit_head SET last_id = ?, last_hash = ? WHERE singleton = 1")
        .params(last.id(), last.hash())
        .update();
  }

  /** Streams every entry in chain order without holding them all in memory. */
  void forEachInOrder(Consumer<AuditEntry> consumer) {
    template.setFetchSize(1000);
    template.query(
        "SELECT " + COLUMNS + " FROM audit_entry ORDER BY id",
        rs -> {
          consumer.accept(map(rs));
        });
  }

  ResultPage<AuditEntry> forSubject(String subjectType, String subjectId, PageRequest page) {
    List<AuditEntry> items =
        jdbc.sql(
                "SELECT " + COLUMNS + " FROM audit_entry WHERE subject_type = ? AND subject_id = ?"
                    + " ORDER BY id DESC LIMIT ? OFFSET ?")
            .params(subjectType, subjectId, page.size(), page.offset())
            .query((rs, n) -> map(rs))
            .list();
    long total =
        jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE subject_type = ? AND subject_id = ?")
            .params(subjectType, subjectId)
            .query(Long.class)
            .single();
    return new ResultPage<>(items, page.page(), page.size(), total);
  }

  ResultPage<AuditEntry> latest(PageRequest page) {
    long lastId = head().lastId();
    List<AuditEntry> items =
        jdbc.sql("SELECT " + COLUMNS + " FROM audit_entry ORDER BY id DESC LIMIT ? OFFSET ?")
            .params(page.size(), page.offset())
            .query((rs, n) -> map(rs))
            .list();
    return new ResultPage<>(items, page.page(), page.size(), lastId);
  }

  private static AuditEntry map(ResultSet rs) throws SQLException {
    String office = rs.getString("office_id");
    return new AuditEntry(
        rs.getLong("id"),
        rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
        rs.getString("actor"),
        office == null ? null : UUID.fromString(office),
        rs.getString("action"),
        rs.getString("subject_type"),
        rs.getString("subject_id"),
        Outcome.valueOf(rs.getString("outcome")),
        rs.getString("reason_code"),
        rs.getObject("acted_on", java.time.LocalDate.class),
        rs.getString("prev_hash"),
        rs.getString("hash"));
  }

  static Instant truncate(Instant instant) {
    return instant.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
  }
}
