package org.sanctuary.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.sanctuary.shared.PageRequest;
import org.sanctuary.shared.ResultPage;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends to the trail and checks it. Each entry's hash is SHA-256 over the previous entry's hash and
 * the entry's canonical form, so editing or deleting any entry breaks every hash after it.
 *
 * <p>{@link #record} joins the caller's transaction: a write and its entry commit together or not at
 * all. The entries of a transaction are chained just before it commits, in one batch: the chain's
 * head is locked only for that moment, not for the whole transaction, so a long import does not hold
 * up everyone else's audited reads and writes. {@link #recordRefusal} is appended in a transaction of
 * its own once the refused command's transaction has ended (it rolls back).
 */
@Component
public class AuditTrail {

  /** The previous hash of the first entry, as the migration seeds audit_head. */
  static final String GENESIS = "0".repeat(64);

  private final AuditEntries entries;
  private final Clock clock;
  private final TransactionTemplate separately;

  AuditTrail(AuditEntries entries, Clock clock, PlatformTransactionManager transactions) {
    this.entries = entries;
    this.clock = clock;
    this.separately = new TransactionTemplate(transactions);
    this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @Transactional(propagation = Propagation.REQUIRED)
  public void record(AuditRecord record) {
    pendingInThisTransaction().add(new Pending(record, currentActor(), clock.instant()));
  }

  /** An entry waiting for its transaction to commit: what, who and when, taken when it happened. */
  private record Pending(AuditRecord record, String actor, Instant at) {}

  private List<Pending> pendingInThisTransaction() {
    @SuppressWarnings("unchecked")
    List<Pending> pending = (List<Pending>) TransactionSynchronizationManager.getResource(this);
    if (pending == null) {
      List<Pending> created = new ArrayList<>();
      TransactionSynchronizationManager.bindResource(this, created);
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
              append(created);
            }

            @Override
            public void afterCompletion(int status) {
              TransactionSynchronizationManager.unbindResourceIfPossible(AuditTrail.this);
            }
          });
      pending = created;
    }
    return pending;
  }

  public void recordRefusal(AuditRecord record) {
    String actor = currentActor();
    Instant at = clock.instant();
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              separately.executeWithoutResult(tx -> append(record, actor, at));
            }
          });
    } else {
      separately.executeWithoutResult(tx -> append(record, actor, at));
    }
  }

  private void append(AuditRecord record, String actor, Instant at) {
    append(List.of(new Pending(record, actor, at)));
  }

  /** Chains the entries after the head, locked from here until the transaction commits. */
  private void append(List<Pending> pending) {
    if (pending.isEmpty()) {
      return;
    }
    AuditEntries.Head head = entries.lockHead();
    List<AuditEntry> chained = new ArrayList<>(pending.size());
    long id = head.lastId();
    String previous = head.lastHash();
    for (Pending p : pending) {
      AuditEntry entry =
          withHash(
              new AuditEntry(
                  ++id,
                  AuditEntries.truncate(p.at()),
                  p.actor(),
                  p.record().officeId(),
                  p.record().action(),
                  p.record().subjectType(),
                  p.record().subjectId(),
                  p.record().outcome(),
                  p.record().reasonCode(),
                  p.record().actedOn(),
                  previous,
                  ""));
      chained.add(entry);
      previous = entry.hash();
    }
    entries.insert(chained);
  }

  /** Walks the whole chain and reports the first entry whose link or content no longer matches. */
  @Transactional(readOnly = true)
  public Verification verify() {
    var walk =
        new Object() {
          long expectedId = 1;
          String expectedPrevious = GENESIS;
          Long broken;
        };
    entries.forEachInOrder(
        entry -> {
          if (walk.broken != null) {
            return;
          }
          if (entry.id() != walk.expectedId
              || !entry.previousHash().equals(walk.expectedPrevious)
              || !entry.hash().equals(hash(entry))) {
            walk.broken = Math.min(entry.id(), walk.expectedId);
            return;
          }
          walk.expectedId++;
          walk.expectedPrevious = entry.hash();
        });
    long count = walk.expectedId - 1;
    if (walk.broken != null) {
      return Verification.brokenAt(count, walk.broken);
    }
    AuditEntries.Head head = entries.head();
    if (head.lastId() != count || !head.lastHash().equals(walk.expectedPrevious)) {
      return Verification.brokenAt(count, count + 1);
    }
    return Verification.intact(count);
  }

  @Transactional(readOnly = true)
  public ResultPage<AuditEntry> entriesFor(String subjectType, String subjectId, PageRequest page) {
    return entries.forSubject(subjectType, subjectId, page);
  }

  @Transactional(readOnly = true)
  public ResultPage<AuditEntry> latest(PageRequest page) {
    return entries.latest(page);
  }

  private static AuditEntry withHash(AuditEntry e) {
    return new AuditEntry(
        e.id(),
        e.recordedAt(),
        e.actor(),
        e.officeId(),
        e.action(),
        e.subjectType(),
        e.subjectId(),
        e.outcome(),
        e.reasonCode(),
        e.actedOn(),
        e.previousHash(),
        hash(e));
  }

  static String hash(AuditEntry entry) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of()
          .formatHex(digest.digest(entry.canonicalForm().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private static String currentActor() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication == null ? "system" : authentication.getName();
  }
}
