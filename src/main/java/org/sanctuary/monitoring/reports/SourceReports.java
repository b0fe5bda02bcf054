package org.sanctuary.monitoring.reports;


import org.sanctuary.monitoring.rules.MonitoringRules;
import org.sanctuary.monitoring.scope.TeamScope;

import static org.sanctuary.shared.TypedText.blank;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
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

  private final ReportRows rows;
  private final AccessPolicy access;
  private final Offices offices;
  private final AuditTrail audit;
  private final Clock clock;
  private final Vault vault;

  SourceReports(ReportRows rows, AccessPolicy access, Offices offices, AuditTrail audit, Clock clock, Vault vault) {
    this.vault = vault;
    this.rows = rows;
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
    rows.insert(id, draft.office(), reference, draft.sourceType(), draft.receivedOn(), draft.language().strip(),
        vault.seal(draft.office(), CONTENT.place(id), draft.content().strip()),
        blank(draft.sourceIdentity()) ? null : vault.seal(draft.office(), SOURCE_IDENTITY.place(id), draft.sourceIdentity().strip()),
        draft.confidentiality() == null ? SourceReport.Confidentiality.CONFIDENTIAL : draft.confidentiality(), draft.supersedes(),
        actor.username(), OffsetDateTime.now(clock));
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
    return rows.find(id, TeamScope.of(access, Permission.MONITORING_READ), access.actor());
  }


  @Transactional
  public ResultPage<SourceReport> list(PageRequest page) {
    ResultPage<SourceReport> listed = rows.list(TeamScope.of(access, Permission.MONITORING_READ), page, access.actor());
    audit.record(AuditRecord.success("REPORTS_LISTED", SUBJECT, null, null));
    return listed;
  }


}
