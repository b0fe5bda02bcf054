package org.sanctuary.procedure;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.sanctuary.access.AccessPolicy;
import org.sanctuary.access.Actor;
import org.sanctuary.access.Permission;
import org.sanctuary.alerts.Alerts;
import org.sanctuary.audit.AuditRecord;
import org.sanctuary.audit.AuditTrail;
import org.sanctuary.procedure.removal.NonRefoulementLock;
import org.sanctuary.registry.Person;
import org.sanctuary.registry.PersonDirectory;
import org.sanctuary.registry.PersonId;
import org.sanctuary.shared.FieldProblem;
import org.sanctuary.shared.ValidationFailed;
import org.sanctuary.shared.Wording;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a request to remove, return, hand over or transfer a person, and gives the non-refoulement
 * lock's answer. Every case that protects the person, at any office, must let the removal through;
 * a person with no examined claim is not removed either. A refused attempt is kept, raises an alert
 * for the office's supervisors, and leaves every case as it was.
 */
@Service
public class RemovalRequests {


  private final Cases cases;
  private final PersonDirectory persons;
  private final AccessPolicy access;
  private final Alerts alerts;
  private final AuditTrail audit;
  private final JdbcClient jdbc;
  private final Clock clock;
  private final org.sanctuary.vault.Vault vault;

  /** What awaits the person if removed: sealed with the office's key (vault). */
  static final org.sanctuary.vault.SealedColumn RISK_ASSESSMENT =
      new org.sanctuary.vault.SealedColumn("removal_request", "id", "office_id", "risk_assessment");

  RemovalRequests(
      Cases cases, PersonDirectory persons, AccessPolicy access, Alerts alerts, AuditTrail audit, JdbcClient jdbc,
      Clock clock, org.sanctuary.vault.Vault vault) {
    this.vault = vault;
    this.cases = cases;
    this.persons = persons;
    this.access = access;
    this.alerts = alerts;
    this.audit = audit;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Transactional
  public RequestAnswer record(
      PersonId personId, @Nullable Requester requester, @Nullable RemovalKind kind, @Nullable String riskAssessment,
      @Nullable LocalDate requestedOn) {
    List<FieldProblem> problems = new ArrayList<>();
    if (requester == null) {
      problems.add(new FieldProblem("requester", "is required"));
    }
    if (kind == null) {
      problems.add(new FieldProblem("kind", "is required"));
    }
    LocalDate today = LocalDate.now(clock);
    LocalDate day = requestedOn == null ? today : requestedOn;
    if (day.isAfter(today)) {
      problems.add(new FieldProblem("requestedOn", "cannot be in the future"));
    }
    if (riskAssessment != null && riskAssessment.length() > 4000) {
      problems.add(new FieldProblem("riskAssessment", "is longer than 4000 characters"));
    }
    if (!problems.isEmpty()) {
      throw new ValidationFailed(problems);
    }
    Person person = persons.read(personId);
    Actor actor = access.require(Permission.REMOVAL_REQUEST_RECORD, person.office());
    boolean riskAssessed = riskAssessment != null && !riskAssessment.isBlank();
    Verdict verdict = lockAnswer(personId, riskAssessed, today);
    UUID id = UUID.randomUUID();
    jdbc.sql(
            "INSERT INTO removal_request (id, person_id, office_id, requester, kind, requested_on, risk_assessment,"
                + " outcome, reason_code, detail, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            id, personId.value(), person.office().value(), requester.name(), kind.name(), day,
            riskAssessed ? vault.seal(person.office(), RISK_ASSESSMENT.place(id), riskAssessment.strip()) : null, verdict.allowed() ? "NOT_OPPOSED" : "REFUSED",
            verdict.refusal() == null ? null : verdict.refusal().name(), verdict.allowed() ? "No pending claim stands in the way." : verdict.detail(),
            actor.username(), OffsetDateTime.now(clock))
        .update();
    if (!verdict.allowed()) {
      alerts.raise(person.office(), Alerts.Kind.REMOVAL_ATTEMPT_REFUSED, "PERSON", personId.value(),
          person.reference() + ": " + requester + " asked for " + kind + "; refused — " + verdict.detail(),
          List.of(person.reference(), "requester:" + requester.name(), "removalKind:" + kind.name()));
      audit.record(AuditRecord.refused("REMOVAL_REQUESTED", "PERSON", personId, person.office().value(), verdict.refusal().name()));
      return new RequestAnswer(id, verdict.refusal(), verdict.detail(), verdict.wording());
    }
    audit.record(AuditRecord.success("REMOVAL_REQUESTED", "PERSON", personId, person.office().value()));
    return new RequestAnswer(id, null, "No pending claim stands in the way.", Wording.of("lock.NOT_OPPOSED"));
  }

  /** A removal or handover request as recorded, with the lock's answer. */
  public record Recorded(
      UUID id, Requester requester, RemovalKind kind, LocalDate requestedOn, boolean refused,
      @Nullable ReasonCode reasonCode, String answer, String recordedBy) {}

  /**
   * Every request about the person recorded by an office whose cases the reader may read, newest
   * first, with the lock's answer (audited: it tells who sought the person's return).
   */
  @Transactional
  public List<Recorded> about(PersonId person) {
    if (persons.summaries(List.of(person)).isEmpty()) {
      throw new org.sanctuary.shared.NotFound("person");
    }
    List<Recorded> found = jdbc.sql(
            "SELECT id, requester, kind, requested_on, outcome, reason_code, detail, recorded_by FROM removal_request"
                + " WHERE person_id = :person AND office_id IN (:scope) ORDER BY recorded_at DESC, id LIMIT 100")
        .param("person", person.value())
        .param("scope", access.scope(Permission.CASE_READ).stream().map(org.sanctuary.access.OfficeId::value).toList())
        .query((rs, n) -> new Recorded(
            rs.getObject("id", UUID.class), Requester.valueOf(rs.getString("requester")), RemovalKind.valueOf(rs.getString("kind")),
            rs.getObject("requested_on", LocalDate.class), "REFUSED".equals(rs.getString("outcome")),
            rs.getString("reason_code") == null ? null : ReasonCode.valueOf(rs.getString("reason_code")), rs.getString("detail"),
            rs.getString("recorded_by")))
        .list();
    audit.record(AuditRecord.success("REMOVAL_REQUESTS_READ", "PERSON", person, null));
    return found;
  }

  /** The lock asks every case that protects the person, at any office. */
  private Verdict lockAnswer(PersonId person, boolean riskAssessed, LocalDate today) {
    return NonRefoulementLock.forPerson(
        cases.protecting(person).stream().map(claim -> claim.mayBeRemoved(riskAssessed, today)).toList());
  }
}
