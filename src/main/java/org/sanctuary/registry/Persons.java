package org.sanctuary.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.sanctuary.access.OfficeId;
import org.sanctuary.identity.NameKeys;
import org.sanctuary.lists.Keyset;
import org.sanctuary.shared.DatePrecision;
import org.sanctuary.shared.DateQualifier;
import org.sanctuary.shared.IntervalDate;
import org.sanctuary.shared.PageRequest;
import org.sanctuary.shared.ResultPage;
import org.sanctuary.vault.SealedColumn;
import org.sanctuary.vault.Vault;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;

/**
 * Person records in SQL. Every read takes the caller's offices and filters on them in the query; a
 * person outside them is simply not found.
 */
@Repository
class Persons {

  private static final List<String> PRIORITY_NEEDS =
      java.util.Arrays.stream(SpecificNeed.values())
          .filter(SpecificNeed::givesPriority)
          .map(Enum::name)
          .toList();

  private final JdbcClient jdbc;
  private final JdbcTemplate template;

  private final Vault vault;

  Persons(JdbcClient jdbc, JdbcTemplate template, org.springframework.transaction.PlatformTransactionManager transactions, Vault vault) {
    this.jdbc = jdbc;
    this.template = template;
    this.vault = vault;
    this.separately = new org.springframework.transaction.support.TransactionTemplate(transactions);
    this.separately.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  private final org.springframework.transaction.support.TransactionTemplate separately;

  /**
   * The office's next {@code count} references, consecutive, e.g. {@code BJG-000017} to
   * {@code BJG-000019}, taken in a transaction of their own: the counter row is locked only for that
   * moment, so a long import does not hold up the office's other registrations, and moves once
   * however many are taken. A registration that then fails leaves a gap in the numbers, never a
   * duplicate.
   */
  List<String> nextReferences(OfficeId office, String officeCode, int count) {
    return separately.execute(tx -> takeReferences(office, officeCode, count));
  }

  private List<String> takeReferences(OfficeId office, String officeCode, int count) {
    jdbc.sql("INSERT INTO person_reference_counter (office_id, last_value) VALUES (?, 0) ON CONFLICT DO NOTHING")
        .param(office.value())
        .update();
    jdbc.sql("UPDATE person_reference_counter SET last_value = last_value + ? WHERE office_id = ?")
        .params(count, office.value())
        .update();
    long last =
        jdbc.sql("SELECT last_value FROM person_reference_counter WHERE office_id = ?")
            .param(office.value())
            .query(Long.class)
            .single();
    List<String> references = new ArrayList<>(count);
    for (long value = last - count + 1; value <= last; value++) {
      references.add(String.format("%s-%06d", officeCode, value));
    }
    return references;
  }

  /** The person row's detail columns, in the order both insert and update name them. */
  private static final String DETAIL_COLUMNS =
      "sex, dob_earliest, dob_latest, dob_precision, dob_qualifier, dob_text, languages,"
          + " best_language, interviewer_preference, interpreter_preference, primary_name, origin_place_id";

  private static List<Object> detailValues(PersonDetails d) {
    IntervalDate dob = d.dateOfBirth();
    List<Object> values = new ArrayList<>();
    values.add(d.sex().name());
    values.add(dob == null ? null : dob.earliest());
    values.add(dob == null ? null : dob.latest());
    values.add(dob == null ? null : dob.precision().name());
    values.add(dob == null ? null : dob.qualifier().name());
    values.add(dob == null ? null : dob.text());
    values.add(String.join(",", d.languages()));
    values.add(d.bestLanguage());
    values.add(d.interviewerPreference().name());
    values.add(d.interpreterPreference().name());
    values.add(d.primaryName().value());
    values.add(d.originPlace());
    return values;
  }

  /**
   * Writes new persons with their names, name keys, nationalities and needs: one batch per table, so
   * a step of an imported list costs a few round trips to the database, not one or more per name.
   */
  void insertAll(List<Person> people, Instant now) {
    List<Object[]> rows = new ArrayList<>(people.size());
    for (Person person : people) {
      List<Object> values = new ArrayList<>();
      values.add(person.id().value());
      values.add(person.office().value());
      values.add(person.reference());
      values.addAll(detailValues(person.details()));
      values.add(utc(now));
      values.add(utc(now));
      values.add(person.asSaid().map(Person.AsSaid::on).orElse(null));
      values.add(person.asSaid().map(Person.AsSaid::by).orElse(null));
      rows.add(values.toArray());
    }
    template.batchUpdate(
        "INSERT INTO person (id, office_id, reference, " + DETAIL_COLUMNS + ", created_at,"
            + " updated_at, as_said_on, as_said_by, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
        rows);
    insertChildren(people);
  }

  /** Writes the new details if the stored version is still the expected one; false if it is not. */
  boolean update(Person person, long expectedVersion, Instant now) {
    List<Object> values = detailValues(person.details());
    values.add(utc(now));
    values.add(person.asSaid().map(Person.AsSaid::on).orElse(null));
    values.add(person.asSaid().map(Person.AsSaid::by).orElse(null));
    values.add(person.id().value());
    values.add(expectedVersion);
    String assignments = DETAIL_COLUMNS.replace(",", " = ?,") + " = ?";
    int updated =
        jdbc.sql(
                "UPDATE person SET " + assignments + ", updated_at = ?, as_said_on = ?, as_said_by = ?, version = version + 1"
                    + " WHERE id = ? AND version = ?")
            .params(values)
            .update();
    if (updated == 0) {
      return false;
    }
    for (String table : List.of("person_name_canonical", "person_name", "person_nationality", "person_need")) {
      jdbc.sql("DELETE FROM " + table + " WHERE person_id = ?").param(person.id().value()).update();
    }
    insertChildren(List.of(person));
    return true;
  }

  private void insertChildren(List<Person> people) {
    List<Object[]> names = new ArrayList<>();
    List<Object[]> keys = new ArrayList<>();
    List<Object[]> nationalities = new ArrayList<>();
    List<Object[]> needs = new ArrayList<>();
    for (Person person : people) {
      UUID id = person.id().value();
      UUID office = person.office().value();
      List<PersonName> named = person.details().names();
      // The date of birth goes with every key, so that a search scores a candidate from its key rows alone.
      IntervalDate born = person.details().dateOfBirth();
      for (int i = 0; i < named.size(); i++) {
        PersonName name = named.get(i);
        names.add(new Object[] {id, office, i, name.script().name(), name.value(), name.primary(), name.searchKey()});
        for (String key : NameKeys.of(name.value())) {
          keys.add(new Object[] {id, office, i, key, born == null ? null : born.earliest(), born == null ? null : born.latest()});
        }
      }
      for (String country : person.details().nationalities()) {
        nationalities.add(new Object[] {id, country, "NATIONALITY"});
      }
      for (String country : person.details().otherNationalityClaims()) {
        nationalities.add(new Object[] {id, country, "CLAIM"});
      }
      for (FlaggedNeed need : person.needs()) {
        needs.add(new Object[] {id, office, need.need().name(), need.flaggedOn(), need.flaggedBy()});
      }
    }
    batch("INSERT INTO person_name (person_id, office_id, position, script, full_name, is_primary, search_key)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?)", names);
    batch("INSERT INTO person_name_canonical (person_id, office_id, position, canonical_key, dob_earliest, dob_latest)"
        + " VALUES (?, ?, ?, ?, ?, ?)", keys);
    batch("INSERT INTO person_nationality (person_id, country, kind) VALUES (?, ?, ?)", nationalities);
    batch("INSERT INTO person_need (person_id, office_id, need, flagged_on, flagged_by) VALUES (?, ?, ?, ?, ?)", needs);
  }

  private void batch(String insert, List<Object[]> rows) {
    if (!rows.isEmpty()) {
      template.batchUpdate(insert, rows);
    }
  }

  void appendConsent(PersonId person, Consent consent) {
    jdbc.sql(
            "INSERT INTO person_consent (id, person_id, purpose, given, given_on, recorded_by,"
                + " recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
        .params(
            consent.id(),
            person.value(),
            consent.purpose().name(),
            consent.given(),
            consent.on(),
            consent.recordedBy(),
            utc(consent.recordedAt()))
        .update();
  }

  /** Who said where a person is: sealed with the office's key (vault). */
  static final SealedColumn SOURCE_NOTE = new SealedColumn("whereabouts_entry", "id", "office_id", "source_note");

  /** Moves the person and the rows that repeat their office; whereabouts notes are re-sealed for the new office. */
  void transfer(PersonId person, OfficeId from, OfficeId to) {
    jdbc.sql("UPDATE person SET office_id = ? WHERE id = ?").params(to.value(), person.value()).update();
    jdbc.sql("UPDATE person_name SET office_id = ? WHERE person_id = ?").params(to.value(), person.value()).update();
    jdbc.sql("UPDATE person_name_canonical SET office_id = ? WHERE person_id = ?").params(to.value(), person.value()).update();
    jdbc.sql("UPDATE person_need SET office_id = ? WHERE person_id = ?").params(to.value(), person.value()).update();
    List<Object[]> notes = jdbc.sql("SELECT id, source_note FROM whereabouts_entry WHERE person_id = ?")
        .param(person.value())
        .query((rs, n) -> new Object[] {rs.getObject("id", UUID.class), rs.getString("source_note")})
        .list();
    for (Object[] note : notes) {
      UUID entry = (UUID) note[0];
      String clear = vault.openOrNull(from, SOURCE_NOTE.place(entry), (String) note[1]);
      jdbc.sql("UPDATE whereabouts_entry SET office_id = ?, source_note = ? WHERE id = ?")
          .params(to.value(), vault.sealOrNull(to, SOURCE_NOTE.place(entry), clear), entry)
          .update();
    }
  }

  void appendWhereabouts(PersonId person, OfficeId office, WhereaboutsEntry entry) {
    jdbc.sql(
            "INSERT INTO whereabouts_entry (id, person_id, office_id, status, on_earliest, on_latest,"
                + " on_precision, on_qualifier, on_text, place, authority, source_note, recorded_by,"
                + " recorded_at, detention_acknowledged, location_disclosed, observer_access)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            entry.id(),
            person.value(),
            office.value(),
            entry.status().name(),
            entry.on().earliest(),
            entry.on().latest(),
            entry.on().precision().name(),
            entry.on().qualifier().name(),
            entry.on().text(),
            entry.place(),
            entry.authority(),
            vault.sealOrNull(office, SOURCE_NOTE.place(entry.id()), entry.sourceNote()),
            entry.recordedBy(),
            utc(entry.recordedAt()),
            entry.detention() == null || entry.detention().acknowledged() == null ? null : entry.detention().acknowledged().name(),
            entry.detention() == null ? null : entry.detention().locationDisclosed(),
            entry.detention() == null ? null : entry.detention().observerAccess())
        .update();
  }

  /** Of these persons, those in one of the given offices. */
  List<PersonId> inScope(List<PersonId> persons, Set<OfficeId> scope) {
    if (persons.isEmpty() || scope.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("SELECT id FROM person WHERE id IN (:ids) AND office_id IN (:scope)")
        .param("ids", persons.stream().map(PersonId::value).toList())
        .param("scope", ids(scope))
        .query((rs, n) -> new PersonId(rs.getObject(1, UUID.class)))
        .list();
  }

  /** The office a person belongs to, if the person is in one of the given offices. */
  Optional<OfficeId> officeOf(PersonId id, Set<OfficeId> scope) {
    return jdbc.sql("SELECT office_id FROM person WHERE id = :id AND office_id IN (:scope)")
        .param("id", id.value())
        .param("scope", ids(scope))
        .query((rs, n) -> new OfficeId(rs.getObject(1, UUID.class)))
        .optional();
  }

  Optional<PersonId> idByReference(String reference, Set<OfficeId> scope) {
    return jdbc.sql("SELECT id FROM person WHERE reference = :reference AND office_id IN (:scope)")
        .param("reference", reference.strip().toUpperCase(java.util.Locale.ROOT))
        .param("scope", ids(scope))
        .query((rs, n) -> new PersonId(rs.getObject(1, UUID.class)))
        .optional();
  }

  /** A person's office, date of birth and stored name keys: what a duplicate check compares. */
  record OnFile(OfficeId office, Set<String> keys, @Nullable IntervalDate born) {}

  /** The person's office, date of birth and name keys as stored beside their names, in one round trip. */
  Optional<OnFile> onFile(PersonId id, Set<OfficeId> scope) {
    if (scope.isEmpty()) {
      return Optional.empty();
    }
    OnFile[] found = new OnFile[1];
    jdbc.sql("SELECT p.office_id, p.dob_earliest, p.dob_latest, p.dob_precision, p.dob_qualifier, p.dob_text, c.canonical_key"
            + " FROM person p LEFT JOIN person_name_canonical c ON c.person_id = p.id"
            + " WHERE p.id = :id AND p.office_id IN (:scope) ORDER BY c.position")
        .param("id", id.value())
        .param("scope", ids(scope))
        .query(rs -> {
          if (found[0] == null) {
            found[0] = new OnFile(new OfficeId(rs.getObject("office_id", UUID.class)), new java.util.LinkedHashSet<>(),
                interval(rs, "dob"));
          }
          String key = rs.getString("canonical_key");
          if (key != null) {
            found[0].keys().add(key);
          }
        });
    return Optional.ofNullable(found[0]);
  }

  /**
   * One person of the offices in scope. A read costs one statement for the person, with their names
   * joined, their nationalities gathered and whether each other part holds anything, and one for each
   * part that does: a person without needs, consents or whereabouts is read in one.
   */
  Optional<Person> find(PersonId id, Set<OfficeId> scope) {
    var found =
        new Object() {
          @Nullable Person person;
          final List<PersonName> names = new ArrayList<>();
        };
    jdbc.sql(
            "SELECT p.*, n.script, n.full_name, n.is_primary FROM (SELECT id, office_id, reference, sex,"
                + " dob_earliest, dob_latest, dob_precision, dob_qualifier, dob_text, languages, best_language,"
                + " interviewer_preference, interpreter_preference, origin_place_id, as_said_on, as_said_by, version,"
                + " (SELECT ARRAY_AGG(x.kind || ':' || x.country ORDER BY x.country, x.kind) FROM person_nationality x"
                + " WHERE x.person_id = person.id) AS nationalities,"
                + " EXISTS (SELECT 1 FROM person_need x WHERE x.person_id = person.id) AS has_needs,"
                + " EXISTS (SELECT 1 FROM person_consent x WHERE x.person_id = person.id) AS has_consents,"
                + " EXISTS (SELECT 1 FROM whereabouts_entry x WHERE x.person_id = person.id) AS has_whereabouts"
                + " FROM person WHERE id = :id AND office_id IN (:scope)) p"
                + " LEFT JOIN person_name n ON n.person_id = p.id ORDER BY n.position")
        .param("id", id.value())
        .param("scope", ids(scope))
        .query(
            rs -> {
              if (found.person == null) {
                found.person = load(rs, found.names);
              }
              if (rs.getString("script") != null) {
                found.names.add(
                    new PersonName(
                        NameScript.valueOf(rs.getString("script")), rs.getString("full_name"), rs.getBoolean("is_primary")));
              }
            });
    return Optional.ofNullable(found.person);
  }

  /**
   * The person on the current row, with the parts that hold anything read by their own statements.
   * {@code names} is still being filled from the rows that follow: the person is handed out only
   * once the statement has been read to its end.
   */
  private Person load(ResultSet rs, List<PersonName> names) throws SQLException {
    UUID id = rs.getObject("id", UUID.class);
    // Each of "KIND:COUNTRY", country codes in order: an enum's name and three letters, neither with a colon.
    Map<String, List<String>> countries = new HashMap<>();
    java.sql.Array nationalities = rs.getArray("nationalities");
    if (nationalities != null) {
      for (Object held : (Object[]) nationalities.getArray()) {
        String[] kindAndCountry = ((String) held).split(":", 2);
        countries.computeIfAbsent(kindAndCountry[0], k -> new ArrayList<>()).add(kindAndCountry[1]);
      }
    }
    List<FlaggedNeed> needs =
        !rs.getBoolean("has_needs")
            ? List.of()
            : jdbc.sql("SELECT need, flagged_on, flagged_by FROM person_need WHERE person_id = ?")
                .param(id)
                .query(
                    (r, n) ->
                        new FlaggedNeed(
                            SpecificNeed.valueOf(r.getString(1)),
                            r.getObject(2, LocalDate.class),
                            r.getString(3)))
                .list();
    Set<SpecificNeed> needSet = EnumSet.noneOf(SpecificNeed.class);
    needs.forEach(n -> needSet.add(n.need()));
    String languages = rs.getString("languages");
    PersonDetails details =
        new PersonDetails(
            java.util.Collections.unmodifiableList(names),
            Sex.valueOf(rs.getString("sex")),
            interval(rs, "dob"),
            countries.getOrDefault("NATIONALITY", List.of()),
            countries.getOrDefault("CLAIM", List.of()),
            languages.isEmpty() ? List.of() : List.of(languages.split(",")),
            rs.getString("best_language"),
            GenderPreference.valueOf(rs.getString("interviewer_preference")),
            GenderPreference.valueOf(rs.getString("interpreter_preference")),
            Set.copyOf(needSet),
            rs.getObject("origin_place_id", UUID.class));
    OfficeId office = new OfficeId(rs.getObject("office_id", UUID.class));
    return new Person(
        new PersonId(id),
        office,
        rs.getString("reference"),
        details,
        needs,
        rs.getBoolean("has_consents") ? consents(id) : List.of(),
        rs.getBoolean("has_whereabouts") ? whereabouts(id, office) : List.of(),
        rs.getLong("version"),
        rs.getObject("as_said_on", LocalDate.class) == null ? null
            : new Person.AsSaid(rs.getObject("as_said_on", LocalDate.class), rs.getString("as_said_by")));
  }

  private List<Consent> consents(UUID person) {
    return jdbc.sql(
            "SELECT id, purpose, given, given_on, recorded_by, recorded_at FROM person_consent"
                + " WHERE person_id = ? ORDER BY recorded_at")
        .param(person)
        .query(
            (r, n) ->
                new Consent(
                    r.getObject(1, UUID.class),
                    ConsentPurpose.valueOf(r.getString(2)),
                    r.getBoolean(3),
                    r.getObject(4, LocalDate.class),
                    r.getString(5),
                    r.getObject(6, OffsetDateTime.class).toInstant()))
        .list();
  }

  private List<WhereaboutsEntry> whereabouts(UUID person, OfficeId office) {
    return jdbc.sql(
            "SELECT id, status, on_earliest, on_latest, on_precision, on_qualifier, on_text, place,"
                + " authority, source_note, recorded_by, recorded_at, detention_acknowledged, location_disclosed,"
                + " observer_access FROM whereabouts_entry"
                + " WHERE person_id = ? ORDER BY recorded_at")
        .param(person)
        .query(
            (r, n) ->
                new WhereaboutsEntry(
                    r.getObject("id", UUID.class),
                    WhereaboutsStatus.valueOf(r.getString("status")),
                    interval(r, "on"),
                    r.getString("place"),
                    r.getString("authority"),
                    vault.openOrNull(office, SOURCE_NOTE.place(r.getObject("id", UUID.class)), r.getString("source_note")),
                    r.getString("recorded_by"),
                    r.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                    detention(r)))
        .list();
  }

  private static @Nullable Detention detention(ResultSet r) throws SQLException {
    String acknowledged = r.getString("detention_acknowledged");
    Boolean disclosed = (Boolean) r.getObject("location_disclosed");
    Boolean access = (Boolean) r.getObject("observer_access");
    if (acknowledged == null && disclosed == null && access == null) {
      return null;
    }
    return new Detention(acknowledged == null ? null : Detention.Acknowledgement.valueOf(acknowledged), disclosed, access);
  }

  private static @Nullable IntervalDate interval(ResultSet rs, String prefix) throws SQLException {
    String precision = rs.getString(prefix + "_precision");
    if (precision == null) {
      return null;
    }
    return new IntervalDate(
        rs.getObject(prefix + "_earliest", LocalDate.class),
        rs.getObject(prefix + "_latest", LocalDate.class),
        DatePrecision.valueOf(precision),
        DateQualifier.valueOf(rs.getString(prefix + "_qualifier")),
        rs.getString(prefix + "_text"));
  }

  /** The order of person lists: the newest first. */
  private static final Keyset NEWEST_FIRST =
      Keyset.of(Keyset.descending("p.created_at", Keyset.Type.TIMESTAMP), Keyset.ascending("p.id", Keyset.Type.UUID));

  /** One page of summaries, newest first; needs and nationalities come in one query each per page. */
  ResultPage<PersonSummary> search(PersonQuery query, Set<OfficeId> scope, PageRequest page) {
    StringBuilder where = new StringBuilder(" WHERE p.office_id IN (:scope)");
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("scope", ids(scope));
    if (query.office() != null) {
      where.append(" AND p.office_id = :office");
      params.put("office", query.office().value());
    }
    if (query.toComplete()) {
      where.append(" AND p.as_said_on IS NOT NULL");
    }
    if (query.sex() != null) {
      where.append(" AND p.sex = :sex");
      params.put("sex", query.sex().name());
    }
    String name = query.name() == null ? "" : PersonName.searchKey(query.name());
    if (!name.isEmpty()) {
      where.append(
          " AND p.id IN (SELECT n.person_id FROM person_name n WHERE n.office_id IN (:scope)"
              + " AND n.search_key LIKE :name ESCAPE '\\')");
      params.put("name", name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
    }
    if (query.nationality() != null && !query.nationality().isBlank()) {
      where.append(
          " AND EXISTS (SELECT 1 FROM person_nationality c WHERE c.person_id = p.id"
              + " AND c.country = :country AND c.kind = 'NATIONALITY')");
      params.put("country", query.nationality().strip().toUpperCase(java.util.Locale.ROOT));
    }
    if (query.need() != null) {
      where.append(
          " AND p.id IN (SELECT s.person_id FROM person_need s WHERE s.office_id IN (:scope)"
              + " AND s.need = :need)");
      params.put("need", query.need().name());
    }
    if (query.priorityOnly()) {
      where.append(
          " AND p.id IN (SELECT q.person_id FROM person_need q WHERE q.office_id IN (:scope)"
              + " AND q.need IN (:priorityNeeds))");
      params.put("priorityNeeds", PRIORITY_NEEDS);
    }
    long total =
        jdbc.sql("SELECT COUNT(*) FROM (SELECT 1 FROM person p" + where + " LIMIT :countLimit) c")
            .params(params)
            .param("countLimit", ResultPage.COUNT_LIMIT + 1)
            .query(Long.class)
            .single();
    var statement = jdbc.sql(
            "SELECT p.id, p.reference, p.office_id, p.primary_name, p.sex, p.dob_text, p.languages, p.origin_place_id, p.as_said_on,"
                + " p.created_at FROM person p" + where + " AND " + NEWEST_FIRST.after(page)
                + " ORDER BY " + NEWEST_FIRST.orderBy() + " LIMIT :limit OFFSET :offset")
        .params(params)
        .param("limit", page.size())
        .param("offset", page.offset());
    Keyset.Rows<PersonSummary> rows = NEWEST_FIRST.read(statement, page, (rs, n) -> summaryRow(rs));
    return Keyset.page(new Keyset.Rows<>(completed(rows.items()), rows.next()), page, total);
  }

  /** The summaries with their needs and nationalities, read in one round trip. */
  List<PersonSummary> completed(List<PersonSummary> rows) {
    if (rows.isEmpty()) {
      return rows;
    }
    List<UUID> ids = rows.stream().map(r -> r.id().value()).toList();
    Map<UUID, Set<SpecificNeed>> needs = new HashMap<>();
    Map<UUID, List<String>> nationalities = new HashMap<>();
    jdbc.sql("SELECT person_id, 'NEED' AS what, need AS item FROM person_need WHERE person_id = ANY(:ids)"
            + " UNION ALL SELECT person_id, 'NATIONALITY', country FROM person_nationality WHERE person_id = ANY(:ids)"
            + " AND kind = 'NATIONALITY' ORDER BY 3")
        .param("ids", uuids(ids))
        .query(
            rs -> {
              UUID person = rs.getObject(1, UUID.class);
              if (rs.getString(2).equals("NEED")) {
                needs.computeIfAbsent(person, k -> EnumSet.noneOf(SpecificNeed.class)).add(SpecificNeed.valueOf(rs.getString(3)));
              } else {
                nationalities.computeIfAbsent(person, k -> new ArrayList<>()).add(rs.getString(3));
              }
            });
    return rows.stream()
        .map(
            r ->
                new PersonSummary(
                    r.id(),
                    r.reference(),
                    r.office(),
                    r.primaryName(),
                    r.sex(),
                    r.dateOfBirth(),
                    nationalities.getOrDefault(r.id().value(), List.of()),
                    Set.copyOf(needs.getOrDefault(r.id().value(), Set.of())),
                    r.languages(),
                    r.originPlace(),
                    r.identityAsSaid()))
        .toList();
  }

  /**
   * A name of a candidate as a search found it: its position among the person's names, the keys of
   * it the look-up found (those equal to a key searched for, or in a block searched), and whether it
   * starts as typed.
   */
  record KeyedName(int position, List<String> keys, boolean startsAsTyped) {}

  /** A person a search scores: the names by which they were found, and the bounds of their date of birth, when known. */
  record Candidate(PersonId person, List<KeyedName> names, @Nullable LocalDate bornEarliest, @Nullable LocalDate bornLatest) {}

  /**
   * Whether any office outside the scope holds a person with one of the keys and a date of birth
   * that does not contradict the one given (nothing else is read).
   */
  /** A person holding a name key, with their date of birth as an interval: for comparing many drafts at once. */
  record KeyHolder(String key, PersonId person, String reference, @Nullable LocalDate bornEarliest, @Nullable LocalDate bornLatest) {}

  /** The persons of the offices holding any of the keys, a thousand keys per look-up. */
  List<KeyHolder> keyHolders(Set<String> keys, Set<OfficeId> scope) {
    List<KeyHolder> holders = new ArrayList<>();
    List<String> all = List.copyOf(keys);
    for (int from = 0; from < all.size() && !scope.isEmpty(); from += 1000) {
      holders.addAll(jdbc.sql("SELECT k.canonical_key, p.id, p.reference, p.dob_earliest, p.dob_latest FROM person_name_canonical k"
              + " JOIN person p ON p.id = k.person_id WHERE k.office_id IN (:scope) AND k.canonical_key IN (:keys)")
          .param("scope", ids(scope)).param("keys", all.subList(from, Math.min(all.size(), from + 1000)))
          .query((rs, n) -> new KeyHolder(rs.getString(1), new PersonId(rs.getObject(2, UUID.class)), rs.getString(3),
              rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class)))
          .list());
    }
    return holders;
  }

  boolean keyHeldOutside(Set<String> keys, @Nullable IntervalDate born, Set<OfficeId> scope) {
    if (keys.isEmpty()) {
      return false;
    }
    StringBuilder sql = new StringBuilder(
        "SELECT COUNT(*) FROM (SELECT 1 FROM person_name_canonical k JOIN person p ON p.id = k.person_id"
            + " WHERE k.canonical_key = ANY(:keys)");
    Map<String, Object> params = new HashMap<>();
    params.put("keys", texts(keys));
    if (!scope.isEmpty()) {
      sql.append(" AND k.office_id NOT IN (:scope)");
      params.put("scope", ids(scope));
    }
    if (born != null && born.latest() != null) {
      sql.append(" AND (p.dob_earliest IS NULL OR p.dob_earliest <= :latest)");
      params.put("latest", born.latest());
    }
    if (born != null && born.earliest() != null) {
      sql.append(" AND (p.dob_latest IS NULL OR p.dob_latest >= :earliest)");
      params.put("earliest", born.earliest());
    }
    sql.append(" FETCH FIRST 1 ROWS ONLY) held");
    return jdbc.sql(sql.toString()).params(params).query(Long.class).single() > 0;
  }

  /** Why a person was registered although others of the same name were shown, and which. */
  void keepRegistrationReason(PersonId person, String reason, List<String> shown, String by, Instant at) {
    jdbc.sql("INSERT INTO person_registered_despite (person_id, reason, candidates_shown, recorded_by, recorded_at)"
            + " VALUES (?, ?, ?, ?, ?)")
        .params(person.value(), reason, String.join(", ", shown), by, utc(at))
        .update();
  }

  void keepRevisionReason(PersonId person, String reason, List<String> shown, String by, Instant at) {
    jdbc.sql("INSERT INTO person_revised_despite (id, person_id, reason, candidates_shown, recorded_by, recorded_at)"
            + " VALUES (?, ?, ?, ?, ?, ?)")
        .params(UUID.randomUUID(), person.value(), reason, String.join(", ", shown), by, utc(at))
        .update();
  }

  /** Why a person was registered although others of the same name were shown; none if none were. */
  Optional<String> registrationReason(PersonId person) {
    return jdbc.sql("SELECT reason FROM person_registered_despite WHERE person_id = ?").param(person.value())
        .query(String.class).optional();
  }

  /** The blocking prefixes of keys: surname and first given syllable, for keys that have a given name. */
  /** Index rows read per person wanted: a person has a few names, each with a few keys. */
  private static final int ROWS_PER_PERSON = 4;
  /** How many of a name's likeliest readings also look for names one syllable away. */
  private static final int FUZZY_BLOCKS = 2;

  private static Set<String> blocks(List<String> keys) {
    Set<String> blocks = new java.util.LinkedHashSet<>();
    for (String key : keys) {
      int given = key.indexOf(' ');
      if (given > 0) {
        int second = key.indexOf('.', given);
        blocks.add(second < 0 ? key : key.substring(0, second));
      }
    }
    return blocks;
  }

  /**
   * Persons of the offices who may be a name: those holding one of its keys (likeliest first), then
   * (if {@code nearby}) those whose surname and first given syllable are those of its two likeliest
   * readings, then those whose name starts as typed; at most {@code limit}, each with the names by
   * which they were found. One round trip, read from the indexes alone: each way reads its index
   * range as far as it needs (its own limit, no DISTINCT: the same person's rows are folded here),
   * and a key row carries the name's position and the person's date of birth (migration 41), so a
   * candidate is scored without reading the person; only those shown are read ({@link #shown}).
   * Lists are bound as arrays, so that each statement has one text whatever their lengths and
   * PostgreSQL plans it once per connection rather than once per search.
   */
  List<Candidate> candidates(List<String> keys, String prefix, boolean nearby, Set<OfficeId> scope, int limit) {
    if (scope.isEmpty()) {
      return List.of();
    }
    int rows = limit * ROWS_PER_PERSON;
    List<String> ways = new ArrayList<>();
    Map<String, Object> params = new HashMap<>();
    params.put("scope", ids(scope));
    String keyRow = "SELECT person_id, position, canonical_key, dob_earliest, dob_latest FROM person_name_canonical WHERE office_id IN (:scope)";
    if (!keys.isEmpty()) {
      ways.add("SELECT k.*, 0 AS way FROM (" + keyRow + " AND canonical_key = ANY(:keys) FETCH FIRST " + rows + " ROWS ONLY) k");
      params.put("keys", texts(keys));
    }
    // Names one syllable away block together: the same surname and first given syllable (KIM COL…).
    List<String> blocks = nearby ? blocks(keys).stream().limit(FUZZY_BLOCKS).toList() : List.of();
    for (int b = 0; b < blocks.size(); b++) {
      ways.add("SELECT b" + b + ".*, " + (b + 1) + " AS way FROM (" + keyRow + " AND canonical_key LIKE :block" + b
          + " FETCH FIRST " + rows + " ROWS ONLY) b" + b);
      params.put("block" + b, blocks.get(b) + "%");
    }
    if (!prefix.isEmpty()) {
      // A name found only as typed has no key row read: its person's date of birth comes from the person.
      ways.add("SELECT n.person_id, n.position, CAST(NULL AS VARCHAR(80)), p.dob_earliest, p.dob_latest, " + (FUZZY_BLOCKS + 1)
          + " AS way FROM (SELECT person_id, position FROM person_name WHERE office_id IN (:scope)"
          + " AND search_key LIKE :prefix ESCAPE '\\' FETCH FIRST " + limit + " ROWS ONLY) n JOIN person p ON p.id = n.person_id");
      params.put("prefix", prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
    }
    if (ways.isEmpty()) {
      return List.of();
    }
    Map<UUID, CandidateRows> found = new LinkedHashMap<>();
    jdbc.sql(String.join(" UNION ALL ", ways) + " ORDER BY 6, 1").params(params)
        .query(rs -> {
          UUID person = rs.getObject(1, UUID.class);
          CandidateRows candidate = found.get(person);
          if (candidate == null) {
            if (found.size() == limit) {
              return;
            }
            candidate = new CandidateRows(rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class));
            found.put(person, candidate);
          }
          FoundName name = candidate.names().computeIfAbsent(rs.getInt(2), position -> new FoundName());
          String key = rs.getString(3);
          if (key == null) {
            name.startsAsTyped = true;
          } else if (!name.keys.contains(key)) {
            name.keys.add(key);
          }
        });
    List<Candidate> candidates = new ArrayList<>();
    found.forEach((person, rowsOf) -> {
      List<KeyedName> names = new ArrayList<>();
      rowsOf.names().forEach((position, name) -> names.add(new KeyedName(position, List.copyOf(name.keys), name.startsAsTyped)));
      candidates.add(new Candidate(new PersonId(person), names, rowsOf.earliest(), rowsOf.latest()));
    });
    return candidates;
  }

  /** The rows of one candidate as the look-up reads them. */
  private record CandidateRows(@Nullable LocalDate earliest, @Nullable LocalDate latest, Map<Integer, FoundName> names) {
    CandidateRows(@Nullable LocalDate earliest, @Nullable LocalDate latest) {
      this(earliest, latest, new java.util.TreeMap<>());
    }
  }

  private static final class FoundName {
    private final List<String> keys = new ArrayList<>();
    private boolean startsAsTyped;
  }

  /** A person a search shows, with the name of theirs that matched as written. */
  record Shown(PersonSummary summary, String name) {}

  /**
   * The summaries of the persons a search shows, each with one name of theirs as written (the
   * position given), in the order given; those outside the offices are left out. Two round trips:
   * the persons with that name, then their needs and nationalities ({@link #completed}).
   */
  List<Shown> shown(List<PersonId> persons, List<Integer> positions, Set<OfficeId> scope) {
    if (persons.isEmpty() || scope.isEmpty()) {
      return List.of();
    }
    Map<UUID, PersonSummary> summaries = new HashMap<>();
    Map<UUID, Map<Integer, String>> names = new HashMap<>();
    jdbc.sql("SELECT p.id, p.reference, p.office_id, p.primary_name, p.sex, p.dob_text, p.languages, p.origin_place_id, p.as_said_on,"
            + " n.position, n.full_name FROM person p JOIN person_name n ON n.person_id = p.id"
            + " WHERE p.id = ANY(:ids) AND p.office_id IN (:scope)")
        .param("ids", uuids(persons.stream().map(PersonId::value).toList()))
        .param("scope", ids(scope))
        .query(rs -> {
          UUID person = rs.getObject("id", UUID.class);
          if (!summaries.containsKey(person)) {
            summaries.put(person, summaryRow(rs));
          }
          names.computeIfAbsent(person, k -> new HashMap<>()).put(rs.getInt("position"), rs.getString("full_name"));
        });
    List<Shown> shown = new ArrayList<>();
    for (int i = 0; i < persons.size(); i++) {
      PersonSummary summary = summaries.get(persons.get(i).value());
      if (summary != null) {
        shown.add(new Shown(summary, names.get(summary.id().value()).getOrDefault(positions.get(i), summary.primaryName())));
      }
    }
    List<PersonSummary> complete = completed(shown.stream().map(Shown::summary).toList());
    for (int i = 0; i < shown.size(); i++) {
      shown.set(i, new Shown(complete.get(i), shown.get(i).name()));
    }
    return shown;
  }

  List<PersonSummary> summaries(List<PersonId> persons, Set<OfficeId> scope) {
    if (persons.isEmpty()) {
      return List.of();
    }
    Map<UUID, PersonSummary> found = new HashMap<>();
    jdbc.sql(
            "SELECT p.id, p.reference, p.office_id, p.primary_name, p.sex, p.dob_text, p.languages, p.origin_place_id, p.as_said_on FROM person p"
                + " WHERE p.id IN (:ids) AND p.office_id IN (:scope)")
        .param("ids", persons.stream().map(PersonId::value).toList())
        .param("scope", ids(scope))
        .query(
            (rs, n) -> {
              PersonSummary s = summaryRow(rs);
              found.put(s.id().value(), s);
              return s;
            })
        .list();
    List<PersonSummary> ordered =
        persons.stream().map(p -> found.get(p.value())).filter(java.util.Objects::nonNull).toList();
    return completed(ordered);
  }

  private static PersonSummary summaryRow(ResultSet rs) throws SQLException {
    return new PersonSummary(
        new PersonId(rs.getObject("id", UUID.class)),
        rs.getString("reference"),
        new OfficeId(rs.getObject("office_id", UUID.class)),
        rs.getString("primary_name"),
        Sex.valueOf(rs.getString("sex")),
        rs.getString("dob_text"),
        List.of(),
        Set.of(),
        rs.getString("languages") == null || rs.getString("languages").isEmpty()
            ? List.of()
            : List.of(rs.getString("languages").split(",")),
        rs.getObject("origin_place_id", UUID.class),
        rs.getObject("as_said_on", LocalDate.class) != null);
  }

  /** Persons in the offices with a need that gives priority (procedure.md §5). */
  long countPriority(Set<OfficeId> scope) {
    return jdbc.sql(
            "SELECT COUNT(DISTINCT person_id) FROM person_need"
                + " WHERE office_id IN (:scope) AND need IN (:needs)")
        .param("scope", ids(scope))
        .param("needs", PRIORITY_NEEDS)
        .query(Long.class)
        .single();
  }

  long countGroups(Set<OfficeId> scope) {
    return jdbc.sql("SELECT COUNT(*) FROM registration_group WHERE office_id IN (:scope)")
        .param("scope", ids(scope))
        .query(Long.class)
        .single();
  }

  /** Persons recorded as said at intent whose identity a registrar has not yet completed. */
  long countToComplete(Set<OfficeId> scope) {
    return jdbc.sql("SELECT COUNT(*) FROM person WHERE office_id IN (:scope) AND as_said_on IS NOT NULL")
        .param("scope", ids(scope))
        .query(Long.class)
        .single();
  }

  long count(Set<OfficeId> scope) {
    return jdbc.sql("SELECT COUNT(*) FROM person WHERE office_id IN (:scope)")
        .param("scope", ids(scope))
        .query(Long.class)
        .single();
  }

  /** A list bound as one array parameter ({@code = ANY(:name)}): one statement text whatever its length. */
  static SqlArrayValue texts(Collection<String> values) {
    return new SqlArrayValue("text", values.toArray());
  }

  static SqlArrayValue uuids(Collection<UUID> values) {
    return new SqlArrayValue("uuid", values.toArray());
  }

  static List<UUID> ids(Collection<OfficeId> offices) {
    return offices.stream().map(OfficeId::value).toList();
  }

  static OffsetDateTime utc(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
