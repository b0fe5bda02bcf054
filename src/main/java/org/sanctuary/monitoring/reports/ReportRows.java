package org.sanctuary.monitoring.reports;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.sanctuary.access.Actor;
import org.sanctuary.access.OfficeId;
import org.sanctuary.access.Permission;
import org.sanctuary.lists.Keyset;
import org.sanctuary.monitoring.scope.TeamScope;
import org.sanctuary.shared.PageRequest;
import org.sanctuary.shared.ResultPage;
import org.sanctuary.vault.Vault;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The reports' rows: a report is inserted once and never updated (REPORT_FILED), and read by a team
 * that filed it or, if it is open, by any team. Only {@link SourceReports} uses it.
 */
@Repository
class ReportRows {

  /** A team reads its own reports and the open reports of other teams. */
  private static final String READABLE = " (r.office_id IN (:teams) OR r.confidentiality = 'OPEN')";

  private static final String SELECT =
      "SELECT r.id, r.office_id, r.reference, r.source_type, r.received_on, r.language, r.content, r.source_identity,"
          + " r.confidentiality, r.supersedes_id, r.filed_by, r.filed_at,"
          + " (SELECT c.id FROM source_report c WHERE c.supersedes_id = r.id) AS superseded_by FROM source_report r";

  private final JdbcClient jdbc;
  private final org.springframework.jdbc.core.JdbcTemplate template;
  private final Vault vault;

  ReportRows(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate template, Vault vault) {
    this.jdbc = jdbc;
    this.template = template;
    this.vault = vault;
  }

  /** A report as filed, its content and source's identity sealed by the caller. */
  void insert(UUID id, OfficeId office, String reference, SourceReport.SourceType type, LocalDate receivedOn, String language,
      String sealedContent, @Nullable String sealedIdentity, SourceReport.Confidentiality confidentiality, @Nullable UUID supersedes,
      String filedBy, OffsetDateTime filedAt) {
    jdbc.sql("INSERT INTO source_report (id, office_id, reference, source_type, received_on, language, content,"
            + " source_identity, confidentiality, supersedes_id, filed_by, filed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(id, office.value(), reference, type.name(), receivedOn, language, sealedContent, sealedIdentity, confidentiality.name(),
            supersedes, filedBy, filedAt)
        .update();
  }

  /** A person the report's list names, at its row of the list. */
  record Mention(org.sanctuary.registry.PersonId person, int row) {}

  /** Whether the report's list was imported: any person it names. */
  boolean listImported(UUID report) {
    return jdbc.sql("SELECT EXISTS (SELECT 1 FROM person_mention WHERE report_id = ?)").param(report).query(Boolean.class).single();
  }

  /** The persons the report's list names, each at its row: one batch. */
  void mention(UUID report, List<Mention> mentions) {
    template.batchUpdate("INSERT INTO person_mention (report_id, person_id, row_number) VALUES (?, ?, ?)",
        mentions.stream().map(m -> new Object[] {report, m.person().value(), m.row()}).toList());
  }

  Optional<SourceReport> find(UUID id, TeamScope scope, Actor actor) {
    return jdbc.sql(SELECT + " WHERE r.id = :id AND" + READABLE).param("id", id)
        .param(TeamScope.TEAMS, scope.ids())
        .query((rs, n) -> map(rs, actor)).optional();
  }

  /** The order of the report list: the latest received first. */
  private static final Keyset LATEST_RECEIVED =
      Keyset.of(Keyset.descending("r.received_on", Keyset.Type.DATE), Keyset.ascending("r.id", Keyset.Type.UUID));

  /** The reports the scope reads, newest first. */
  ResultPage<SourceReport> list(TeamScope scope, PageRequest page, Actor actor) {
    List<UUID> own = scope.ids();
    String where = " WHERE" + READABLE;
    var statement = jdbc.sql(SELECT + where + " AND " + LATEST_RECEIVED.after(page) + " ORDER BY " + LATEST_RECEIVED.orderBy()
            + " LIMIT :limit OFFSET :offset")
        .param(TeamScope.TEAMS, own).param("limit", page.size()).param("offset", page.offset());
    Keyset.Rows<SourceReport> rows = LATEST_RECEIVED.read(statement, page, (rs, n) -> map(rs, actor));
    long total = jdbc.sql("SELECT COUNT(*) FROM source_report r" + where).param(TeamScope.TEAMS, own).query(Long.class).single();
    return Keyset.page(rows, page, total);
  }

  /** The report as the reader may see it: the identity is opened only for those who may know the source. */
  private SourceReport map(java.sql.ResultSet rs, Actor actor) throws java.sql.SQLException {
    OfficeId office = new OfficeId(rs.getObject("office_id", UUID.class));
    UUID id = rs.getObject("id", UUID.class);
    boolean mayKnowSource = actor.may(Permission.SOURCE_IDENTITY_READ, office);
    String identity = rs.getString("source_identity");
    return new SourceReport(
        id, office, rs.getString("reference"),
        SourceReport.SourceType.valueOf(rs.getString("source_type")), rs.getObject("received_on", LocalDate.class),
        rs.getString("language"), vault.open(office, SourceReports.CONTENT.place(id), rs.getString("content")),
        mayKnowSource && identity != null ? vault.open(office, SourceReports.SOURCE_IDENTITY.place(id), identity) : null,
        identity != null && !mayKnowSource, SourceReport.Confidentiality.valueOf(rs.getString("confidentiality")),
        rs.getObject("supersedes_id", UUID.class), rs.getObject("superseded_by", UUID.class), rs.getString("filed_by"),
        rs.getObject("filed_at", OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC));
  }
}
