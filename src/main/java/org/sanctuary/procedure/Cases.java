package org.sanctuary.procedure;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.sanctuary.access.OfficeId;
import org.sanctuary.lists.Keyset;
import org.sanctuary.registry.PersonId;
import org.sanctuary.shared.PageRequest;
import org.sanctuary.shared.ResultPage;
import org.sanctuary.vault.SealedColumn;
import org.sanctuary.vault.Vault;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Cases in SQL: the aggregate as a JSON snapshot, sealed with the office's key (it holds the
 * interviews, the assessment and the reasons), with the columns work queues need beside it in the
 * clear, and the persons each case protects. Reads by id are office-scoped; the lock's read by
 * person is not, because a claim pending at any office protects the person.
 */
@Repository
class Cases {

  /** A stored case, the version it was read at, and whether it is a priority case (set when it opened). */
  record Stored(Case claim, long version, boolean priority) {}

  /** The case file, sealed (vault). */
  static final SealedColumn SNAPSHOT = new SealedColumn("procedure_case", "id", "office_id", "snapshot");
  /** The individual explanation kept for the statistics, sealed, with its keyed fingerprint beside it. */
  static final SealedColumn EXPLANATION =
      SealedColumn.withFingerprint("case_decision", "case_id", "office_id", "explanation", "explanation_fingerprint");

  private final JdbcClient jdbc;
  private final JsonMapper json;
  private final Vault vault;
  private final CaseTallies tallies;

  Cases(JdbcClient jdbc, JsonMapper json, Vault vault, CaseTallies tallies) {
    this.jdbc = jdbc;
    this.json = json;
    this.vault = vault;
    this.tallies = tallies;
  }

  /** The next file number of the office for the year, e.g. {@code BJG-2002-00017}. */
  String nextFileNumber(OfficeId office, String officeCode, int year) {
    jdbc.sql("INSERT INTO case_number_counter (office_id, case_year, last_value) VALUES (?, ?, 0) ON CONFLICT DO NOTHING")
        .params(office.value(), year)
        .update();
    jdbc.sql("UPDATE case_number_counter SET last_value = last_value + 1 WHERE office_id = ? AND case_year = ?")
        .params(office.value(), year)
        .update();
    long value =
        jdbc.sql("SELECT last_value FROM case_number_counter WHERE office_id = ? AND case_year = ?")
            .params(office.value(), year)
            .query(Long.class)
            .single();
    return String.format("%s-%d-%05d", officeCode, year, value);
  }

  void insert(Case claim, boolean priority, LocalDate intentOn, Instant now) {
    jdbc.sql(
            "INSERT INTO procedure_case (id, office_id, file_number, principal_id, channel, modality, state,"
                + " priority, queue_rank, intent_on, next_deadline, snapshot, created_at, updated_at, version, assignee, tally_stale)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, FALSE)")
        .params(
            claim.id().value(), claim.office().value(), claim.fileNumber(), claim.principal().value(),
            claim.channel().name(), claim.modality().name(), claim.state().name(), priority, priority ? 0 : 1, intentOn,
            claim.nextDeadline(priority), sealed(claim), utc(now), utc(now), claim.assignee())
        .update();
    jdbc.sql("INSERT INTO case_member (case_id, person_id) VALUES (?, ?)")
        .params(claim.id().value(), claim.principal().value())
        .update();
    for (PersonId dependant : claim.dependants()) {
      jdbc.sql("INSERT INTO case_member (case_id, person_id) VALUES (?, ?)")
          .params(claim.id().value(), dependant.value())
          .update();
    }
    appendEvents(claim);
    tallies.recount(List.of(claim.id().value()));
  }

  /** Writes the events of the case's history not yet written, for the statistics. */
  private void appendEvents(Case claim) {
    int written =
        jdbc.sql("SELECT COUNT(*) FROM case_event WHERE case_id = ?").param(claim.id().value()).query(Integer.class).single();
    List<CaseEvent> history = claim.history();
    for (int seq = written; seq < history.size(); seq++) {
      CaseEvent event = history.get(seq);
      jdbc.sql("INSERT INTO case_event (case_id, seq, office_id, what, happened_on) VALUES (?, ?, ?, ?, ?)")
          .params(claim.id().value(), seq, claim.office().value(), event.what().label(), event.on())
          .update();
    }
  }

