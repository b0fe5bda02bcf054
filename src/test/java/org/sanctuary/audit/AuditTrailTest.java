package org.sanctuary.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.sanctuary.Fixtures;
import org.sanctuary.SanctuaryTest;
import org.sanctuary.access.Role;
import org.sanctuary.registry.PersonId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Whoever can write to the database, editing, deleting or reordering an entry is found, whether the
 * entry is already in the hash chain or still waiting for its place; and appends never wait for the
 * sealer.
 */
@SanctuaryTest
class AuditTrailTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired JdbcClient jdbc;
  @Autowired AuditTrail audit;
  @Autowired AuditSealer sealer;
  @Autowired DataSource dataSource;
  @Autowired PlatformTransactionManager transactionManager;

  @Test
  void editingOneSealedEntryWithPlainSqlBreaksVerificationAtExactlyThatEntry() throws Exception {
    Fixtures.Staffed office = fixtures.anOfficeWithEveryRole();
    PersonId person = fixtures.aPersonAt(office, "김영호");
    long target = jdbc.sql("SELECT MAX(id) FROM audit_entry WHERE subject_id = ?").param(person.toString())
        .query(Long.class).single();
    fixtures.aPersonAt(office, "박순희");
    sealEverything();
    String auditor = office.username(Role.AUDITOR);

    mvc.perform(get("/api/audit/verify").with(user(fixtures.user(auditor))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.valid").value(true))
        .andExpect(jsonPath("$.entries").isNumber())
        .andExpect(jsonPath("$.firstBrokenEntry").doesNotExist());

    try (HeadHeld held = holdTheHead()) {
      String actor = jdbc.sql("SELECT actor FROM audit_entry WHERE id = ?").param(target).query(String.class).single();
      jdbc.sql("UPDATE audit_entry SET actor = 'someone-else' WHERE id = ?").param(target).update();
      try {
        mvc.perform(get("/api/audit/verify").with(user(fixtures.user(auditor))))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.valid").value(false))
            .andExpect(jsonPath("$.problem").value("CHAIN_BROKEN"))
            .andExpect(jsonPath("$.firstBrokenEntry").value(target));
      } finally {
        jdbc.sql("UPDATE audit_entry SET actor = ? WHERE id = ?").params(actor, target).update();
      }
    }
    assertThat(audit.verify().valid()).isTrue();
  }

  @Test
  void theAuditPageSaysInTheReadersLanguageWhatWasCheckedAndWhereTheTrailBroke() throws Exception {
    Fixtures.Staffed office = fixtures.anOfficeWithEveryRole();
    var auditor = user(fixtures.user(office.username(Role.AUDITOR)));
    mvc.perform(get("/audit").param("verify", "true").with(auditor).header("Accept-Language", "ko"))
        .andExpect(status().isOk())
        .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
            .string(org.hamcrest.Matchers.containsString("기록이 온전합니다")));
    try (HeadHeld held = holdTheHead()) {
      long edited = appendOne("shown-on-the-page");
      jdbc.sql("UPDATE audit_entry SET actor = 'someone-else' WHERE id = ?").param(edited).update();
      try {
        mvc.perform(get("/audit").param("verify", "true").with(auditor).header("Accept-Language", "en"))
            .andExpect(status().isOk())
            .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                .string(org.hamcrest.Matchers.containsString("Entry " + edited + ", waiting for its place in the chain,"
                    + " does not match its seal")));
      } finally {
        jdbc.sql("UPDATE audit_entry SET actor = 'system' WHERE id = ?").param(edited).update();
      }
    }
    assertThat(audit.verify().valid()).isTrue();
  }

  @Test
  void anOutsideWitnessChecksTheLatestCheckpointWithItsPublicKeyAlone() throws Exception {
    Fixtures.Staffed office = fixtures.anOfficeWithEveryRole();
    appendOne("witnessed");
    sealEverything();
    try (HeadHeld held = holdTheHead()) {
      String body = mvc.perform(get("/api/audit/checkpoint").with(user(fixtures.user(office.username(Role.AUDITOR)))))
          .andExpect(status().isOk())
          .andReturn().getResponse().getContentAsString();
      var checkpoint = new tools.jackson.databind.json.JsonMapper().readTree(body);
      Map<String, Object> head = jdbc.sql("SELECT last_id, last_hash FROM audit_head").query().singleRow();
      assertThat(checkpoint.get("size").asLong()).isEqualTo(((Number) head.get("last_id")).longValue());
      assertThat(checkpoint.get("hash").asText()).isEqualTo(head.get("last_hash"));

      String signedText = "sanctuary audit checkpoint\n" + checkpoint.get("size").asLong() + "\n"
          + checkpoint.get("hash").asText() + "\n" + checkpoint.get("signedAt").asText();
      var verifier = new com.google.crypto.tink.subtle.Ed25519Verify(
          java.util.HexFormat.of().parseHex(checkpoint.get("publicKey").asText()));
      byte[] signature = java.util.HexFormat.of().parseHex(checkpoint.get("signature").asText());
      verifier.verify(signature, signedText.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      org.junit.jupiter.api.Assertions.assertThrows(java.security.GeneralSecurityException.class,
          () -> verifier.verify(signature, signedText.replace("checkpoint\n", "checkpoint\n9").getBytes(
              java.nio.charset.StandardCharsets.UTF_8)));
    }
  }

  @Test
  void editingAnEntryWaitingForItsPlaceIsFoundByItsMac() {
    try (HeadHeld held = holdTheHead()) {
      long id = appendOne("edited-while-waiting");
      assertThat(chainIndexOf(id)).as("not chained while the head is held").isNull();
      assertThat(audit.verify().valid()).isTrue();

      jdbc.sql("UPDATE audit_entry SET action = 'PERSON_UPDATED' WHERE id = ?").param(id).update();
      Verification found = audit.verify();
      assertThat(found.valid()).isFalse();
      assertThat(found.problem()).isEqualTo(Verification.Problem.UNSEALED_ALTERED);
      assertThat(found.firstBrokenEntry()).isEqualTo(id);
      jdbc.sql("UPDATE audit_entry SET action = 'PERSON_READ' WHERE id = ?").param(id).update();
    }
    sealEverything();
    assertThat(audit.verify().valid()).isTrue();
  }

  @Test
  void renumberingTwoWaitingEntriesIsFound() {
    try (HeadHeld held = holdTheHead()) {
      long first = appendOne("renumbered-a");
      long second = appendOne("renumbered-b");
      swap("id", first, second);
      try {
        Verification found = audit.verify();
        assertThat(found.problem()).isEqualTo(Verification.Problem.UNSEALED_ALTERED);
        assertThat(found.firstBrokenEntry()).isIn(first, second);
      } finally {
        swap("id", first, second);
      }
    }
    sealEverything();
    assertThat(audit.verify().valid()).isTrue();
  }

  @Test
  void reorderingTwoChainedEntriesIsFound() {
    long first = appendOne("reordered-a");
    long second = appendOne("reordered-b");
    sealEverything();
    try (HeadHeld held = holdTheHead()) {
      swap("chain_index", first, second);
      try {
        Verification found = audit.verify();
        assertThat(found.problem()).isEqualTo(Verification.Problem.CHAIN_BROKEN);
        assertThat(found.firstBrokenPlace()).isEqualTo(Math.min(chainIndexOf(first), chainIndexOf(second)));
      } finally {
        swap("chain_index", first, second);
      }
    }
    assertThat(audit.verify().valid()).isTrue();
  }

  @Test
  void deletingAChainedEntryInTheMiddleIsFoundAtItsPlace() {
    long deleted = appendOne("deleted-in-the-middle");
    appendOne("after-the-deleted");
    sealEverything();
    long place = chainIndexOf(deleted);
    try (HeadHeld held = holdTheHead()) {
      Map<String, Object> row = jdbc.sql("SELECT * FROM audit_entry WHERE id = ?").param(deleted).query().singleRow();
      jdbc.sql("DELETE FROM audit_entry WHERE id = ?").param(deleted).update();
      try {
        Verification found = audit.verify();
        assertThat(found.problem()).isEqualTo(Verification.Problem.CHAIN_BROKEN);
        assertThat(found.firstBrokenPlace()).isEqualTo(place);
      } finally {
        restore(row);
      }
    }
    assertThat(audit.verify().valid()).isTrue();
  }

  @Test
  void cuttingTheTailIsFoundWhetherOrNotTheHeadIsMovedBack() {
    appendOne("tail-1");
    appendOne("tail-2");
    long last = appendOne("tail-3");
    sealEverything();
    try (HeadHeld held = holdTheHead()) {
      Map<String, Object> row = jdbc.sql("SELECT * FROM audit_entry WHERE id = ?").param(last).query().singleRow();
      long place = chainIndexOf(last);
      jdbc.sql("DELETE FROM audit_entry WHERE id = ?").param(last).update();
      try {
        Verification cut = audit.verify();
        assertThat(cut.problem()).isEqualTo(Verification.Problem.HEAD_MISMATCH);
        assertThat(cut.firstBrokenPlace()).isEqualTo(place);

        // Someone who also moves the head back meets the signed checkpoint of the longer chain.
        held.execute("UPDATE audit_head SET last_id = ?, last_hash = ?", place - 1, row.get("prev_hash"));
        Verification rewound = audit.verify();
        assertThat(rewound.valid()).isFalse();
        assertThat(rewound.problem()).isEqualTo(Verification.Problem.HEAD_UNSIGNED);
      } finally {
        restore(row);
        held.execute("UPDATE audit_head SET last_id = ?, last_hash = ?", place, row.get("hash"));
      }
    }
    assertThat(audit.verify().valid()).isTrue();
  }

  @Test
  void rewritingTheChainFromAnEditedEntryOnIsFoundByTheSignedCheckpoint() {
    long edited = appendOne("rewritten");
    appendOne("rewritten-after");
    sealEverything();
    try (HeadHeld held = holdTheHead()) {
      List<Map<String, Object>> original = jdbc.sql("SELECT * FROM audit_entry WHERE chain_index >= ? ORDER BY chain_index")
          .param(chainIndexOf(edited)).query().listOfRows();
      // With database access and SHA-256 only: change the entry, recompute every later hash, move the head.
      String previous = (String) original.get(0).get("prev_hash");
      for (Map<String, Object> row : original) {
        long id = ((Number) row.get("id")).longValue();
        if (id == edited) {
          jdbc.sql("UPDATE audit_entry SET actor = 'someone-else' WHERE id = ?").param(id).update();
        }
        AuditEntry entry = entry(id);
        String hash = AuditTrail.hash(entry.chainForm(entry.chainIndex(), previous));
        jdbc.sql("UPDATE audit_entry SET prev_hash = ?, hash = ? WHERE id = ?").params(previous, hash, id).update();
        previous = hash;
      }
      Map<String, Object> head = jdbc.sql("SELECT last_id, last_hash FROM audit_head").query().singleRow();
      held.execute("UPDATE audit_head SET last_hash = ?", previous);
      try {
        Verification found = audit.verify();
        assertThat(found.valid()).isFalse();
        assertThat(found.problem()).isEqualTo(Verification.Problem.CHECKPOINT_MISMATCH);
      } finally {
        for (Map<String, Object> row : original) {
          jdbc.sql("UPDATE audit_entry SET actor = ?, prev_hash = ?, hash = ? WHERE id = ?")
              .params(row.get("actor"), row.get("prev_hash"), row.get("hash"), row.get("id")).update();
        }
        held.execute("UPDATE audit_head SET last_hash = ?", head.get("last_hash"));
      }
    }
    assertThat(audit.verify().valid()).isTrue();
  }

  @Test
  void deletingAnEntryBeforeItIsChainedLeavesAMissingNumberThatVerificationReports() {
    appendOne("before-the-deleted-waiting"); // numbers given out before now count as they will after
    long before = audit.verify().missingNumbers();
    try (HeadHeld held = holdTheHead()) {
      long deleted = appendOne("deleted-while-waiting");
      Map<String, Object> row = jdbc.sql("SELECT * FROM audit_entry WHERE id = ?").param(deleted).query().singleRow();
      appendOne("after-the-deleted-waiting");
      jdbc.sql("DELETE FROM audit_entry WHERE id = ?").param(deleted).update();
      try {
        Verification found = audit.verify();
        assertThat(found.missingNumbers()).isEqualTo(before + 1);
        if (before == 0) {
          assertThat(found.firstMissingNumber()).isEqualTo(deleted);
        }
      } finally {
        restore(row);
      }
    }
    sealEverything();
    assertThat(audit.verify().missingNumbers()).isEqualTo(before);
  }

  @Test
  void anEntryForgedWithoutTheKeyIsNeverChainedAndIsReported() {
    long forged = jdbc.sql("SELECT nextval('audit_entry_seq')").query(Long.class).single();
    jdbc.sql("INSERT INTO audit_entry (id, recorded_at, actor, action, subject_type, subject_id, outcome, mac)"
            + " VALUES (?, ?, 'someone', 'PERSON_READ', 'PERSON', 'forged', 'SUCCESS', ?)")
        .params(forged, java.time.OffsetDateTime.now(), "ab".repeat(32)).update();
    try {
      sealEverything();
      assertThat(chainIndexOf(forged)).isNull();
      Verification found = audit.verify();
      assertThat(found.problem()).isEqualTo(Verification.Problem.UNSEALED_ALTERED);
      assertThat(found.firstBrokenEntry()).isEqualTo(forged);
    } finally {
      jdbc.sql("DELETE FROM audit_entry WHERE id = ?").param(forged).update();
    }
    assertThat(audit.verify().valid()).isTrue();
  }

  @Test
  void manyWritersAppendWhileTheHeadIsHeldAndEveryCommittedEntryIsChainedOnceItIsFree() throws Exception {
    String run = UUID.randomUUID().toString();
    List<Long> acknowledged = new ArrayList<>();
    try (HeadHeld held = holdTheHead()) {
      ExecutorService writers = Executors.newFixedThreadPool(8);
      List<Future<List<Long>>> done = new ArrayList<>();
      for (int w = 0; w < 8; w++) {
        int writer = w;
        done.add(writers.submit(() -> {
          List<Long> mine = new ArrayList<>();
          for (int i = 0; i < 25; i++) {
            String subject = run + "/" + writer + "/" + i;
            new TransactionTemplate(transactionManager).executeWithoutResult(tx -> {
              audit.record(AuditRecord.success("PERSON_READ", "PERSON", subject, null));
              audit.record(AuditRecord.success("PERSON_UPDATED", "PERSON", subject, null));
            });
            mine.add(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE subject_id = ?").param(subject).query(Long.class).single());
          }
          return mine;
        }));
      }
      for (Future<List<Long>> writer : done) {
        // appends do not wait for the held head: every writer finishes while it is held
        assertThat(writer.get(60, java.util.concurrent.TimeUnit.SECONDS)).containsOnly(2L);
        acknowledged.addAll(writer.get());
      }
      writers.shutdown();
      assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE subject_id LIKE ? AND chain_index IS NULL")
          .param(run + "/%").query(Long.class).single()).isEqualTo(400);
    }
    sealEverything();
    assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE subject_id LIKE ? AND chain_index IS NOT NULL")
        .param(run + "/%").query(Long.class).single()).isEqualTo(400);
    assertThat(acknowledged).hasSize(200);
    Verification verification = audit.verify();
    assertThat(verification.valid()).isTrue();
  }

  /**
   * Verification reads the span of numbers, then the first one missing. An entry whose transaction
   * was still committing at the first read and has committed by the second is not the first gap:
   * verification says what it finds then, and does not fail.
   */
  @Test
  void aNumberMissingWhileItsTransactionCommitsIsNoGapOnceItHasCommitted() throws Exception {
    var transactions = new TransactionTemplate(transactionManager);
    java.util.concurrent.CountDownLatch recorded = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.CountDownLatch commit = new java.util.concurrent.CountDownLatch(1);
    ExecutorService slow = Executors.newSingleThreadExecutor();
    try {
      // The entry is written as its transaction commits; the transaction waits after that, uncommitted.
      Future<?> committing = slow.submit(() -> transactions.executeWithoutResult(tx -> {
        audit.record(AuditRecord.success("PERSON_READ", "PERSON", "still-committing", null));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
          @Override
          public void beforeCompletion() {
            recorded.countDown();
            try {
              commit.await();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
        });
      }));
      recorded.await();
      appendOne("committed-after");
      AuditEntries.Span span = entries.span();
      assertThat(span.missing()).as("the slow transaction's number, not yet committed").isPositive();

      commit.countDown();
      committing.get(20, java.util.concurrent.TimeUnit.SECONDS);
      // Other tests' gaps may lie below; the committed number is never given as the first one missing.
      assertThat(entries.gaps(span).first()).isEqualTo(entries.gaps().first());
    } finally {
      commit.countDown();
      slow.shutdown();
    }
  }

  @Test
  void aRefusalAfterAnAuditedReadInTheSameTransactionIsRecordedWhenThatTransactionEnds() {
    var transactions = new TransactionTemplate(transactionManager);
    long before = jdbc.sql("SELECT MAX(id) FROM audit_entry").query(Long.class).optional().orElse(0L);

    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () -> {
          try {
            transactions.executeWithoutResult(
                tx -> {
                  audit.record(AuditRecord.success("PERSON_READ", "PERSON", "p-1", null));
                  audit.recordRefusal(AuditRecord.refused("CASE_REGISTERED", "CASE", "c-1", null, "ILLEGAL_TRANSITION"));
                  throw new IllegalStateException("the refused command rolls back");
                });
          } catch (IllegalStateException expected) {
            // the command's own transaction rolled back, taking its read entry with it
          }
        });

    assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE id > ? ORDER BY id").param(before).query(String.class).list())
        .containsExactly("CASE_REGISTERED");
    assertThat(audit.verify().valid()).isTrue();
  }

  private long appendOne(String subject) {
    new TransactionTemplate(transactionManager).executeWithoutResult(
        tx -> audit.record(AuditRecord.success("PERSON_READ", "PERSON", subject + "/" + UUID.randomUUID(), null)));
    return jdbc.sql("SELECT MAX(id) FROM audit_entry WHERE subject_id LIKE ?").param(subject + "/%").query(Long.class).single();
  }

  private Long chainIndexOf(long id) {
    return jdbc.sql("SELECT chain_index FROM audit_entry WHERE id = ?").param(id).query(Long.class).optional().orElse(null);
  }

  private AuditEntry entry(long id) {
    AuditEntry[] found = new AuditEntry[1];
    long place = chainIndexOf(id);
    entriesRepository().forEachChained(place, e -> {
      if (e.id() == id) {
        found[0] = e;
      }
    });
    return found[0];
  }

  @Autowired AuditEntries entries;

  private AuditEntries entriesRepository() {
    return entries;
  }

  /** Swaps a column's values between two rows, through a value no row holds. */
  private void swap(String column, long firstId, long secondId) {
    long a = jdbc.sql("SELECT " + column + " FROM audit_entry WHERE id = ?").param(firstId).query(Long.class).single();
    long b = jdbc.sql("SELECT " + column + " FROM audit_entry WHERE id = ?").param(secondId).query(Long.class).single();
    jdbc.sql("UPDATE audit_entry SET " + column + " = -1 WHERE " + column + " = ?").param(a).update();
    jdbc.sql("UPDATE audit_entry SET " + column + " = ? WHERE " + column + " = ?").params(a, b).update();
    jdbc.sql("UPDATE audit_entry SET " + column + " = ? WHERE " + column + " = -1").param(b).update();
  }

  private void restore(Map<String, Object> row) {
    jdbc.sql("INSERT INTO audit_entry (id, recorded_at, actor, office_id, action, subject_type, subject_id, outcome,"
            + " reason_code, acted_on, mac, chain_index, prev_hash, hash) VALUES (:id, :recorded_at, :actor, :office_id,"
            + " :action, :subject_type, :subject_id, :outcome, :reason_code, :acted_on, :mac, :chain_index, :prev_hash, :hash)")
        .params(row)
        .update();
  }

  /** Chains everything waiting, whichever sealer of the test contexts gets to it. */
  private void sealEverything() {
    Instant deadline = Instant.now().plusSeconds(30);
    while (jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE chain_index IS NULL AND mac <> ?").param("ab".repeat(32))
        .query(Long.class).single() > 0) {
      assertThat(Instant.now()).as("everything waiting is chained within 30 s").isBefore(deadline);
      sealer.seal();
    }
  }

  /** Holds the chain's head as a sealer would, from a connection of its own: no sealer runs meanwhile. */
  private HeadHeld holdTheHead() {
    try {
      Connection connection = dataSource.getConnection();
      connection.setAutoCommit(false);
      try (PreparedStatement lock = connection.prepareStatement("SELECT last_id FROM audit_head FOR UPDATE");
          ResultSet rs = lock.executeQuery()) {
        rs.next();
      }
      return new HeadHeld(connection);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private record HeadHeld(Connection connection) implements AutoCloseable {

    void execute(String sql, Object... parameters) {
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        for (int i = 0; i < parameters.length; i++) {
          statement.setObject(i + 1, parameters[i]);
        }
        statement.executeUpdate();
        // visible to verification, and held again at once (a sealer finding it free meanwhile refuses
        // to chain onto a head that is not the one last signed)
        connection.commit();
        try (PreparedStatement lock = connection.prepareStatement("SELECT last_id FROM audit_head FOR UPDATE");
            ResultSet rs = lock.executeQuery()) {
          rs.next();
        }
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public void close() {
      try {
        connection.commit();
        connection.close();
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
