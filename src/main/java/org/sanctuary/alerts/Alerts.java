package org.sanctuary.alerts;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.sanctuary.access.AccessPolicy;
import org.sanctuary.access.Actor;
import org.sanctuary.access.OfficeId;
import org.sanctuary.access.Permission;
import org.sanctuary.audit.AuditRecord;
import org.sanctuary.audit.AuditTrail;
import org.sanctuary.lists.Keyset;
import org.sanctuary.shared.NotFound;
import org.sanctuary.shared.PageRequest;
import org.sanctuary.shared.ResultPage;
import org.sanctuary.shared.ValidationFailed;
import org.sanctuary.shared.Wording;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Alerts for an office's supervisors: raised by the procedure (a refused removal, a late appeal, a
 * child alone without a guardian, an overdue deadline), listed newest first, acknowledged with a note.
 */
@Service
public class Alerts {

  /** What an alert is about. */
  public enum Kind {
    REMOVAL_ATTEMPT_REFUSED,
    LATE_APPEAL,
    CHILD_WITHOUT_GUARDIAN,
    DEADLINE_OVERDUE,
    /** An intervention's follow-up date passed without a follow-up (monitoring). */
    FOLLOW_UP_OVERDUE
  }

  /**
   * One alert as a supervisor sees it: its detail in English, and the facts the page puts in the
   * reader's language (per kind, in the order {@link #raise} documents; empty for alerts raised before
   * facts were kept).
   */
  public record Alert(
      UUID id, OfficeId office, Kind kind, String subjectType, UUID subjectId, String detail, List<String> facts,
      OffsetDateTime raisedAt, @Nullable String acknowledgedBy, @Nullable String note) {

    /** The alert's words for a page ({@code alert.text.KIND} with its facts); none before facts were kept. */
    public @Nullable Wording wording() {
      return facts.isEmpty() ? null : new Wording("alert.text." + kind.name(), facts);
    }
  }

  /** Separates an alert's facts in one column: a control character no name or reference holds. */
  private static final String FACT_SEPARATOR = "\u001F";

  private final JdbcClient jdbc;
  private final AccessPolicy access;
  private final AuditTrail audit;
  private final Clock clock;

  Alerts(JdbcClient jdbc, AccessPolicy access, AuditTrail audit, Clock clock) {
    this.jdbc = jdbc;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Raised by the procedure or the monitoring record itself, inside the transaction of what caused it.
   * The facts, by kind: a refused removal: the person's reference, the requester, what was asked; a
   * late appeal, a child without a guardian: the file number; an overdue deadline: the file number and
   * the claim's state; an overdue follow-up: the addressee and the day it was due. A term is given as
   * {@code vocabulary:CODE} ({@link Wording}), so that a page puts it in words.
   */
  public void raise(OfficeId office, Kind kind, String subjectType, UUID subjectId, String detail, List<String> facts) {
    jdbc.sql(
            "INSERT INTO alert (id, office_id, kind, subject_type, subject_id, detail, facts, raised_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(UUID.randomUUID(), office.value(), kind.name(), subjectType, subjectId, detail,
            String.join(FACT_SEPARATOR, facts), OffsetDateTime.now(clock))
        .update();
  }

  /** Whether an unacknowledged alert of this kind is already open about the subject. */
  public boolean openAbout(UUID subjectId, Kind kind) {
    return jdbc.sql("SELECT COUNT(*) FROM alert WHERE subject_id = ? AND kind = ? AND acknowledged_at IS NULL")
            .params(subjectId, kind.name())
            .query(Long.class)
            .single()
        > 0;
  }

  /** The order of the open alerts: the latest raised first. */
  private static final Keyset LATEST_RAISED =
      Keyset.of(Keyset.descending("raised_at", Keyset.Type.TIMESTAMP), Keyset.ascending("id", Keyset.Type.UUID));

  @Transactional(readOnly = true)
  public ResultPage<Alert> open(PageRequest page) {
    var scope = access.scope(Permission.ALERT_READ).stream().map(OfficeId::value).toList();
    Keyset.Rows<Alert> items =
        LATEST_RAISED.read(jdbc.sql(
                "SELECT id, office_id, kind, subject_type, subject_id, detail, facts, raised_at, acknowledged_by, note"
                    + " FROM alert WHERE office_id IN (:scope) AND acknowledged_at IS NULL AND " + LATEST_RAISED.after(page)
                    + " ORDER BY " + LATEST_RAISED.orderBy() + " LIMIT :limit OFFSET :offset")
            .param("scope", scope)
            .param("limit", page.size())
            .param("offset", page.offset()), page,
                (rs, n) ->
                    new Alert(
                        rs.getObject("id", UUID.class),
                        new OfficeId(rs.getObject("office_id", UUID.class)),
                        Kind.valueOf(rs.getString("kind")),
                        rs.getString("subject_type"),
                        rs.getObject("subject_id", UUID.class),
                        rs.getString("detail"),
                        facts(rs.getString("facts")),
                        rs.getObject("raised_at", OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC),
                        rs.getString("acknowledged_by"),
                        rs.getString("note")));
    long total =
        jdbc.sql("SELECT COUNT(*) FROM alert WHERE office_id IN (:scope) AND acknowledged_at IS NULL")
            .param("scope", scope)
            .query(Long.class)
            .single();
    return Keyset.page(items, page, total);
  }

  /** How many alerts of the reader's offices are open. */
  @Transactional(readOnly = true)
  public long openCount() {
    var scope = access.scope(Permission.ALERT_READ).stream().map(OfficeId::value).toList();
    if (scope.isEmpty()) {
      return 0;
    }
    return jdbc.sql("SELECT COUNT(*) FROM alert WHERE office_id IN (:scope) AND acknowledged_at IS NULL")
        .param("scope", scope)
        .query(Long.class)
        .single();
  }

  private static List<String> facts(@Nullable String stored) {
    return stored == null || stored.isEmpty() ? List.of() : List.of(stored.split(FACT_SEPARATOR, -1));
  }

  @Transactional
  public void acknowledge(UUID id, @Nullable String note) {
    Actor actor = access.actor();
    if (note == null || note.isBlank() || note.length() > 1000) {
      throw ValidationFailed.of("note", "say what was done, in 1 to 1000 characters");
    }
    var scope = access.scope(Permission.ALERT_READ).stream().map(OfficeId::value).toList();
    UUID office =
        jdbc.sql("SELECT office_id FROM alert WHERE id = :id AND office_id IN (:scope) AND acknowledged_at IS NULL")
            .param("id", id)
            .param("scope", scope)
            .query(UUID.class)
            .optional()
            .orElseThrow(() -> new NotFound("open alert"));
    jdbc.sql("UPDATE alert SET acknowledged_by = ?, acknowledged_at = ?, note = ? WHERE id = ?")
        .params(actor.username(), OffsetDateTime.now(clock), note.strip(), id)
        .update();
    audit.record(AuditRecord.success("ALERT_ACKNOWLEDGED", "ALERT", id, office));
  }
}
