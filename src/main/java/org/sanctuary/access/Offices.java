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

  /** Every office, named in the reader's language where it has a name in it (English otherwise). */
  @Transactional(readOnly = true)
  public List<Office> all() {
    return jdbc.sql("SELECT o.id, o.code, COALESCE(n.name, o.name) AS name, o.type FROM office o"
            + " LEFT JOIN office_name n ON n.office_id = o.id AND n.language = ? ORDER BY o.code")
        .param(org.springframework.context.i18n.LocaleContextHolder.getLocale().getLanguage())
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

  /** The office's name in a language (an ISO 639-1 code), or its name in English where it has none in it. */
  @Transactional(readOnly = true)
  public String nameIn(OfficeId office, String language) {
    return jdbc.sql("SELECT COALESCE(n.name, o.name) FROM office o LEFT JOIN office_name n ON n.office_id = o.id"
            + " AND n.language = ? WHERE o.id = ?")
        .params(language, office.value())
        .query(String.class)
        .optional()
        .orElseThrow(() -> new org.sanctuary.shared.NotFound("office"));
  }

  /** The office's names in other languages than English, by language code. */
  @Transactional(readOnly = true)
  public Map<String, String> otherNames(OfficeId office) {
    Map<String, String> names = new java.util.TreeMap<>();
    jdbc.sql("SELECT language, name FROM office_name WHERE office_id = ?").param(office.value())
        .query(rs -> {
          names.put(rs.getString(1), rs.getString(2));
        });
    return names;
  }

  /** Names the office in a language other than English (blank: no longer); an administrator's act, audited. */
  @Transactional
  public void name(OfficeId office, @org.jspecify.annotations.Nullable String language, @org.jspecify.annotations.Nullable String name) {
    access.requireAnywhere(Permission.OFFICE_MANAGE);
    nameUnchecked(office, language, name);
  }

  /** For demo data, before anyone is signed in. */
  @Transactional
  public void nameUnchecked(OfficeId office, @org.jspecify.annotations.Nullable String language, @org.jspecify.annotations.Nullable String name) {
    List<FieldProblem> problems = new ArrayList<>();
    String code = language == null ? "" : language.strip().toLowerCase(java.util.Locale.ROOT);
    if (!org.sanctuary.shared.LanguageCodes.isCode(code) || code.equals("en")) {
      problems.add(new FieldProblem("language", "choose a language other than English (an ISO 639-1 code such as ko)"));
    }
    String given = name == null ? "" : name.strip();
    if (given.length() > 200) {
      problems.add(new FieldProblem("name", "must be at most 200 characters"));
    }
    if (!problems.isEmpty()) {
      throw new ValidationFailed(problems);
    }
    if (find(office).isEmpty()) {
      throw new org.sanctuary.shared.NotFound("office");
    }
    jdbc.sql("DELETE FROM office_name WHERE office_id = ? AND language = ?").params(office.value(), code).update();
    if (!given.isEmpty()) {
      jdbc.sql("INSERT INTO office_name (office_id, language, name) VALUES (?, ?, ?)").params(office.value(), code, given).update();
    }
    audit.record(AuditRecord.success("OFFICE_NAMED", "OFFICE", office, office.value()));
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
