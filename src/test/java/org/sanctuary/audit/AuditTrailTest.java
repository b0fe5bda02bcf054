package org.sanctuary.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.sanctuary.Fixtures;
import org.sanctuary.SanctuaryTest;
import org.sanctuary.access.Role;
import org.sanctuary.registry.PersonId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The hash chain finds the entry someone edited or the tail someone cut. */
@SanctuaryTest
class AuditTrailTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired JdbcClient jdbc;
  @Autowired AuditTrail audit;
  @Autowired org.springframework.transaction.PlatformTransactionManager transactionManager;

  @Test
  void editingOneEntryWithPlainSqlBreaksVerificationAtExactlyThatEntry() throws Exception {
    Fixtures.Staffed office = fixtures.anOfficeWithEveryRole();
    PersonId person = fixtures.aPersonAt(office, "김영호");
    long target =
        jdbc.sql("SELECT MAX(id) FROM audit_entry WHERE subject_id = ?")
            .param(person.toString())
            .query(Long.class)
            .single();
    fixtures.aPersonAt(office, "박순희");
    String auditor = office.username(Role.AUDITOR);

    mvc.perform(get("/api/audit/verify").with(user(fixtures.user(auditor))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.valid").value(true))
        .andExpect(jsonPath("$.entries").isNumber())
        .andExpect(jsonPath("$.firstBrokenEntry").doesNotExist());

    String actor = jdbc.sql("SELECT actor FROM audit_entry WHERE id = ?").param(target).query(String.class).single();
    jdbc.sql("UPDATE audit_entry SET actor = 'someone-else' WHERE id = ?").param(target).update();
    try {
      mvc.perform(get("/api/audit/verify").with(user(fixtures.user(auditor))))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.valid").value(false))
          .andExpect(jsonPath("$.firstBrokenEntry").value(target));
    } finally {
      jdbc.sql("UPDATE audit_entry SET actor = ? WHERE id = ?").params(actor, target).update();
    }
    assertThat(audit.verify().valid()).isTrue();
  }

  @Test
  void aRefusalAfterAnAuditedReadInTheSameTransactionIsRecordedWhenThatTransactionEnds() {
    var transactions = new org.springframework.transaction.support.TransactionTemplate(transactionManager);
    long before = jdbc.sql("SELECT last_id FROM audit_head").query(Long.class).single();

    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
        java.time.Duration.ofSeconds(20),
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

  @Test
  void cuttingTheLastEntryIsDetected() {
    Fixtures.Staffed office = fixtures.anOfficeWithEveryRole();
    fixtures.aPersonAt(office, "리철");
    long last = jdbc.sql("SELECT MAX(id) FROM audit_entry").query(Long.class).single();
    var row =
        jdbc.sql("SELECT * FROM audit_entry WHERE id = ?").param(last).query().singleRow();
    jdbc.sql("DELETE FROM audit_entry WHERE id = ?").param(last).update();
    try {
      Verification verification = audit.verify();
      assertThat(verification.valid()).isFalse();
      assertThat(verification.firstBrokenEntry()).isEqualTo(last);
    } finally {
      jdbc.sql(
              "INSERT INTO audit_entry (id, recorded_at, actor, office_id, action, subject_type,"
                  + " subject_id, outcome, reason_code, prev_hash, hash)"
                  + " VALUES (:id, :recorded_at, :actor, :office_id, :action, :subject_type,"
                  + " :subject_id, :outcome, :reason_code, :prev_hash, :hash)")
          .params(row)
          .update();
    }
    assertThat(audit.verify().valid()).isTrue();
  }
}
