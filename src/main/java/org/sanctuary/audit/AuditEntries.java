package org.sanctuary.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.sanctuary.lists.Keyset;
import org.sanctuary.shared.PageRequest;
import org.sanctuary.shared.ResultPage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The audit tables, in SQL. */
@Repository
class AuditEntries {

  /** The chain's last place and hash. */
  record Head(long lastIndex, String lastHash) {}

  /** A signed statement of the chain's size and hash at that size, with the entry's hash there. */
  record Checkpoint(long size, String hash, Instant signedAt, String publicKey, String signature,
      @Nullable String entryHash) {

    String message() {
      return SignedCheckpoint.text(size, hash, signedAt);
    }

    SignedCheckpoint signed() {
      return new SignedCheckpoint(size, hash, signedAt, publicKey, signature);
    }
  }

  /**
   * Unaccounted numbers between the first and last entry: how many when the span was read (a number
   * whose transaction was still committing then is among them), and the first one missing now.
   */
  record Gaps(long count, @Nullable Long first) {}

  private static final String COLUMNS =
      "id, recorded_at, actor, office_id, action, subject_type, subject_id, outcome, reason_code,"
          + " acted_on, mac, chain_index, prev_hash, hash";

  private final JdbcClient jdbc;
  private final JdbcTemplate template;

  AuditEntries(JdbcClient jdbc, JdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
  }

  /** Numbers for new entries, from a sequence: no lock, no wait on other transactions. */
  List<Long> nextIds(int count) {
    return jdbc.sql("SELECT nextval('audit_entry_seq') FROM generate_series(1, ?)")
        .param(count)
        .query(Long.class)
        .list();
  }

  /** Appends numbered, MAC-sealed entries, not yet chained. */
  void insert(List<AuditEntry> entries) {
    template.batchUpdate(
        "INSERT INTO audit_entry (id, recorded_at, actor, office_id, action, subject_type, subject_id, outcome,"
            + " reason_code, acted_on, mac) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        entries,
        500,
        AuditEntries::bindContent);
  }

  /** The number, fields and MAC of an entry, as parameters 1 to 11 of an insert. */
  private static void bindContent(java.sql.PreparedStatement statement, AuditEntry e) throws SQLException {
    statement.setLong(1, e.id());
    statement.setObject(2, OffsetDateTime.ofInstant(e.recordedAt(), ZoneOffset.UTC));
    statement.setString(3, e.actor());
    statement.setObject(4, e.officeId());
    statement.setString(5, e.action());
    statement.setString(6, e.subjectType());
    statement.setString(7, e.subjectId());
    statement.setString(8, e.outcome().name());
    statement.setString(9, e.reasonCode());
    statement.setObject(10, e.actedOn());
    statement.setString(11, e.mac());
  }

  /** Writes entries already chained elsewhere, with their place and hashes (a trail being adopted). */
  void insertChained(List<AuditEntry> entries) {
    template.batchUpdate(
        "INSERT INTO audit_entry (id, recorded_at, actor, office_id, action, subject_type, subject_id, outcome,"
            + " reason_code, acted_on, mac, chain_index, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        entries,
        500,
        (statement, e) -> {
          bindContent(statement, e);
          statement.setObject(12, e.chainIndex());
          statement.setString(13, e.previousHash());
          statement.setString(14, e.hash());
        });
  }

  /**
   * Locks the head row, or answers nothing if another sealer holds it. Only sealers take it, so
   * appends never wait for it.
   */
  java.util.Optional<Head> lockHeadUnlessTaken() {
    return jdbc.sql("SELECT last_id, last_hash FROM audit_head WHERE singleton = 1 FOR UPDATE SKIP LOCKED")
        .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
        .optional();
  }

  /** Locks the head row, waiting for a sealer that holds it: no sealer chains while the lock is held. */
  Head lockHead() {
    return jdbc.sql("SELECT last_id, last_hash FROM audit_head WHERE singleton = 1 FOR UPDATE")
        .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
        .single();
  }

  Head head() {
    return jdbc.sql("SELECT last_id, last_hash FROM audit_head WHERE singleton = 1")
        .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
        .single();
  }

