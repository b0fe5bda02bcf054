package org.sanctuary.access;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.sanctuary.audit.AuditRecord;
import org.sanctuary.audit.AuditTrail;
import org.sanctuary.shared.FieldProblem;
import org.sanctuary.shared.ValidationFailed;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The offices Sanctuary knows. Any signed-in user may list them; only an administrator adds one. */
@Service
public class Offices {

  private final JdbcClient jdbc;
  private final AccessPolicy access;
  private final AuditTrail audit;
  private final Clock clock;

  Offices(JdbcClient jdbc, AccessPolicy access, AuditTrail audit, Clock clock) {
    this.jdbc = jdbc;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<Office> all() {
    return jdbc.sql("SELECT id, code, name, type FROM office ORDER BY code")
        .query(
            (rs, n) ->
                new Office(
                    new OfficeId(rs.getObject("id", UUID.class)),
                    rs.getString("code"),
                    rs.getString("name"),
                    OfficeType.valueOf(rs.getString("type"))))
        .list();
  }

  @Transactional(readOnly = true)
  public Optional<Office> find(OfficeId id) {
    return all().stream().filter(o -> o.id().equals(id)).findFirst();
  }

  @Transactional(readOnly = true)
  public Map<OfficeId, Office> byId() {
    Map<OfficeId, Office> offices = new java.util.LinkedHashMap<>();
    all().forEach(o -> offices.put(o.id(), o));
    return offices;
  }

  /** Adds an office; its code (2–8 capital letters) heads every file number it issues. */
  @Transactional
  public Office create(String code, String name, OfficeType type) {
    access.requireAnywhere(Permission.OFFICE_MANAGE);
    return createUnchecked(code, name, type);
  }

  /** For start-up and demo data, before anyone is signed in. */
  @Transactional
  public Office createUnchecked(String code, String name, OfficeType type) {
    List<FieldProblem> problems = new ArrayList<>();
    String trimmedCode = code.strip();
    if (!trimmedCode.matches("[A-Z]{2,8}")) {
      problems.add(new FieldProblem("code", "must be 2 to 8 capital letters"));
    } else if (all().stream().anyMatch(o -> o.code().equals(trimmedCode))) {
      problems.add(new FieldProblem("code", "is already used by another office"));
    }
    if (name.isBlank() || name.length() > 200) {
      problems.add(new FieldProblem("name", "must be 1 to 200 characters"));
    }
    if (!problems.isEmpty()) {
      throw new ValidationFailed(problems);
    }
    Office office = new Office(new OfficeId(UUID.randomUUID()), trimmedCode, name.strip(), type);
    jdbc.sql("INSERT INTO office (id, code, name, type, created_at) VALUES (?, ?, ?, ?, ?)")
        .params(
            office.id().value(),
            office.code(),
            office.name(),
            type.name(),
            java.time.OffsetDateTime.now(clock))
        .update();
    audit.record(AuditRecord.success("OFFICE_CREATED", "OFFICE", office.id(), office.id().value()));
    return office;
  }
}
