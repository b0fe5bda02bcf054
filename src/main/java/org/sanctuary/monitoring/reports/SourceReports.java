package org.sanctuary.monitoring.reports;


import org.sanctuary.monitoring.rules.MonitoringRules;
import org.sanctuary.monitoring.scope.TeamScope;

import static org.sanctuary.shared.TypedText.blank;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.sanctuary.access.AccessPolicy;
import org.sanctuary.access.Actor;
import org.sanctuary.access.Office;
import org.sanctuary.access.OfficeId;
import org.sanctuary.access.Offices;
import org.sanctuary.access.Permission;
import org.sanctuary.audit.AuditRecord;
import org.sanctuary.audit.AuditTrail;
import org.sanctuary.shared.FieldProblem;
import org.sanctuary.shared.NotFound;
import org.sanctuary.shared.PageRequest;
import org.sanctuary.shared.ResultPage;
import org.sanctuary.shared.RuleRefusal;
import org.sanctuary.shared.ValidationFailed;
import org.sanctuary.vault.SealedColumn;
import org.sanctuary.vault.Vault;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Filing and reading source reports. There is no way to change a filed report: {@link #file} with
 * {@code supersedes} files a correction. Reading is scoped: a team reads its own reports and the
 * OPEN reports of other teams; every read is audited, and a source's identity is shown only to those
 * who may see it in the filing team.
 */
@Service
public class SourceReports {

  static final String SUBJECT = "SOURCE_REPORT";

  /** Testimony and who gave it: sealed with the team's key (vault). */
  public static final SealedColumn CONTENT = new SealedColumn("source_report", "id", "office_id", "content");
  public static final SealedColumn SOURCE_IDENTITY = new SealedColumn("source_report", "id", "office_id", "source_identity");

  /** What a monitor files. */
  public record Draft(
      @Nullable OfficeId office, SourceReport.@Nullable SourceType sourceType, @Nullable LocalDate receivedOn,
      @Nullable String language, @Nullable String content, @Nullable String sourceIdentity,
      SourceReport.@Nullable Confidentiality confidentiality, @Nullable UUID supersedes) {}

  private final JdbcClient jdbc;
  private final AccessPolicy access;
  private final Offices offices;
  private final AuditTrail audit;
  private final Clock clock;
  private final Vault vault;

  SourceReports(JdbcClient jdbc, AccessPolicy access, Offices offices, AuditTrail audit, Clock clock, Vault vault) {
    this.vault = vault;
    this.jdbc = jdbc;
    this.access = access;
    this.offices = offices;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public UUID file(Draft draft) {
    List<FieldProblem> problems = new ArrayList<>();
    if (draft.office() == null) {
      problems.add(new FieldProblem("officeId", "is required"));
    }
    if (draft.sourceType() == null) {
      problems.add(new FieldProblem("sourceType", "is required"));
    }
    LocalDate today = LocalDate.now(clock);
    if (draft.receivedOn() == null) {
      problems.add(new FieldProblem("receivedOn", "is required"));
    } else if (draft.receivedOn().isAfter(today)) {
      problems.add(new FieldProblem("receivedOn", "cannot be in the future"));
    }
    if (blank(draft.language()) || draft.language().length() > 12) {
      problems.add(new FieldProblem("language", "is required, e.g. ko, zh, en"));
    }
    if (blank(draft.content()) || draft.content().length() > 20000) {
      problems.add(new FieldProblem("content", "is required, up to 20,000 characters"));
    }
    if (draft.sourceIdentity() != null && draft.sourceIdentity().length() > 1000) {
      problems.add(new FieldProblem("sourceIdentity", "is longer than 1000 characters"));
    }
    if (!problems.isEmpty()) {
      throw new ValidationFailed(problems);
    }
    Actor actor = access.require(Permission.MONITORING_RECORD, draft.office());
    if (draft.supersedes() != null) {
      visible(draft.supersedes()).orElseThrow(() -> ValidationFailed.of("supersedes", "is not a report of this team"))
          .supersededBy(draft.office());
    }
    Office office = offices.find(draft.office()).orElseThrow(() -> new NotFound("office"));
    UUID id = UUID.randomUUID();
    String reference = office.code() + "-R-" + draft.receivedOn().getYear() + "-"
        + id.toString().substring(0, 6).toUpperCase(Locale.ROOT);
    jdbc.sql("INSERT INTO source_report (id, office_id, reference, source_type, received_on, language, content,"
            + " source_identity, confidentiality, supersedes_id, filed_by, filed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(id, draft.office().value(), reference, draft.sourceType().name(), draft.receivedOn(), draft.language().strip(),
            vault.seal(draft.office(), CONTENT.place(id), draft.content().strip()),
            blank(draft.sourceIdentity()) ? null : vault.seal(draft.office(), SOURCE_IDENTITY.place(id), draft.sourceIdentity().strip()),
            (draft.confidentiality() == null ? SourceReport.Confidentiality.CONFIDENTIAL : draft.confidentiality()).name(),
            draft.supersedes(), actor.username(), OffsetDateTime.now(clock))
        .update();
    audit.record(AuditRecord.success("REPORT_FILED", SUBJECT, id, draft.office().value()));
    return id;
  }

  @Transactional
  public SourceReport read(UUID id) {
    SourceReport report = visible(id).orElseThrow(() -> new NotFound("report"));
    audit.record(AuditRecord.success("REPORT_READ", SUBJECT, id, report.office().value()));
    return report;
  }

  /**
   * A change to a filed report: never made (REPORT_FILED). Audits the refusal and returns it for the
   * caller to throw. The report must be one the caller reads, else it is not found, like any report.
   */
  @Transactional
  public RuleRefusal refuseChange(UUID id) {
    SourceReport report = visible(id).orElseThrow(() -> new NotFound("report"));
    RuleRefusal refused = MonitoringRules.changeToAFiledReport();
    audit.recordRefusal(AuditRecord.refused("REPORT_CHANGED", SUBJECT, id, report.office().value(), refused.code()));
    return refused;
  }

  /** The report if the reader may see it, identity withheld unless they may see that too; not audited. */
  public Optional<SourceReport> visible(UUID id) {
    Actor actor = access.actor();
    return jdbc.sql(SELECT + " WHERE r.id = :id AND" + READABLE).param("id", id)
        .param(TeamScope.TEAMS, TeamScope.of(access, Permission.MONITORING_READ).ids())
        .query((rs, n) -> map(rs, actor)).optional();
  }

  /** A team reads its own reports and the open reports of other teams. */
  private static final String READABLE = " (r.office_id IN (:teams) OR r.confidentiality = 'OPEN')";

  @Transactional
  public ResultPage<SourceReport> list(PageRequest page) {
    Actor actor = access.actor();
    List<UUID> own = TeamScope.of(access, Permission.MONITORING_READ).ids();
    String where = " WHERE" + READABLE;
    List<SourceReport> items = jdbc.sql(SELECT + where + " ORDER BY r.received_on DESC, r.id LIMIT :limit OFFSET :offset")
        .param(TeamScope.TEAMS, own).param("limit", page.size()).param("offset", page.offset())
        .query((rs, n) -> map(rs, actor)).list();
    long total = jdbc.sql("SELECT COUNT(*) FROM source_report r" + where).param(TeamScope.TEAMS, own).query(Long.class).single();
    audit.record(AuditRecord.success("REPORTS_LISTED", SUBJECT, null, null));
    return new ResultPage<>(items, page.page(), page.size(), total);
  }

  private static final String SELECT =
      "SELECT r.id, r.office_id, r.reference, r.source_type, r.received_on, r.language, r.content, r.source_identity,"
          + " r.confidentiality, r.supersedes_id, r.filed_by, r.filed_at,"
          + " (SELECT c.id FROM source_report c WHERE c.supersedes_id = r.id) AS superseded_by FROM source_report r";

  /** The report as the reader may see it: the identity is opened only for those who may know the source. */
  private SourceReport map(java.sql.ResultSet rs, Actor actor) throws java.sql.SQLException {
    OfficeId office = new OfficeId(rs.getObject("office_id", UUID.class));
    UUID id = rs.getObject("id", UUID.class);
    boolean mayKnowSource = actor.may(Permission.SOURCE_IDENTITY_READ, office);
    String identity = rs.getString("source_identity");
    return new SourceReport(
        id, office, rs.getString("reference"),
        SourceReport.SourceType.valueOf(rs.getString("source_type")), rs.getObject("received_on", LocalDate.class),
        rs.getString("language"), vault.open(office, CONTENT.place(id), rs.getString("content")),
        mayKnowSource && identity != null ? vault.open(office, SOURCE_IDENTITY.place(id), identity) : null,
        identity != null && !mayKnowSource, SourceReport.Confidentiality.valueOf(rs.getString("confidentiality")),
        rs.getObject("supersedes_id", UUID.class), rs.getObject("superseded_by", UUID.class), rs.getString("filed_by"),
        rs.getObject("filed_at", OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC));
  }
}