  /**
   * Keeps the case's latest first-instance decision for the statistics: its outcome and day, who
   * drafted it, the applicant's nationality, sex and age band on the day (null when their date of
   * birth does not tell), the grounds assessed and the individual explanation.
   */
  void recordDecision(Case claim, String draftedBy, @Nullable String nationality, String sex,
      org.sanctuary.shared.@Nullable AgeBand ageBand) {
    Case.Snapshot s = claim.snapshot();
    if (s.draft() == null || s.notifiedOn() == null) {
      return;
    }
    jdbc.sql("DELETE FROM case_decision_ground WHERE case_id = ?").param(claim.id().value()).update();
    jdbc.sql("DELETE FROM case_decision WHERE case_id = ?").param(claim.id().value()).update();
    jdbc.sql(
            "INSERT INTO case_decision (case_id, office_id, outcome, decided_on, drafted_by, nationality, sex, age_band, explanation,"
                + " explanation_fingerprint) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(claim.id().value(), claim.office().value(), s.draft().outcome().name(), s.notifiedOn(), draftedBy, nationality,
            sex, ageBand == null ? null : ageBand.name(),
            vault.sealOrNull(claim.office(), EXPLANATION.place(claim.id().value()), s.draft().individualExplanation()),
            s.draft().individualExplanation() == null ? null : vault.fingerprint(claim.office(), s.draft().individualExplanation()))
        .update();
    if (s.assessment() != null) {
      for (var ground : s.assessment().grounds()) {
        jdbc.sql("INSERT INTO case_decision_ground (case_id, ground) VALUES (?, ?)")
            .params(claim.id().value(), ground.name())
            .update();
      }
    }
    tallies.recount(List.of(claim.id().value()));
  }

  /** Saves the case if nobody saved it since {@code expectedVersion}; false if somebody did. */
  boolean update(Case claim, long expectedVersion, boolean priority, Instant now) {
    boolean saved =
        jdbc.sql(
                "UPDATE procedure_case SET state = ?, snapshot = ?, next_deadline = ?, updated_at = ?, assignee = ?,"
                    + " office_id = ?, version = version + 1 WHERE id = ? AND version = ?")
            .params(
                claim.state().name(), sealed(claim), claim.nextDeadline(priority),
                utc(now), claim.assignee(), claim.office().value(), claim.id().value(), expectedVersion)
            .update()
        == 1;
    if (saved) {
      appendEvents(claim);
      tallies.recount(List.of(claim.id().value()));
    }
    return saved;
  }

  /**
   * Cases whose deadline has passed, locked for this run: a second node running the same job skips
   * them ({@code FOR UPDATE SKIP LOCKED}) instead of doing the work twice.
   */
  List<Stored> dueForTheDailyRun(LocalDate today, int limit) {
    return jdbc.sql(
            "SELECT snapshot, version, priority, office_id, id FROM procedure_case c WHERE next_deadline < ? AND NOT EXISTS (SELECT 1"
                + " FROM alert a WHERE a.subject_id = c.id AND a.kind = 'DEADLINE_OVERDUE'"
                + " AND a.acknowledged_at IS NULL) ORDER BY next_deadline, id LIMIT ? FOR UPDATE SKIP LOCKED")
        .params(today, limit)
        .query((rs, n) -> new Stored(restore(rs), rs.getLong(2), rs.getBoolean(3)))
        .list();
  }

  Optional<Stored> find(CaseId id, Set<OfficeId> scope) {
    return jdbc.sql("SELECT snapshot, version, priority, office_id, id FROM procedure_case WHERE id = :id AND office_id IN (:scope)")
        .param("id", id.value())
        .param("scope", scope.stream().map(OfficeId::value).toList())
        .query((rs, n) -> new Stored(restore(rs), rs.getLong(2), rs.getBoolean(3)))
        .optional();
  }

