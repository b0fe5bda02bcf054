package org.sanctuary.registry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.sanctuary.access.AccessPolicy;
import org.sanctuary.access.Actor;
import org.sanctuary.access.OfficeId;
import org.sanctuary.access.Permission;
import org.sanctuary.audit.AuditRecord;
import org.sanctuary.audit.AuditTrail;
import org.sanctuary.identity.linkage.Linkage;
import org.sanctuary.identity.linkage.PersonRecords;
import org.sanctuary.lists.Keyset;
import org.sanctuary.shared.NotFound;
import org.sanctuary.shared.PageRequest;
import org.sanctuary.shared.ResultPage;
import org.sanctuary.shared.RuleRefusal;
import org.sanctuary.shared.ValidationFailed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Linkage of an office's persons (names-and-linkage.md §2): a run proposes pairs that may be one
 * person, with the contribution of each field; people confirm "same as" or "not the same" with a
 * reason, or defer. Links are assertions (who, when, score, reason) that can be withdrawn; records
 * are never merged or deleted. Running and deciding need the right to register persons in the office.
 */
@Service
public class PersonLinkage {

  /** Pairs at or above this probability are proposed as one person. */
  public static final double UPPER = 0.95;
  /** Pairs from this probability up to {@link #UPPER} go to human review; below it they are not kept. */
  public static final double LOWER = 0.5;

  static final String SUBJECT = "PERSON_LINK";
  /** A running run that has not reported for this long stopped with its node. */
  static final Duration ABANDONED = Duration.ofMinutes(10);
  private static final long PROGRESS_EVERY_NANOS = 500_000_000L;
  private static final String PARAMETERS = "fields: names (canonical key, Jaro–Winkler ≥ 0.92, ≥ 0.85), birth interval, sex, place of origin (same, within,"
      + " same province, apart);"
      + " blocking: each name key, surname and first given syllable, each of those with the year of birth, birth year and"
      + " sex, blocks of at most 100; thresholds " + LOWER + " / " + UPPER;
  private static final Logger log = LoggerFactory.getLogger(PersonLinkage.class);

  private final JdbcClient jdbc;
  private final JdbcTemplate batches;
  private final Persons personsRepository;
  private final AccessPolicy access;
  private final AuditTrail audit;
  private final Clock clock;
  private final TransactionTemplate transactions;
  private final TransactionTemplate readOnly;
  private final TaskExecutor background;

  PersonLinkage(JdbcClient jdbc, JdbcTemplate batches, Persons persons, AccessPolicy access, AuditTrail audit, Clock clock,
      PlatformTransactionManager transactions, @Qualifier("applicationTaskExecutor") TaskExecutor background) {
    this.jdbc = jdbc;
    this.batches = batches;
    this.personsRepository = persons;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
    this.transactions = new TransactionTemplate(transactions);
    this.readOnly = new TransactionTemplate(transactions);
    this.readOnly.setReadOnly(true);
    this.background = background;
  }

  /**
   * A run: when, by whom, on how many records, what it found, and with which model; while it works,
   * its stage and how far into it (progress lives in the database, so every node shows the same).
   */
  public record Run(
      UUID id, UUID office, String status, @Nullable String stage, long done, long of, String startedBy, Instant startedAt,
      @Nullable Instant finishedAt, int records, int candidatePairs, int proposed, int toReview, int skippedBlocks,
      double matchShare, String parameters, @Nullable String failure) {

    public boolean running() {
      return status.equals("RUNNING");
    }
  }