  /** Entries waiting for their place in the chain, in the order they were numbered. */
  List<AuditEntry> unsealed(long afterId, int limit) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM audit_entry WHERE chain_index IS NULL AND id > ? ORDER BY id LIMIT ?")
        .params(afterId, limit)
        .query((rs, n) -> map(rs))
        .list();
  }

  long unsealedCount() {
    return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE chain_index IS NULL").query(Long.class).single();
  }

  /**
   * Gives chained entries their place and moves the head to the last of them. Only the sealer
   * holding the head writes these columns, so the entry is found by its key alone: a condition on
   * {@code chain_index} let PostgreSQL's cached plan walk the index of places instead, 0.7 s an
   * entry once ten million were waiting.
   */
  void seal(List<AuditEntry> chained) {
    template.batchUpdate(
        "UPDATE audit_entry SET chain_index = ?, prev_hash = ?, hash = ? WHERE id = ?",
        chained,
        500,
        (statement, e) -> {
          statement.setLong(1, e.chainIndex());
          statement.setString(2, e.previousHash());
          statement.setString(3, e.hash());
          statement.setLong(4, e.id());
        });
    AuditEntry last = chained.get(chained.size() - 1);
    jdbc.sql("UPDATE audit_head SET last_id = ?, last_hash = ? WHERE singleton = 1")
        .params(last.chainIndex(), last.hash())
        .update();
  }

  void insert(Checkpoint checkpoint) {
    jdbc.sql("INSERT INTO audit_checkpoint (chain_size, chain_hash, signed_at, public_key, signature) VALUES (?, ?, ?, ?, ?)")
        .params(checkpoint.size(), checkpoint.hash(), OffsetDateTime.ofInstant(checkpoint.signedAt(), ZoneOffset.UTC),
            checkpoint.publicKey(), checkpoint.signature())
        .update();
  }

  /** The checkpoint of the longest chain signed, the current key's first if several signed it. */
  java.util.Optional<Checkpoint> latestCheckpoint(String currentKey) {
    // MAX over the key first: the sealer asks twice a second, and checkpoints only grow in number.
    return jdbc.sql("SELECT chain_size, chain_hash, signed_at, public_key, signature, NULL AS entry_hash"
            + " FROM audit_checkpoint WHERE chain_size = (SELECT MAX(chain_size) FROM audit_checkpoint)"
            + " ORDER BY CASE WHEN public_key = ? THEN 0 ELSE 1 END, signed_at DESC LIMIT 1")
        .param(currentKey)
        .query((rs, n) -> checkpoint(rs))
        .optional();
  }

  long longestSigned() {
    return jdbc.sql("SELECT COALESCE(MAX(chain_size), 0) FROM audit_checkpoint").query(Long.class).single();
  }

  /** Whether any chained entry was appended with a MAC (so the chain is not only from before them). */
  boolean anyChainedWithMac() {
    return jdbc.sql("SELECT 1 FROM audit_entry WHERE mac IS NOT NULL AND chain_index IS NOT NULL LIMIT 1")
        .query(Integer.class)
        .optional()
        .isPresent();
  }

  /** Streams the chain from its first place up to {@code lastIndex}, without holding it in memory. */
  void forEachChained(long lastIndex, Consumer<AuditEntry> consumer) {
    stream("SELECT " + COLUMNS + " FROM audit_entry WHERE chain_index <= " + lastIndex + " ORDER BY chain_index",
        rs -> consumer.accept(map(rs)));
  }

  /** Streams the entries not chained as of {@code lastIndex}. */
  void forEachNotChainedBy(long lastIndex, Consumer<AuditEntry> consumer) {
    stream("SELECT " + COLUMNS + " FROM audit_entry WHERE chain_index IS NULL OR chain_index > " + lastIndex + " ORDER BY id",
        rs -> consumer.accept(map(rs)));
  }

  /** Streams the checkpoints up to {@code lastIndex}, each with the hash the chain holds at its size. */
  void forEachCheckpoint(long lastIndex, Consumer<Checkpoint> consumer) {
    stream("SELECT c.chain_size, c.chain_hash, c.signed_at, c.public_key, c.signature, e.hash AS entry_hash"
            + " FROM audit_checkpoint c LEFT JOIN audit_entry e ON e.chain_index = c.chain_size"
            + " WHERE c.chain_size <= " + lastIndex + " ORDER BY c.chain_size",
        rs -> consumer.accept(checkpoint(rs)));
  }

  private interface Row {
    void accept(ResultSet rs) throws SQLException;
  }

  private void stream(String sql, Row row) {
    template.query(
        connection -> {
          var statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
          statement.setFetchSize(1000);
          return statement;
        },
        rs -> {
          row.accept(rs);
        });
  }

  /** The numbers entries hold: the lowest, the highest and how many entries there are. */
  record Span(long lowest, long highest, long entries) {

    /** How many numbers between the lowest and the highest no entry holds. */
    long missing() {
      return entries == 0 ? 0 : highest - lowest + 1 - entries;
    }
  }

  Span span() {
    return jdbc.sql("SELECT MIN(id), MAX(id), COUNT(*) FROM audit_entry")
        .query((rs, n) -> new Span(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
        .single();
  }

  /** Numbers the sequence gave out that no entry holds (a node stopped mid-commit, or a deletion). */
  Gaps gaps() {
    return gaps(span());
  }

  /**
   * The gaps of a span read a moment ago. The numbers missing then may have been transactions still
   * committing, all there now: then no number below the span's highest is missing, and there is no gap.
   */
  Gaps gaps(Span span) {
    if (span.missing() == 0) {
      return new Gaps(0, null);
    }
    Long first = jdbc.sql("SELECT MIN(a.id) + 1 FROM audit_entry a WHERE a.id < ?"
            + " AND NOT EXISTS (SELECT 1 FROM audit_entry b WHERE b.id = a.id + 1)")
        .param(span.highest())
        .query((rs, n) -> rs.getObject(1) == null ? null : rs.getLong(1))
        .list().stream().filter(java.util.Objects::nonNull).findFirst().orElse(null);
    return first == null ? new Gaps(0, null) : new Gaps(span.missing(), first);
  }

  /** The order of the trail's lists: the latest entry first. */
  private static final Keyset LATEST_FIRST = Keyset.of(Keyset.descending("id", Keyset.Type.LONG));

  ResultPage<AuditEntry> forSubject(String subjectType, String subjectId, PageRequest page) {
    var statement = jdbc.sql("SELECT " + COLUMNS + " FROM audit_entry WHERE subject_type = :type AND subject_id = :subject AND "
            + LATEST_FIRST.after(page) + " ORDER BY " + LATEST_FIRST.orderBy() + " LIMIT :limit OFFSET :offset")
        .param("type", subjectType)
        .param("subject", subjectId)
        .param("limit", page.size())
        .param("offset", page.offset());
    Keyset.Rows<AuditEntry> rows = LATEST_FIRST.read(statement, page, (rs, n) -> map(rs));
    long total =
        jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE subject_type = ? AND subject_id = ?")
            .params(subjectType, subjectId)
            .query(Long.class)
            .single();
    return Keyset.page(rows, page, total);
  }

  ResultPage<AuditEntry> latest(PageRequest page) {
    long total = head().lastIndex() + unsealedCount();
    var statement = jdbc.sql("SELECT " + COLUMNS + " FROM audit_entry WHERE " + LATEST_FIRST.after(page)
            + " ORDER BY " + LATEST_FIRST.orderBy() + " LIMIT :limit OFFSET :offset")
        .param("limit", page.size())
        .param("offset", page.offset());
    Keyset.Rows<AuditEntry> rows = LATEST_FIRST.read(statement, page, (rs, n) -> map(rs));
    return new ResultPage<>(rows.items(), page.page(), page.size(), total, false, rows.next());
  }

  private static Checkpoint checkpoint(ResultSet rs) throws SQLException {
    return new Checkpoint(
        rs.getLong("chain_size"),
        rs.getString("chain_hash"),
        rs.getObject("signed_at", OffsetDateTime.class).toInstant(),
        rs.getString("public_key"),
        rs.getString("signature"),
        rs.getString("entry_hash"));
  }

  private static AuditEntry map(ResultSet rs) throws SQLException {
    String office = rs.getString("office_id");
    Long chainIndex = rs.getObject("chain_index", Long.class);
    return new AuditEntry(
        rs.getLong("id"),
        rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
        rs.getString("actor"),
        office == null ? null : UUID.fromString(office),
        rs.getString("action"),
        rs.getString("subject_type"),
        rs.getString("subject_id"),
        Outcome.valueOf(rs.getString("outcome")),
        rs.getString("reason_code"),
        rs.getObject("acted_on", LocalDate.class),
        rs.getString("mac"),
        chainIndex,
        rs.getString("prev_hash"),
        rs.getString("hash"));
  }

  static Instant truncate(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MICROS);
  }
}