  /** Every case, at any office, that protects the person. */
  List<Case> protecting(PersonId person) {
    return jdbc.sql(
            "SELECT c.snapshot, c.office_id, c.id FROM procedure_case c JOIN case_member m ON m.case_id = c.id WHERE m.person_id = ?")
        .param(person.value())
        .query((rs, n) -> restore(rs))
        .list();
  }

  /** What a work queue shows: states (none: all), only one assignee's, only priority cases, only overdue ones. */
  record QueueFilter(Set<ClaimState> states, @Nullable String assignee, boolean priorityOnly, @Nullable LocalDate overdueOn) {}

  /** A work queue's order: priority cases first (rank 0, V49), then oldest intent first. */
  private static final Keyset QUEUE = Keyset.of(Keyset.ascending("queue_rank", Keyset.Type.LONG),
      Keyset.ascending("intent_on", Keyset.Type.DATE), Keyset.ascending("id", Keyset.Type.UUID));

  /** A work queue: priority cases first, then oldest intent first. */
  ResultPage<CaseSummary> queue(Set<OfficeId> scope, QueueFilter filter, PageRequest page) {
    Set<ClaimState> states = filter.states();
    LocalDate overdueOn = filter.overdueOn();
    String where =
        " WHERE office_id IN (:scope)"
            + (states.isEmpty() ? "" : " AND state IN (:states)")
            + (filter.assignee() == null ? "" : " AND assignee = :assignee")
            + (filter.priorityOnly() ? " AND priority" : "")
            + (overdueOn == null ? "" : " AND next_deadline < :today");
    var count = jdbc.sql("SELECT COUNT(*) FROM (SELECT 1 FROM procedure_case" + where + " LIMIT :countLimit) c")
        .param("scope", scope.stream().map(OfficeId::value).toList())
        .param("countLimit", ResultPage.COUNT_LIMIT + 1);
    var list = jdbc.sql(
            "SELECT id, file_number, office_id, principal_id, state, priority, queue_rank, intent_on, next_deadline FROM procedure_case" + where
                + " AND " + QUEUE.after(page) + " ORDER BY " + QUEUE.orderBy() + " LIMIT :limit OFFSET :offset")
        .param("scope", scope.stream().map(OfficeId::value).toList())
        .param("limit", page.size())
        .param("offset", page.offset());
    if (!states.isEmpty()) {
      List<String> names = states.stream().map(Enum::name).toList();
      count = count.param("states", names);
      list = list.param("states", names);
    }
    if (overdueOn != null) {
      count = count.param("today", overdueOn);
      list = list.param("today", overdueOn);
    }
    if (filter.assignee() != null) {
      count = count.param("assignee", filter.assignee());
      list = list.param("assignee", filter.assignee());
    }
    return Keyset.page(QUEUE.read(list, page, (rs, n) -> summary(rs)), page, count.query(Long.class).single());
  }

  /** How many cases of the offices are in one of the states, counted up to one past {@link ResultPage#COUNT_LIMIT}. */
  long count(Set<OfficeId> scope, Set<ClaimState> states) {
    if (scope.isEmpty() || states.isEmpty()) {
      return 0;
    }
    return jdbc.sql("SELECT COUNT(*) FROM (SELECT 1 FROM procedure_case WHERE office_id IN (:scope) AND state IN (:states)"
            + " LIMIT :countLimit) c")
        .param("scope", scope.stream().map(OfficeId::value).toList())
        .param("states", states.stream().map(Enum::name).toList())
        .param("countLimit", ResultPage.COUNT_LIMIT + 1)
        .query(Long.class).single();
  }