  /** A pair to review: both persons as the reviewer may see them, the probability, and each field's part in it. */
  public record Candidate(
      UUID id, UUID run, PersonSummary first, PersonSummary second, double probability, Map<String, Double> contributions,
      String status) {

    /** The pair's weight: log₂ of the odds that it is one person, where the waterfall of contributions ends. */
    public double weight() {
      double p = Math.min(1 - 1e-12, Math.max(1e-12, probability));
      return Math.log(p / (1 - p)) / Math.log(2);
    }

    /** Where the waterfall starts: log₂ of the prior odds that two records of the office are one person. */
    public double prior() {
      return weight() - contributions.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** The waterfall: the prior, then each field's part in bits with the total so far, ending at {@link #weight()}. */
    public List<Step> waterfall() {
      List<Step> steps = new ArrayList<>();
      double total = prior();
      steps.add(new Step("prior", total, total));
      for (Map.Entry<String, Double> part : contributions.entrySet()) {
        total += part.getValue();
        steps.add(new Step(part.getKey(), part.getValue(), total));
      }
      return steps;
    }
  }

  /** One step of a waterfall: a field, its part in bits, and the total after it. */
  public record Step(String field, double bits, double total) {

    /** The bar's length as a share of the width: half the width is 20 bits, either way from the middle. */
    public double barPercent() {
      return Math.min(50, Math.abs(bits) * 2.5);
    }
  }

  /** What a reviewer decides about a pair. */
  public enum Decision {
    SAME,
    NOT_SAME,
    DEFER
  }

  /** A link as asserted: same person or not, by whom, when, with what score and reason; withdrawn or not. */
  public record Link(
      UUID id, UUID first, UUID second, boolean samePerson, @Nullable Double score, String reason, String assertedBy,
      Instant assertedAt, @Nullable String withdrawnBy, @Nullable String withdrawalReason) {}

  /**
   * Starts linking every person of the office in the background and returns the run at once; refused
   * while a run of the office is still going. Its progress is read with {@link #run(UUID)}. Audited.
   */
  @Transactional
  public Run start(OfficeId office) {
    Actor actor = access.require(Permission.PERSON_REGISTER, office);
    // Starts of one office queue here, on every node, so that two runs never overlap.
    jdbc.sql("SELECT id FROM office WHERE id = ? FOR UPDATE").param(office.value()).query(UUID.class).single();
    Instant now = clock.instant();
    // A run whose node has not reported for this long stopped with its node: it no longer blocks.
    jdbc.sql("UPDATE linkage_run SET status = 'INTERRUPTED', finished_at = ? WHERE office_id = ? AND status = 'RUNNING'"
            + " AND heartbeat_at < ?")
        .params(utc(now), office.value(), utc(now.minus(ABANDONED))).update();
    if (jdbc.sql("SELECT COUNT(*) FROM linkage_run WHERE office_id = ? AND status = 'RUNNING'").param(office.value())
        .query(Long.class).single() > 0) {
      audit.recordRefusal(AuditRecord.refused("LINKAGE_RUN_STARTED", SUBJECT, null, office.value(), "LINKAGE_RUNNING"));
      throw new RuleRefusal("LINKAGE_RUNNING", "A linkage run of this office is still working; wait for it to finish.");
    }
    UUID runId = UUID.randomUUID();
    jdbc.sql("INSERT INTO linkage_run (id, office_id, status, stage, started_by, started_at, heartbeat_at, records,"
            + " candidate_pairs, proposed, to_review, skipped_blocks, match_share, parameters)"
            + " VALUES (?, ?, 'RUNNING', 'QUEUED', ?, ?, ?, 0, 0, 0, 0, 0, 0, ?)")
        .params(runId, office.value(), actor.username(), utc(now), utc(now), PARAMETERS).update();
    audit.record(AuditRecord.success("LINKAGE_RUN_STARTED", SUBJECT, runId, office.value()));
    Runnable work = new DelegatingSecurityContextRunnable(() -> work(runId, office));
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        background.execute(work);
      }
    });
    return read(runId).orElseThrow();
  }

  /** One run of an office the reader may link, with its progress. */
  @Transactional(readOnly = true)
  public Run run(UUID run) {
    Run found = read(run).orElseThrow(() -> new NotFound("linkage run"));
    if (!access.scope(Permission.PERSON_REGISTER).contains(new OfficeId(found.office()))) {
      throw new NotFound("linkage run");
    }
    return found;
  }

  /** The office's runs, newest first. */
  @Transactional(readOnly = true)
  public List<Run> runs(OfficeId office) {
    access.require(Permission.PERSON_REGISTER, office);
    return jdbc.sql("SELECT * FROM linkage_run WHERE office_id = ? ORDER BY started_at DESC FETCH FIRST 50 ROWS ONLY")
        .param(office.value()).query(PersonLinkage::run).list();
  }

  private java.util.Optional<Run> read(UUID run) {
    return jdbc.sql("SELECT * FROM linkage_run WHERE id = ?").param(run).query(PersonLinkage::run).optional();
  }

  private static Run run(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    OffsetDateTime finished = rs.getObject("finished_at", OffsetDateTime.class);
    return new Run(rs.getObject("id", UUID.class), rs.getObject("office_id", UUID.class), rs.getString("status"),
        rs.getString("stage"), rs.getLong("done"), rs.getLong("of_total"), rs.getString("started_by"),
        rs.getObject("started_at", OffsetDateTime.class).toInstant(), finished == null ? null : finished.toInstant(),
        rs.getInt("records"), rs.getInt("candidate_pairs"), rs.getInt("proposed"), rs.getInt("to_review"),
        rs.getInt("skipped_blocks"), rs.getDouble("match_share"), rs.getString("parameters"), rs.getString("failure"));
  }

  /** The run itself, on a background thread: read the records, link them, keep the pairs worth a look. */
  private void work(UUID runId, OfficeId office) {
    try {
      List<UUID> ids = new ArrayList<>();
      List<String[]> records = readOnly.execute(tx -> records(office, ids));
      progress(runId, "READING", records.size(), records.size());
      long[] lastWritten = {0};
      Linkage.Result result = new Linkage(PersonRecords.MODEL, 20021).run(records, (stage, done, of) -> {
        long at = System.nanoTime();
        if (done == 0 || at - lastWritten[0] > PROGRESS_EVERY_NANOS) {
          lastWritten[0] = at;
          progress(runId, stage.name(), done, of);
        }
      }, LOWER);
      progress(runId, "SAVING", 0, result.pairs().size());
      transactions.executeWithoutResult(tx -> save(runId, office, ids, records.size(), result));
    } catch (RuntimeException e) {
      // The exception's class only: a message might quote a record.
      log.warn("Linkage run {} failed: {}", runId, e.getClass().getName());
      transactions.executeWithoutResult(tx -> {
        jdbc.sql("UPDATE linkage_run SET status = 'FAILED', finished_at = ?, failure = ? WHERE id = ?")
            .params(utc(clock.instant()), e.getClass().getSimpleName(), runId).update();
        audit.recordRefusal(AuditRecord.refused("LINKAGE_RUN", SUBJECT, runId, office.value(), "FAILED"));
      });
    }
  }

  private void progress(UUID runId, String stage, long done, long of) {
    transactions.executeWithoutResult(tx -> jdbc.sql(
            "UPDATE linkage_run SET stage = ?, done = ?, of_total = ?, heartbeat_at = ? WHERE id = ? AND status = 'RUNNING'")
        .params(stage, done, of, utc(clock.instant()), runId).update());
  }

  private void save(UUID runId, OfficeId office, List<UUID> ids, int records, Linkage.Result result) {
    Set<String> decided = pairsAlreadyInHand(office);
    int proposed = 0;
    int toReview = 0;
    List<Object[]> rows = new ArrayList<>();
    for (Linkage.Pair pair : result.pairs()) {
      if (pair.probability() < LOWER) {
        continue;
      }
      UUID first = ids.get(pair.first());
      UUID second = ids.get(pair.second());
      if (decided.contains(pairKey(first, second))) {
        continue;
      }
      boolean upper = pair.probability() >= UPPER;
      proposed += upper ? 1 : 0;
      toReview += upper ? 0 : 1;
      rows.add(new Object[] {UUID.randomUUID(), runId, office.value(), first, second, pair.probability(),
          contributions(pair.contributions()), upper ? "PROPOSED" : "TO_REVIEW"});
    }
    batches.batchUpdate("INSERT INTO link_candidate (id, run_id, office_id, first_person, second_person, probability,"
        + " contributions, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows);
    jdbc.sql("UPDATE linkage_run SET status = 'FINISHED', stage = NULL, finished_at = ?, records = ?, candidate_pairs = ?,"
            + " proposed = ?, to_review = ?, skipped_blocks = ?, match_share = ? WHERE id = ?")
        .params(utc(clock.instant()), records, result.candidates(), proposed, toReview, result.skippedBlocks(),
            result.matchShare(), runId)
        .update();
    audit.record(AuditRecord.success("LINKAGE_RUN", SUBJECT, runId, office.value()));
  }

  /** The order of the review queue: the most probable pair first. */
  private static final Keyset MOST_PROBABLE =
      Keyset.of(Keyset.descending("probability", Keyset.Type.DOUBLE), Keyset.ascending("id", Keyset.Type.UUID));

  /** Pairs of the office in a state, best first, with both persons; the read is audited. */
  @Transactional
  public ResultPage<Candidate> queue(OfficeId office, String status, PageRequest page) {
    access.require(Permission.PERSON_REGISTER, office);
    var statement = jdbc.sql("SELECT id, run_id, first_person, second_person, probability, contributions, status"
            + " FROM link_candidate WHERE office_id = :office AND status = :status AND " + MOST_PROBABLE.after(page)
            + " ORDER BY " + MOST_PROBABLE.orderBy() + " OFFSET " + page.offset() + " ROWS FETCH FIRST " + page.size() + " ROWS ONLY")
        .param("office", office.value())
        .param("status", status);
    Keyset.Rows<Object[]> read = MOST_PROBABLE.read(statement, page,
        (rs, n) -> new Object[] {rs.getObject("id", UUID.class), rs.getObject("run_id", UUID.class),
            rs.getObject("first_person", UUID.class), rs.getObject("second_person", UUID.class), rs.getDouble("probability"),
            rs.getString("contributions"), rs.getString("status")});
    List<Object[]> rows = read.items();
    Set<PersonId> persons = new LinkedHashSet<>();
    rows.forEach(r -> {
      persons.add(new PersonId((UUID) r[2]));
      persons.add(new PersonId((UUID) r[3]));
    });
    Map<PersonId, PersonSummary> summaries = summaries(persons, office);
    List<Candidate> items = new ArrayList<>();
    for (Object[] r : rows) {
      items.add(new Candidate((UUID) r[0], (UUID) r[1], summaries.get(new PersonId((UUID) r[2])),
          summaries.get(new PersonId((UUID) r[3])), (double) r[4], parse((String) r[5]), (String) r[6]));
    }
    audit.record(AuditRecord.success("LINK_CANDIDATES_LISTED", SUBJECT, null, office.value()));
    long total = jdbc.sql("SELECT COUNT(*) FROM (SELECT 1 FROM link_candidate WHERE office_id = ? AND status = ?"
            + " FETCH FIRST " + (ResultPage.COUNT_LIMIT + 1) + " ROWS ONLY) counted")
        .params(office.value(), status).query(Long.class).single();
    return Keyset.page(new Keyset.Rows<>(items, read.next()), page, total);
  }

  /**
   * A reviewer's decision on a pair: "same as" or "not the same" becomes a link with the reason;
   * "defer" leaves it for later. Nothing about either record changes. Audited.
   */
  @Transactional
  public @Nullable Link decide(UUID candidate, @Nullable Decision decision, @Nullable String reason) {
    if (decision == null) {
      throw ValidationFailed.of("decision", "is required: SAME, NOT_SAME or DEFER");
    }
    String why = reason == null || reason.isBlank() ? null : reason.strip();
    if (decision != Decision.DEFER && (why == null || why.length() > 1000)) {
      throw ValidationFailed.of("reason", "say why, in 1 to 1000 characters");
    }
    Object[] row = jdbc.sql("SELECT office_id, first_person, second_person, probability, status FROM link_candidate WHERE id = ?")
        .param(candidate)
        .query((rs, n) -> new Object[] {rs.getObject("office_id", UUID.class), rs.getObject("first_person", UUID.class),
            rs.getObject("second_person", UUID.class), rs.getDouble("probability"), rs.getString("status")})
        .optional().orElseThrow(() -> new NotFound("link candidate"));
    OfficeId office = new OfficeId((UUID) row[0]);
    if (!access.scope(Permission.PERSON_REGISTER).contains(office)) {
      throw new NotFound("link candidate");
    }
    Actor actor = access.actor();
    String status = (String) row[4];
    if (status.equals("CONFIRMED") || status.equals("REJECTED")) {
      audit.recordRefusal(AuditRecord.refused("LINK_DECIDED", SUBJECT, candidate, office.value(), "ALREADY_DECIDED"));
      throw new RuleRefusal("ALREADY_DECIDED", "This pair was decided already; withdraw the link to decide again.");
    }
    Instant now = clock.instant();
    String next = decision == Decision.SAME ? "CONFIRMED" : decision == Decision.NOT_SAME ? "REJECTED" : "DEFERRED";
    jdbc.sql("UPDATE link_candidate SET status = ?, decided_by = ?, decided_at = ? WHERE id = ?")
        .params(next, actor.username(), utc(now), candidate).update();
    if (decision == Decision.DEFER) {
      audit.record(AuditRecord.success("LINK_DEFERRED", SUBJECT, candidate, office.value()));
      return null;
    }
    UUID link = UUID.randomUUID();
    jdbc.sql("INSERT INTO person_link (id, office_id, first_person, second_person, same_person, score, reason, asserted_by,"
            + " asserted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(link, office.value(), row[1], row[2], decision == Decision.SAME, row[3], why, actor.username(), utc(now))
        .update();
    audit.record(AuditRecord.success(decision == Decision.SAME ? "LINK_CONFIRMED" : "LINK_REJECTED", SUBJECT, link, office.value()));
    return new Link(link, (UUID) row[1], (UUID) row[2], decision == Decision.SAME, (Double) row[3], why, actor.username(), now,
        null, null);
  }

  /** Withdraws a link, with why; the link stays on file as withdrawn. Audited. */
  @Transactional
  public void withdraw(UUID link, @Nullable String reason) {
    if (reason == null || reason.isBlank() || reason.length() > 1000) {
      throw ValidationFailed.of("reason", "say why the link is withdrawn, in 1 to 1000 characters");
    }
    UUID officeId = jdbc.sql("SELECT office_id FROM person_link WHERE id = ? AND withdrawn_at IS NULL").param(link)
        .query(UUID.class).optional().orElseThrow(() -> new NotFound("link"));
    OfficeId office = new OfficeId(officeId);
    if (!access.scope(Permission.PERSON_REGISTER).contains(office)) {
      throw new NotFound("link");
    }
    jdbc.sql("UPDATE person_link SET withdrawn_by = ?, withdrawn_at = ?, withdrawal_reason = ? WHERE id = ?")
        .params(access.actor().username(), utc(clock.instant()), reason.strip(), link).update();
    audit.record(AuditRecord.success("LINK_WITHDRAWN", SUBJECT, link, office.value()));
  }

  /**
   * Every record of one person across lists: the persons joined to this one by "same as" links not
   * withdrawn, in the offices the reader may read, with the links themselves. Audited as a read.
   */
  @Transactional
  public Cluster cluster(PersonId person) {
    Set<OfficeId> scope = access.scope(Permission.PERSON_READ);
    if (scope.isEmpty() || jdbc.sql("SELECT COUNT(*) FROM person WHERE id = :id AND office_id IN (:scope)")
        .param("id", person.value()).param("scope", scope.stream().map(OfficeId::value).toList())
        .query(Long.class).single() == 0) {
      throw new NotFound("person");
    }
    Set<UUID> members = new LinkedHashSet<>();
    List<Link> links = new ArrayList<>();
    Deque<UUID> next = new ArrayDeque<>(List.of(person.value()));
    members.add(person.value());
    while (!next.isEmpty() && members.size() < 500) {
      UUID at = next.poll();
      for (Link link : linksOf(at)) {
        if (!link.samePerson() || link.withdrawnBy() != null) {
          continue;
        }
        if (links.stream().noneMatch(l -> l.id().equals(link.id()))) {
          links.add(link);
        }
        UUID other = link.first().equals(at) ? link.second() : link.first();
        if (members.add(other)) {
          next.add(other);
        }
      }
    }
    List<PersonSummary> readable = new ArrayList<>(summaries(members.stream().map(PersonId::new).toList(), scope).values());
    audit.record(AuditRecord.success("PERSON_CLUSTER_READ", "PERSON", person, null));
    return new Cluster(readable, members.size() - readable.size(), links);
  }

  /**
   * How many people some records are: the records, the people they make once records joined by
   * confirmed "same as" links not withdrawn count once (links through records outside the set join
   * too), and the pairs among them proposed, to review or deferred, not decided yet. Counts only, no
   * content; the caller has checked that its reader may count these records.
   */
  @Transactional(readOnly = true)
  public People people(Set<PersonId> records) {
    Clusters clusters = clusters(records);
    return new People(records.size(), (int) clusters.personOf().values().stream().distinct().count(), clusters.undecidedPairs());
  }

  /**
   * Which person each record is: records joined by confirmed "same as" links not withdrawn (links
   * through records outside the set join too) share one record as their person; with the pairs among
   * the records proposed, to review or deferred, not decided yet. The caller has checked that its
   * reader may count these records; nothing here is shown.
   */
  @Transactional(readOnly = true)
  public Clusters clusters(Set<PersonId> records) {
    if (records.isEmpty()) {
      return new Clusters(Map.of(), List.of());
    }
    List<UUID> ids = records.stream().map(PersonId::value).toList();
    Map<UUID, UUID> parent = new java.util.HashMap<>();
    Set<UUID> seen = new java.util.HashSet<>(ids);
    Deque<UUID> frontier = new ArrayDeque<>(ids);
    Map<UUID, Undecided> undecided = new java.util.LinkedHashMap<>();
    for (int from = 0; from < ids.size(); from += CHUNK) {
      jdbc.sql("SELECT id, first_person, second_person, probability FROM link_candidate"
              + " WHERE status IN ('PROPOSED', 'TO_REVIEW', 'DEFERRED') AND (first_person IN (:ids) OR second_person IN (:ids))")
          .param("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
          .query(rs -> {
            undecided.put(rs.getObject(1, UUID.class), new Undecided(new PersonId(rs.getObject(2, UUID.class)),
                new PersonId(rs.getObject(3, UUID.class)), rs.getDouble(4)));
          });
    }
    // Breadth first over the links, a chunk of records at a time: each record is asked about once.
    while (!frontier.isEmpty()) {
      List<UUID> chunk = new ArrayList<>();
      while (!frontier.isEmpty() && chunk.size() < CHUNK) {
        chunk.add(frontier.poll());
      }
      jdbc.sql("SELECT first_person, second_person FROM person_link WHERE same_person AND withdrawn_at IS NULL"
              + " AND (first_person IN (:ids) OR second_person IN (:ids))")
          .param("ids", chunk)
          .query(rs -> {
            UUID a = rs.getObject(1, UUID.class);
            UUID b = rs.getObject(2, UUID.class);
            for (UUID each : List.of(a, b)) {
              if (seen.add(each)) {
                frontier.add(each);
              }
            }
            UUID rootA = root(parent, a);
            UUID rootB = root(parent, b);
            if (!rootA.equals(rootB)) {
              parent.put(rootA, rootB);
            }
          });
    }
    Map<PersonId, PersonId> personOf = new java.util.HashMap<>();
    for (UUID id : ids) {
      personOf.put(new PersonId(id), new PersonId(root(parent, id)));
    }
    return new Clusters(personOf, List.copyOf(undecided.values()));
  }

  /** Each record with the record that stands for its person, and the pairs among the records not decided yet. */
  public record Clusters(Map<PersonId, PersonId> personOf, List<Undecided> undecided) {
    public long undecidedPairs() {
      return undecided.size();
    }
  }

  /** A pair linkage proposed that no one has decided yet, with the probability it gave that they are one person. */
  public record Undecided(PersonId first, PersonId second, double probability) {}

  /** Records, the people they are over confirmed links, and the pairs among them not decided yet. */
  public record People(int records, int people, long undecidedPairs) {}

  private static final int CHUNK = 500;

  private static UUID root(Map<UUID, UUID> parent, UUID of) {
    UUID at = of;
    while (parent.containsKey(at)) {
      at = parent.get(at);
    }
    // Path compression: the next lookup from here is one step.
    UUID next = of;
    while (parent.containsKey(next) && !parent.get(next).equals(at)) {
      UUID step = parent.get(next);
      parent.put(next, at);
      next = step;
    }
    return at;
  }

  /** One person's records: those the reader may see, how many others there are, and the links that join them. */
  public record Cluster(List<PersonSummary> records, int heldElsewhere, List<Link> links) {}

  private List<Link> linksOf(UUID person) {
    return jdbc.sql("SELECT * FROM person_link WHERE first_person = ? OR second_person = ?").params(person, person)
        .query((rs, n) -> new Link(rs.getObject("id", UUID.class), rs.getObject("first_person", UUID.class),
            rs.getObject("second_person", UUID.class), rs.getBoolean("same_person"), rs.getObject("score", Double.class),
            rs.getString("reason"), rs.getString("asserted_by"), rs.getObject("asserted_at", OffsetDateTime.class).toInstant(),
            rs.getString("withdrawn_by"), rs.getString("withdrawal_reason")))
        .list();
  }

  /** The office's persons as linkage records: ids, name keys, blocking prefixes, birth interval, sex. */
  private List<String[]> records(OfficeId office, List<UUID> ids) {
    Map<UUID, Set<String>> keys = new LinkedHashMap<>();
    jdbc.sql("SELECT person_id, canonical_key FROM person_name_canonical WHERE office_id = ? ORDER BY person_id, position")
        .param(office.value())
        .query(rs -> {
          keys.computeIfAbsent(rs.getObject("person_id", UUID.class), k -> new LinkedHashSet<>()).add(rs.getString("canonical_key"));
        });
    List<String[]> records = new ArrayList<>();
    // The place of origin as its gazetteer path, so that linkage compares it along the hierarchy.
    jdbc.sql("SELECT p.id, p.sex, p.dob_earliest, p.dob_latest, pl.path FROM person p LEFT JOIN place pl ON pl.id = p.origin_place_id"
            + " WHERE p.office_id = ? ORDER BY p.id").param(office.value())
        .query(rs -> {
          UUID id = rs.getObject("id", UUID.class);
          ids.add(id);
          records.add(PersonRecords.ofKeys(id.toString(), keys.getOrDefault(id, Set.of()), rs.getObject("dob_earliest", LocalDate.class),
              rs.getObject("dob_latest", LocalDate.class), rs.getString("sex"), rs.getString("path")));
        });
    return records;
  }

  /** Pairs of the office already linked, rejected or waiting for review: a new run leaves them be. */
  private Set<String> pairsAlreadyInHand(OfficeId office) {
    Set<String> pairs = new java.util.HashSet<>();
    jdbc.sql("SELECT first_person, second_person FROM link_candidate WHERE office_id = ?").param(office.value())
        .query(rs -> {
          pairs.add(pairKey(rs.getObject("first_person", UUID.class), rs.getObject("second_person", UUID.class)));
        });
    jdbc.sql("SELECT first_person, second_person FROM person_link WHERE office_id = ? AND withdrawn_at IS NULL").param(office.value())
        .query(rs -> {
          pairs.add(pairKey(rs.getObject("first_person", UUID.class), rs.getObject("second_person", UUID.class)));
        });
    return pairs;
  }

  private static String pairKey(UUID a, UUID b) {
    return a.compareTo(b) < 0 ? a + "/" + b : b + "/" + a;
  }

  private Map<PersonId, PersonSummary> summaries(java.util.Collection<PersonId> persons, OfficeId office) {
    return summaries(List.copyOf(persons), Set.of(office));
  }

  private Map<PersonId, PersonSummary> summaries(List<PersonId> persons, Set<OfficeId> scope) {
    Map<PersonId, PersonSummary> found = new LinkedHashMap<>();
    if (persons.isEmpty() || scope.isEmpty()) {
      return found;
    }
    personsRepository.summaries(persons, scope).forEach(p -> found.put(p.id(), p));
    return found;
  }

  private static String contributions(double[] parts) {
    List<String> fields = PersonRecords.FIELDS;
    StringBuilder text = new StringBuilder();
    for (int f = 0; f < parts.length; f++) {
      text.append(f == 0 ? "" : ",").append(fields.get(f)).append(':').append(String.format(java.util.Locale.ROOT, "%.3f", parts[f]));
    }
    return text.toString();
  }

  private static Map<String, Double> parse(String contributions) {
    Map<String, Double> parts = new LinkedHashMap<>();
    for (String part : contributions.split(",")) {
      String[] kv = part.split(":");
      parts.put(kv[0], Double.parseDouble(kv[1]));
    }
    return parts;
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
