package org.sanctuary.procedure;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.sanctuary.access.AccessPolicy;
import org.sanctuary.access.Actor;
import org.sanctuary.access.Permission;
import org.sanctuary.audit.AuditRecord;
import org.sanctuary.audit.AuditTrail;
import org.sanctuary.procedure.disclosure.ProhibitedRecipients;
import org.sanctuary.procedure.disclosure.RecipientType;
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
 * Requests for information about a person. A request from a country-of-origin authority or an alleged
 * persecutor is refused outright and recorded as refused (PROHIBITED_RECIPIENT); any other waits for
 * the data protection officer.
 */
@Service
public class DisclosureRequests {


  private final PersonDirectory persons;
  private final AccessPolicy access;
  private final AuditTrail audit;
  private final JdbcClient jdbc;
  private final Clock clock;

  DisclosureRequests(PersonDirectory persons, AccessPolicy access, AuditTrail audit, JdbcClient jdbc, Clock clock) {
    this.persons = persons;
    this.access = access;
    this.audit = audit;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Transactional
  public RequestAnswer record(
      @Nullable PersonId personId, @Nullable RecipientType requester, @Nullable String purpose, @Nullable String legalBasis) {
    List<FieldProblem> problems = new ArrayList<>();
    if (personId == null) {
      problems.add(new FieldProblem("personId", "is required"));
    }
    if (requester == null) {
      problems.add(new FieldProblem("requester", "is required"));
    }
    if (purpose == null || purpose.isBlank() || purpose.length() > 1000) {
      problems.add(new FieldProblem("purpose", "say what the information is for, in 1 to 1000 characters"));
    }
    if (!problems.isEmpty()) {
      throw new ValidationFailed(problems);
    }
    Person person = persons.read(personId);
    Actor actor = access.require(Permission.DISCLOSURE_REQUEST_RECORD, person.office());
    var verdict = ProhibitedRecipients.check(requester);
    UUID id = UUID.randomUUID();
    jdbc.sql(
            "INSERT INTO disclosure_request (id, person_id, office_id, requester, purpose, legal_basis, status,"
                + " reason_code, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(id, personId.value(), person.office().value(), requester.name(), purpose.strip(), legalBasis,
            verdict.allowed() ? "PENDING" : "REFUSED", verdict.allowed() ? null : verdict.refusal().name(),
            actor.username(), OffsetDateTime.now(clock))
        .update();
    if (!verdict.allowed()) {
      audit.record(AuditRecord.refused("DISCLOSURE_REQUESTED", "PERSON", personId, person.office().value(), verdict.refusal().name()));
      return new RequestAnswer(id, verdict.refusal(), verdict.detail(), verdict.wording());
    }
    audit.record(AuditRecord.success("DISCLOSURE_REQUESTED", "PERSON", personId, person.office().value()));
    return new RequestAnswer(id, null, "Recorded for the data protection officer's decision.",
        Wording.of("disclosure.recorded"));
  }
}