  /** The cases a person belongs to (as principal or dependant) in the offices given, newest first. */
  List<CaseSummary> ofPerson(PersonId person, Set<OfficeId> scope) {
    return jdbc.sql(
            "SELECT c.id, c.file_number, c.office_id, c.principal_id, c.state, c.priority, c.intent_on, c.next_deadline"
                + " FROM procedure_case c JOIN case_member m ON m.case_id = c.id"
                + " WHERE m.person_id = :person AND c.office_id IN (:scope) ORDER BY c.intent_on DESC, c.id LIMIT 100")
        .param("person", person.value())
        .param("scope", scope.stream().map(OfficeId::value).toList())
        .query((rs, n) -> summary(rs))
        .list();
  }

  private static CaseSummary summary(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new CaseSummary(
        new CaseId(rs.getObject("id", UUID.class)),
        rs.getString("file_number"),
        new OfficeId(rs.getObject("office_id", UUID.class)),
        new PersonId(rs.getObject("principal_id", UUID.class)),
        ClaimState.valueOf(rs.getString("state")),
        rs.getBoolean("priority"),
        rs.getObject("intent_on", LocalDate.class),
        rs.getObject("next_deadline", LocalDate.class));
  }

  private String sealed(Case claim) {
    return vault.seal(claim.office(), SNAPSHOT.place(claim.id().value()), json.writeValueAsString(claim.snapshot()));
  }

  /** The case from a row holding snapshot, office_id and id. */
  private Case restore(java.sql.ResultSet rs) throws java.sql.SQLException {
    UUID id = rs.getObject("id", UUID.class);
    String snapshot = vault.open(new OfficeId(rs.getObject("office_id", UUID.class)), SNAPSHOT.place(id), rs.getString("snapshot"));
    return Case.restore(upcast(json, snapshot));
  }

  /**
   * Reads a stored snapshot of any earlier shape as today's: each step rewrites one version into the
   * next, so that a case saved years ago opens as it was (and is saved in today's shape next time).
   */
  static Case.Snapshot upcast(JsonMapper json, String stored) {
    ObjectNode node = (ObjectNode) json.readTree(stored);
    int version = node.has("schemaVersion") ? node.get("schemaVersion").asInt() : 1;
    if (version < 2) {
      // The draft's typed appeal deadline could contradict the letter; the case computes it now.
      if (node.get("draft") instanceof ObjectNode draft) {
        draft.remove("appealDeadline");
      }
      // Events were recorded the day they happened (CaseEvent fills the recording day).
      version = 2;
    }
    if (version < 3) {
      // The appeal was three fields of the case; it is a record of its own, rebuilt from them and
      // from the history (when it was lodged and decided, and how).
      tools.jackson.databind.node.ArrayNode appeals = node.putArray("appeals");
      if (node.hasNonNull("appeal")) {
        ObjectNode appeal = appeals.addObject();
        appeal.put("id", node.get("appeal").asString());
        appeal.put("against", "REFUSAL");
        appeal.put("late", node.path("appealLate").asBoolean(false));
        if (node.hasNonNull("appealAssignee")) {
          appeal.put("assignee", node.get("appealAssignee").asString());
        }
        for (tools.jackson.databind.JsonNode event : node.path("history")) {
          String what = event.path("what").asString("");
          if (what.equals("AppealLodged")) {
            appeal.put("lodgedOn", event.get("on").asString());
          } else if (what.equals("AppealDecided") && appeal.has("lodgedOn")) {
            String detail = event.path("detail").asString("");
            int colon = detail.indexOf(": ");
            appeal.put("outcome", colon < 0 ? detail : detail.substring(0, colon));
            appeal.put("reasons", colon < 0 ? "" : detail.substring(colon + 2));
            appeal.put("decidedOn", event.get("on").asString());
          }
        }
      }
      node.remove("appeal");
      node.remove("appealAssignee");
      node.remove("appealLate");
      version = 3;
    }
    if (version != Case.Snapshot.VERSION) {
      throw new IllegalStateException("A case snapshot of version " + version + " is newer than this application");
    }
    node.put("schemaVersion", version);
    return json.treeToValue(node, Case.Snapshot.class);
  }

  private static OffsetDateTime utc(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
